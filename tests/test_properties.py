"""Property tests over generated records: the reconciliation's promises hold for any valid record.

- no negative remainder, ever;
- nothing counted twice: each claim feeds at most one firm country figure, and the remainder
  subtracts each country once;
- a contested claim (not preferred) is added to nothing;
- a replaced claim is never added to its replacement (nor counted beside it).
"""

from __future__ import annotations

from datetime import date

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from opsatlas.reconcile.rules import contested_claims
from opsatlas.records.references import check_references
from opsatlas.records.schema import Operation
from opsatlas.records.vocab import QUALIFIERS
from opsatlas.view import build_view

COUNTRIES = {"ESP": (40.4, -3.7), "PRT": (38.7, -9.1), "FRA": (48.9, 2.35), "ITA": (41.9, 12.5), "DEU": (52.5, 13.4)}
SOURCES = [{"id": f"s{i}", "title": "T", "publisher": f"P{i}", "kind": "newspaper", "url": f"https://p{i}.example/",
            "date": f"2024-0{i}-01"} for i in range(1, 4)]
QUALIFIER_NAMES = [q.name for q in QUALIFIERS if q.name not in ("range", "unknown")]

counts = st.integers(min_value=0, max_value=60)
qualifiers = st.sampled_from(QUALIFIER_NAMES + ["unknown"])


@st.composite
def records(draw) -> Operation:
    isos = draw(st.lists(st.sampled_from(sorted(COUNTRIES)), min_size=1, max_size=4, unique=True))
    places, claims, disputes = [], [], []
    n = 0

    def new_claim(place: str | None, source: str = "s1", **extra) -> dict:
        nonlocal n
        n += 1
        q = draw(qualifiers)
        c = {"id": f"c{n}", "metric": "arrests", "qualifier": q, "source": source, "quote": "q", **extra}
        if q != "unknown":
            c["count"] = draw(counts)
        if place:
            c["place"] = place
        return c

    if draw(st.booleans()):
        claims.append(new_claim(None))
    for iso in isos:
        cid = iso.lower()
        places.append({"id": cid, "name": iso, "precision": "country", "country": iso})
        if draw(st.booleans()):
            first = new_claim(cid)
            claims.append(first)
            kind = draw(st.sampled_from(["alone", "disputed", "preferred", "replaced"]))
            if kind in ("disputed", "preferred"):
                second = new_claim(cid, source="s2")
                claims.append(second)
                d = {"id": f"d-{cid}", "title": "t", "contested": [first["id"], second["id"]],
                     "positions": [{"says": "a", "source": "s1", "quote": "q"}, {"says": "b", "source": "s2", "quote": "q"}]}
                if kind == "preferred":
                    d |= {"preferred": first["id"], "preferred_reason": "r"}
                disputes.append(d)
            elif kind == "replaced":
                claims.append(new_claim(cid, source="s3", replaces=first["id"]))
        for t in range(draw(st.integers(min_value=0, max_value=2))):
            lat, lon = COUNTRIES[iso]
            pid = f"{cid}-town-{t}"
            places.append({"id": pid, "name": f"Town {t}", "precision": "point", "country": iso, "within": cid,
                           "lat": lat + t, "lon": lon, "coordinates_note": "generated"})
            claims.append(new_claim(pid))
    data = {"schema_version": 1, "id": "gen", "name": "Generated", "crime_type": "other", "crime_description": "d",
            "summary": "s", "sources": SOURCES, "places": places, "claims": claims, "disputes": disputes}
    op = Operation.model_validate(data)
    assume(not check_references(op))
    return op


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
@given(records(), st.sampled_from([None, date(2024, 1, 15), date(2024, 2, 15), date(2024, 3, 15)]))
def test_reconciliation_promises(op, as_of):
    fig = build_view(op, "arrests", as_of).figures
    contested = contested_claims(op)
    replaced = {c.replaces for c in op.claims if c.replaces and fig.states[c.id].counts}

    # No negative remainder, in any wording.
    assert fig.remainder.unattributed is None or fig.remainder.unattributed >= 0
    assert all(left >= 0 or "exceed" in fig.remainder.arithmetic for _, left in fig.remainder.alternatives)
    assert "= -" not in fig.remainder.arithmetic

    # Nothing counted twice: each country subtracted once, each claim in at most one firm figure.
    attributed = [iso for iso, _ in fig.remainder.attributed]
    assert len(attributed) == len(set(attributed))
    used: list[str] = []
    for c in fig.countries:
        if c.value is not None and not c.figure.derived:
            used += list(c.figure.claims)
    assert len(used) == len(set(used))
    if fig.remainder.unattributed is not None and fig.remainder.total is not None:
        assert fig.remainder.unattributed == fig.remainder.total - sum(n for _, n in fig.remainder.attributed)

    # Contested claims are added to nothing; replaced ones never beside their replacement.
    firm = [f for f in (fig.headline["total"], *(c.figure for c in fig.countries if c.value is not None),
                        *(p.figure for p in fig.places if not p.disputed)) if f is not None]
    for f in firm:
        assert not set(f.claims) & contested, f
        assert not set(f.claims) & replaced, f
    for cid in contested:
        assert not fig.states[cid].counts
