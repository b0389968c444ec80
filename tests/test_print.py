"""Maps fit to print: no two labels touch, none leaves its frame, no figure is hidden.

Every record in data/operations, in the folder named by OPSATLAS_DATA_DIR (a curator's own
records) and the hostile fixtures in tests/fixtures, at every preset and in both languages, is
rendered to SVG and read back by tests/overlap.py with the font's own metrics.
"""

from __future__ import annotations

import itertools
import math
import os
from pathlib import Path

import pytest
from conftest import ROOT
from overlap import expected_figures, problems, text_boxes

from opsatlas.maps import style
from opsatlas.maps.placement import PRIORITY_COUNT, PRIORITY_REGION, PRIORITY_UNKNOWN, LabelRequest, overlaps, place
from opsatlas.maps.symbols import place_marks
from opsatlas.publish import PRESETS, SnapshotOptions, snapshot_svg
from opsatlas.publish.options import MIN_TEXT_CSS_PX, WORDS
from opsatlas.publish.snapshot import view_for
from opsatlas.publish.svgmap import close_up_svg
from opsatlas.catalogue.validate import load_file
from opsatlas.settings import DEFAULT_RECORDS_DIR
from opsatlas.view import build_view

FIXTURES = ROOT / "tests" / "fixtures"


def _record_paths() -> list[Path]:
    folders = [DEFAULT_RECORDS_DIR, FIXTURES]
    if os.environ.get("OPSATLAS_DATA_DIR"):
        folders.append(Path(os.environ["OPSATLAS_DATA_DIR"]))
    seen: dict[Path, None] = {}
    for folder in folders:
        for path in sorted(folder.glob("*.yaml")):
            seen[path.resolve()] = None
    return list(seen)


@pytest.fixture(scope="module")
def records():
    cache = {}

    def get(path: Path):
        if path not in cache:
            loaded = load_file(path)
            assert loaded.record is not None, [str(p) for p in loaded.problems]
            cache[path] = loaded.record
        return cache[path]

    return get


@pytest.mark.parametrize("lang", sorted(WORDS))
@pytest.mark.parametrize("preset", sorted(PRESETS))
@pytest.mark.parametrize("path", _record_paths(), ids=lambda p: p.stem)
def test_snapshot_labels_never_collide(records, path, preset, lang):
    options = SnapshotOptions.for_preset(preset, lang=lang)
    view = view_for(records(path), options)
    svg = snapshot_svg(view, options)
    found = problems(svg, view, options.precision)
    # no text below MIN_TEXT_CSS_PX where the preset is shown (each text's font size, read back)
    small = sorted({t.size for t in text_boxes(svg)[0] if t.size * PRESETS[preset].shown_at / options.width
                    < MIN_TEXT_CSS_PX - 0.05})
    found += [f"text of {s:g} px is below {MIN_TEXT_CSS_PX:g} CSS px at {PRESETS[preset].shown_at} px" for s in small]
    # the panel is never cut short: its last line, the credit, is there
    if f"{WORDS[lang]['credit']}: Operations Atlas" not in svg:
        found.append("the panel was cut: no credit line")
    assert not found, f"{path.stem} {preset} {lang}:\n" + "\n".join(found)


def test_hostile_fixtures_are_really_crowded(records):
    """The fixtures must keep testing something: the forty countries cannot all be labelled at
    world scale, so an inset or the callout list is used; the twenty towns get a close-up."""
    forty = records(FIXTURES / "fixture-forty-countries.yaml")
    svg = snapshot_svg(view_for(forty, SnapshotOptions()), SnapshotOptions())
    assert "Crowded area" in svg
    towns = build_view(records(FIXTURES / "fixture-twenty-towns.yaml"))
    assert len(place_marks(towns)) == 21
    svg = snapshot_svg(view_for(towns.record, SnapshotOptions(width=1080, height=1920)),
                       SnapshotOptions(width=1080, height=1920))
    assert "A · Spain" in svg and 'class="locator"' in svg


def test_close_up_keeps_every_figure(records):
    view = build_view(records(FIXTURES / "fixture-twenty-towns.yaml"))
    svg = close_up_svg(view, "ESP", 320, 320)
    assert not problems(svg, None)
    told = {t.fig for t in text_boxes(svg)[0] if t.fig}
    assert {m.fig_id for m in place_marks(view)} <= told


def test_checker_fails_on_what_it_must_catch(vibora_view):
    """The checker itself: an overlap, a label out of its frame and a hidden figure are reported."""
    svg = ('<svg xmlns="http://www.w3.org/2000/svg" width="200" height="100">'
           '<g class="pane" data-frame="0 0 100 100">'
           '<text class="label" data-fig="country:ESP" x="10" y="20" font-size="14">Spain 7</text>'
           '<text class="label" data-fig="country:PRT" x="20" y="24" font-size="14">?</text>'
           '<text class="label" data-fig="country:SLV" x="95" y="60" font-size="14">3</text>'
           '<text class="callout" data-fig="country:USA" x="105" y="80" font-size="12">1 United St…</text>'
           '<text class="subtitle" x="105" y="40" font-size="12">Possession of…</text>'
           "</g></svg>")
    found = problems(svg, vibora_view)
    assert any(f.startswith("overlap: 'Spain 7' and '?'") for f in found)
    assert "outside its map: '3'" in found
    assert "figure neither labelled nor in the callout list: country:BRA" in found
    assert "figure neither labelled nor in the callout list: place:barcelona-province" in found
    assert "cut short: '1 United St…' (callout)" in found  # a callout cut short hides its figure
    assert not any("Possession of" in f for f in found)  # the subtitle alone may be shortened
    assert "country:ESP" in expected_figures(vibora_view)


# ----------------------------------------------------------------------------------- the placer

def _req(i: int, x: float, y: float, text: str = "label", prio: int = PRIORITY_COUNT, r: float = 4.0) -> LabelRequest:
    return LabelRequest(f"m{i}", x, y, r, text, 14.0, prio)


def test_placer_never_overlaps_and_stays_in_frame():
    reqs = [_req(i, 100 + (i % 6) * 9, 100 + (i // 6) * 7, f"Town {i} {i * 3}") for i in range(36)]
    obstacles = [(r.id, (r.x - r.radius, r.y - r.radius, r.x + r.radius, r.y + r.radius)) for r in reqs]
    frame = (0.0, 0.0, 400.0, 300.0)
    result = place(reqs, frame, obstacles)
    assert result.placed and result.unplaced  # crowded on purpose: some cannot fit
    assert len(result.placed) + len(result.unplaced) == len(reqs)
    boxes = [p.box for p in result.placed]
    for i, a in enumerate(boxes):
        assert frame[0] <= a[0] and frame[1] <= a[1] and a[2] <= frame[2] and a[3] <= frame[3]
        for b in boxes[i + 1:]:
            assert not overlaps(a, b)
        for mark_id, m in obstacles:
            if mark_id != result.placed[i].request.id:
                assert not overlaps(a, m)
    assert any(p.leader is not None for p in result.placed)  # some were moved away, with a leader
    assert place(reqs, frame, obstacles) == result  # deterministic


def test_placer_priority_counts_before_question_marks_before_regions():
    reqs = [_req(1, 50, 50, "Region name", PRIORITY_REGION), _req(2, 50, 50, "?", PRIORITY_UNKNOWN),
            _req(3, 50, 50, "12", PRIORITY_COUNT)]
    # room for one label only
    result = place(reqs, (44.0, 40.0, 78.0, 60.0))
    assert [p.request.text for p in result.placed] == ["12"]
    assert [r.text for r in result.unplaced] == ["?", "Region name"]


# ----------------------------------------------------------------------------------- symbols

def test_count_classes_are_fixed_and_one_arrest_is_never_darkest():
    classes = style.COUNT_CLASSES
    assert classes[0].low == 1 and classes[-1].high is None
    for a, b in itertools.pairwise(classes):
        assert a.high is not None and b.low == a.high + 1
        assert sum(b.colour) < sum(a.colour)  # darker for more
    assert style.count_colour(1) == classes[0].colour != classes[-1].colour
    assert style.count_colour(10_000) == classes[-1].colour


def test_the_same_count_has_the_same_colour_in_every_operation(records):
    """A fixed scale: Spain's 7 in Víbora and a 7 in any other record share a class and a colour."""
    colours = {}
    for path in _record_paths():
        view = build_view(records(path))
        for c in view.figures.countries:
            if c.value is not None:
                colours.setdefault(style.count_class(c.value), set()).add(style.count_colour(c.value))
    assert all(len(v) == 1 for v in colours.values())


def test_place_symbols_area_is_proportional_to_the_count(records):
    view = build_view(records(FIXTURES / "fixture-twenty-towns.yaml"))
    marks = [m for m in place_marks(view) if m.count]
    scale = style.symbol_scale(max(m.count for m in marks))
    for m in marks:
        if scale * math.sqrt(m.count) >= style.SYMBOL_MIN_R:
            assert m.radius ** 2 / m.count == pytest.approx(scale ** 2, rel=0.05)
    assert any(m.dashed for m in place_marks(view))  # 'about N' is drawn apart
    assert max(m.radius for m in marks) <= style.SYMBOL_MAX_R


def test_legend_shows_classes_and_size_key(records):
    view = build_view(records(FIXTURES / "fixture-twenty-towns.yaml"))
    svg = snapshot_svg(view_for(view.record, SnapshotOptions()), SnapshotOptions())
    texts = [t.text for t in text_boxes(svg)[0] if t.cls == "legend"]
    classes = [c.text for c in style.COUNT_CLASSES]
    assert [t for t in texts if t in set(classes)][:len(classes)] == classes
    assert any("circle area" in t for t in texts)
    biggest = max(m.count for m in place_marks(view) if m.count)
    assert f"{biggest:,}" in texts


# ----------------------------------------------------------------------------------- the app's map

@pytest.mark.parametrize("path", _record_paths(), ids=lambda p: p.stem)
def test_app_map_initial_view_has_no_overlaps(records, path):
    """The deck's labels at its initial zoom (where they fall relative to each other does not
    depend on the screen's width): no two overlap, none covers another place's symbol, and every
    figure is either labelled or reported by `placed_label_rows` as not fitting."""
    import json

    from opsatlas.maps import build_deck
    from opsatlas.maps.fontmetrics import text_box
    from opsatlas.maps.labels import mercator_px, placed_label_rows

    view = build_view(records(path))
    deck = json.loads(build_deck(view).to_json())
    zoom = deck["initialViewState"]["zoom"]
    boxes = []
    for layer in deck["layers"]:
        if layer["@@type"] != "TextLayer":
            continue
        for row in layer["data"]:
            x, y = mercator_px(row["position"][1], row["position"][0], zoom)
            x0, y0, x1, y1 = text_box(x + row["offset"][0], 0, row["text"], row["size"], True)
            h = y1 - y0
            cy = y + row["offset"][1]
            boxes.append((row["text"], (x0, cy - h / 2, x1, cy + h / 2)))
    assert boxes
    for i, (ta, a) in enumerate(boxes):
        for tb, b in boxes[i + 1:]:
            assert not overlaps(a, b), f"{path.stem}: {ta!r} overlaps {tb!r}"
    for m in place_marks(view):
        x, y = mercator_px(m.lat, m.lon, zoom)
        for text, b in boxes:
            assert not overlaps(b, (x - m.radius, y - m.radius, x + m.radius, y + m.radius)) or \
                text.startswith(m.label.split(" ")[0]), f"{path.stem}: {text!r} covers {m.place_id}"
    from types import SimpleNamespace

    from opsatlas.maps.deck import label_frame

    state = deck["initialViewState"]
    initial = SimpleNamespace(latitude=state["latitude"], longitude=state["longitude"], zoom=zoom)
    _, unplaced = placed_label_rows(view, zoom, frame=label_frame(initial))  # the frame the deck used
    labelled = {t for t, _ in boxes}
    for m in (c for c in __import__("opsatlas.maps.symbols", fromlist=["x"]).country_marks(view)):
        assert m.label in labelled or m.fig_id in unplaced


# ----------------------------------------------------------------------------------- the embed

@pytest.mark.parametrize("path", _record_paths(), ids=lambda p: p.stem)
def test_embed_map_text_is_legible_on_a_phone(records, path):
    """No text below 11 CSS px in the embed's map at a 390 px window (the narrow drawing, shown
    below 900 px, at 390 - 16 px of body padding) nor at 900 px (the wide one), and none in the
    legend; and each drawing passes the overlap checker."""
    import re

    from opsatlas.publish.embed import EMBED_MAPS, embed_html

    options = SnapshotOptions()
    view = view_for(records(path), options)
    html = embed_html(view, options)
    shown_at = {"map-narrow": 390 - 16, "map-wide": 900 - 16}
    for cls, width, _, _ in EMBED_MAPS:
        svg = re.search(rf'<svg class="{cls}".*?</svg>', html, re.DOTALL)
        assert svg, cls
        sizes = [float(s) for s in re.findall(r'<text[^>]* font-size="([\d.]+)"', svg.group(0))]
        assert sizes and min(sizes) * shown_at[cls] / width >= 11, (cls, min(sizes))
        doc = svg.group(0).replace(f'class="{cls}" ', "").replace('width="100%"', f'width="{width}" height="{width}"', 1)
        assert not [p for p in problems(doc, view) if not p.startswith("outside the picture")], cls
    legend = re.search(r'<div class="legend">(.*?)</div>', html, re.DOTALL)
    assert legend and min(float(s) for s in re.findall(r'font-size="([\d.]+)"', legend.group(1))) >= 11


def test_crowded_insets_are_titled_by_their_region(vibora_view):
    """Víbora's crowded Central American countries: their UN M49 sub-region names the inset."""
    import re

    from opsatlas.geo.regions import smallest_region

    assert smallest_region({"SLV", "CRI", "HND", "PAN"}) == "Central America"
    assert smallest_region({"FRA", "DEU", "BEL"}) == "Western Europe"
    assert smallest_region({"USA", "ESP"}) is None
    options = SnapshotOptions.for_preset("article", as_of=vibora_view.figures.as_of)
    svg = snapshot_svg(view_for(vibora_view.record, options), options)
    assert re.findall(r'class="pane-title"[^>]*>([^<]*)<', svg) == ["A · Spain", "B · Central America"]


def test_every_preset_declares_where_it_is_shown():
    for name, preset in PRESETS.items():
        assert preset.width / 3 <= preset.shown_at <= preset.width, name
        assert preset.min_text_px == pytest.approx(MIN_TEXT_CSS_PX * preset.width / preset.shown_at)
    assert PRESETS["phone"].shown_at == 390 and PRESETS["phone"].min_text_px > 30


# ----------------------------------------------------------------------------------- the phone

#: The least side of an inset on the phone preset, in image px (about 110 CSS px at 390 px wide):
#: room for a few labels of 11 CSS px.
PHONE_INSET_MIN_PX = 300


@pytest.mark.parametrize("lang", sorted(WORDS))
@pytest.mark.parametrize("path", _record_paths(), ids=lambda p: p.stem)
def test_phone_map_is_as_large_as_the_panel_leaves_it(records, path, lang):
    """On a phone the map (world and insets) takes at least half the image's height, or else all
    the height its panel leaves (the panel then reaches the bottom margin); each inset is large
    enough to read its labels; nothing of the panel is cut (test_snapshot_labels_never_collide)."""
    import re

    options = SnapshotOptions.for_preset("phone", lang=lang)
    view = view_for(records(path), options)
    svg = snapshot_svg(view, options)
    frames = [tuple(map(float, f.split())) for f in re.findall(r'data-frame="([^"]+)"', svg)]
    map_h = max(f[1] + f[3] for f in frames) - min(f[1] for f in frames)
    boxes = text_boxes(svg)[0]
    credit = next(t for t in boxes if t.cls == "credit")
    line = options.min_text_px * 1.3
    assert map_h >= options.height / 2 or credit.box[3] >= options.height - 3 * line, (
        f"{path.stem}: map {map_h:.0f} px tall, and the panel ends {options.height - credit.box[3]:.0f} px "
        "above the bottom: the map could be taller")
    for f in frames[1:]:
        assert min(f[2], f[3]) >= PHONE_INSET_MIN_PX, f"{path.stem}: an inset of {f[2]:.0f}x{f[3]:.0f} px"
