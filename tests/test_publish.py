"""Snapshots and embeds: the right size, not blank, self-explaining, inert, and byte-stable."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from datetime import date
from html.parser import HTMLParser
from io import BytesIO

import numpy as np
import pytest
from conftest import ROOT, minimal
from PIL import Image

from opsatlas.maps import style
from opsatlas.publish import PRESETS, SnapshotOptions, snapshot_bytes, snapshot_svg
from opsatlas.publish.snapshot import view_for
from opsatlas.catalogue.validate import load_file

GOLDEN = ROOT / "tests" / "golden" / "vibora-2025.snapshot.svg"
EVIL = '</script><script>alert(1)</script><img src=x onerror=alert(2)> =HYPERLINK("http://x")'


@pytest.fixture(scope="module")
def vibora_snapshot(vibora):
    options = SnapshotOptions(as_of=date(2025, 6, 6))
    return view_for(vibora, options), options


def test_golden_svg(vibora_snapshot):
    svg = snapshot_svg(*vibora_snapshot)
    if os.environ.get("UPDATE_GOLDEN") == "1":
        GOLDEN.write_text(svg, encoding="utf-8")
    assert GOLDEN.read_text(encoding="utf-8") == svg, "snapshot SVG changed: rerun with UPDATE_GOLDEN=1 if intended"


def test_svg_stands_on_its_own(vibora_snapshot):
    svg = snapshot_svg(*vibora_snapshot)
    for words in ("Operation Víbora", "Arrests: 20 in 12 countries", "Suspects identified: 68 in 28 countries", "As reported by 6 June 2025",
                  "10 arrests not attributed to a country", "Was there an arrest in Panama?",
                  "How to read this map", "disputed: sources disagree", "somewhere in this province",
                  "Sources:", "The Associated Press (via ABC News)", "Map: Operations Atlas", "Natural Earth"):
        assert words in svg, words
    # a country may be drawn twice (on the world map and in an inset), never missing
    assert len(set(re.findall(r'class="country" data-iso3="([A-Z]{3})"', svg))) == 13 and 'data-iso3="PAN"' in svg


@pytest.mark.parametrize("preset", sorted(PRESETS))
def test_png_has_the_requested_size_and_is_not_blank(vibora_snapshot, preset):
    view, _ = vibora_snapshot
    w, h = PRESETS[preset].width, PRESETS[preset].height
    png = snapshot_bytes(view, SnapshotOptions.for_preset(preset, as_of=date(2025, 6, 6)), "png")
    image = Image.open(BytesIO(png)).convert("RGB")
    assert image.size == (w, h)
    pixels = np.asarray(image)
    not_white = (pixels < 240).any(axis=-1).mean()
    assert not_white > 0.2, f"{preset}: only {not_white:.0%} of the image is drawn"
    spain_fill = np.array(style.count_colour(7))  # Spain: 7 arrests, in its fixed class
    spain = (np.abs(pixels.astype(int) - spain_fill) < 12).all(axis=-1).sum()
    assert spain > 50, "Spain's counted fill is missing"


@pytest.mark.parametrize("fmt", ["svg", "png", "html"])
def test_same_inputs_same_bytes(vibora_snapshot, fmt):
    assert snapshot_bytes(*vibora_snapshot, fmt) == snapshot_bytes(*vibora_snapshot, fmt)


def test_spanish_labels(vibora):
    svg = snapshot_svg(view_for(vibora, SnapshotOptions(lang="es")), SnapshotOptions(lang="es"))
    assert "Cómo leer este mapa" in svg and "Detenciones: 20 en 12 países" in svg


def test_bad_options_are_refused():
    with pytest.raises(ValueError, match="between 320 and 6000"):
        SnapshotOptions(width=10)
    with pytest.raises(ValueError, match="unknown language"):
        SnapshotOptions(lang="xx")


class _Elements(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


@pytest.fixture(scope="module")
def hostile_view(tmp_path_factory):
    folder = tmp_path_factory.mktemp("evil")
    text = minimal("evil-op").replace("name: Test operation", f"name: '{EVIL.replace(chr(39), chr(39) * 2)}'")
    text = text.replace("summary: A test record.", f"summary: '{'z' * 10_000}'")
    text = text.replace("publisher: A publisher", f"publisher: '{EVIL.replace(chr(39), chr(39) * 2)}'")
    text += ("places:\n  - {id: esp, name: 'Spain <b>bold</b>', precision: country, country: ESP}\n"
             f"claims:\n  - {{id: c1, metric: arrests, count: 2, place: esp, source: s1, quote: '{'q' * 1900}'}}\n"
             "  - {id: c2, metric: arrests, count: 5, source: s1, quote: '=1+2'}\n")
    (folder / "evil-op.yaml").write_text(text, encoding="utf-8")
    result = load_file(folder / "evil-op.yaml")
    assert result.problems == [], [str(p) for p in result.problems]
    return view_for(result.record, SnapshotOptions())


def test_hostile_record_snapshots_are_inert(hostile_view):
    options = SnapshotOptions()
    svg = snapshot_bytes(hostile_view, options, "svg").decode("utf-8")
    assert "<script" not in svg and "<img" not in svg and "<b>" not in svg
    assert "&lt;/script&gt;" in svg  # shown, as text
    html = snapshot_bytes(hostile_view, options, "html").decode("utf-8")
    parser = _Elements()
    parser.feed(html)
    tags = [t for t, _ in parser.tags]
    assert tags.count("script") == 1 and "img" not in tags and "b" not in tags
    assert not any(k.startswith("on") for _, attrs in parser.tags for k in attrs)
    assert html.count("</script>") == 1
    assert "Content-Security-Policy" in html and "default-src 'none'" in html
    png = Image.open(BytesIO(snapshot_bytes(hostile_view, options, "png")))
    assert png.size == (1600, 900)


def test_snapshot_cli_writes_alt_text(tmp_path):
    out = tmp_path / "v.png"
    res = subprocess.run(check=False, args=[sys.executable, "-m", "opsatlas", "snapshot", "vibora-2025", "--format",
                                            "png", "--out", str(out), "--preset", "social", "--as-of", "2025-06-06",
                                            "--title", "Twenty arrests", "--credit", "Newsroom graphics"],
                         capture_output=True, text=True, cwd=ROOT)
    assert res.returncode == 0, res.stderr
    assert Image.open(out).size == (1200, 675)
    alt = (tmp_path / "v.png.alt.txt").read_text(encoding="utf-8")
    assert "Sources state 20 arrests in 12 countries" in alt
    bad = subprocess.run(check=False, args=[sys.executable, "-m", "opsatlas", "snapshot", "vibora-2025", "--format",
                                            "png", "--out", str(tmp_path / "x.png"), "--phase", "nope"],
                         capture_output=True, text=True, cwd=ROOT)
    assert bad.returncode == 1 and "nope" in bad.stderr and not (tmp_path / "x.png").exists()


@pytest.fixture(scope="module")
def every_field_hostile(tmp_path_factory):
    from hostile import write_hostile

    path, _ = write_hostile(tmp_path_factory.mktemp("hostile-all"))
    loaded = load_file(path)
    assert loaded.record is not None, [str(p) for p in loaded.problems]
    return loaded.record


@pytest.mark.parametrize("phase", [None, "arrests"])
def test_every_text_field_hostile_snapshots_are_inert(every_field_hostile, phase):
    """Every text field of the record holds script, images and links: the SVG and the embed carry
    them only as text: no element, attribute or address comes from the record."""
    from hostile import OUTSIDE_HOST

    options = SnapshotOptions(phase=phase)
    view = view_for(every_field_hostile, options)
    for fmt in ("svg", "html"):
        doc = snapshot_bytes(view, options, fmt).decode("utf-8")
        assert "__pwned" in doc, "the hostile text is not in the file at all"
        parser = _Elements()
        parser.feed(doc)
        tags = {t for t, _ in parser.tags}
        assert not tags & {"img", "iframe", "style", "a", "object", "embed", "image", "foreignobject"} or fmt == "html" \
            and not tags & {"img", "iframe", "object", "embed", "image", "foreignobject"}, tags
        for tag, attrs in parser.tags:
            for key, value in attrs.items():
                assert not key.startswith("on"), (tag, key)
                if key in ("href", "xlink:href", "src", "action", "style", "poster", "data", "srcset"):
                    assert OUTSIDE_HOST not in (value or "") and "javascript:" not in (value or "").lower(), \
                        (tag, key, value)
        assert sum(1 for t, _ in parser.tags if t == "script") == (1 if fmt == "html" else 0)


def test_shown_at_sets_the_smallest_text():
    """An image shown at half its width draws its smallest text at 22 px, so 11 CSS px there."""
    with pytest.raises(ValueError, match="shown_at"):
        SnapshotOptions(width=1600, height=900, shown_at=400)
    assert SnapshotOptions(width=1600, height=900, shown_at=800).min_text_px == pytest.approx(22.0)
    assert SnapshotOptions(width=1600, height=900).min_text_px == pytest.approx(11.0)
