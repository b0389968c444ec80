"""The app's map labels as deck.gl draws them, read in a real headless Chromium: at the initial
view of an operation, at 1440 and 390 px windows, no two label boxes overlap.

The boxes are read from the running deck itself: the Deck instance is found through React's fiber
of the map's canvas (the `@deck.gl/react` component keeps it in a ref), each TextLayer's data
rows are projected with the deck's own viewport (`viewport.project`), offset by the row's pixel
offset, and measured with the layer's font atlas (each character's advance, scaled from the atlas
font size to the row's size), as deck.gl lays the text out. Needs Debian's chromium, like
tests/test_browser.py (OPSATLAS_SKIP_BROWSER=1 skips).
"""

from __future__ import annotations

import pytest
from test_browser import ARGS, CHROMIUM, _start_server

from opsatlas.maps.placement import overlaps

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(__import__("os").environ.get("OPSATLAS_SKIP_BROWSER") == "1", reason="OPSATLAS_SKIP_BROWSER=1"),
]

#: Returns {ready, boxes: [{layer, id, text, box: [x0, y0, x1, y1]}], canvas: [w, h]} or {ready: false}.
READ_LABELS = """() => {
  const canvas = document.querySelector("[data-testid='stDeckGlJsonChart'] canvas");
  if (!canvas) return {ready: false, why: 'no canvas'};
  const key = Object.keys(canvas).find(k => k.startsWith('__reactFiber$'));
  let fiber = key && canvas[key], deck = null;
  const seen = new Set();
  for (let depth = 0; fiber && !deck && depth < 80; depth++, fiber = fiber.return) {
    for (let hook = fiber.memoizedState; hook && typeof hook === 'object' && !seen.has(hook) && !deck;
         hook = hook.next) {
      seen.add(hook);
      const v = hook.memoizedState;
      for (const c of [v, v && v.current, v && v.current && v.current.deck, v && v.deck]) {
        if (c && c.layerManager && c.getViewports) { deck = c; break; }
      }
    }
  }
  if (!deck || !deck.layerManager) return {ready: false, why: 'no deck'};
  const viewport = deck.getViewports()[0];
  const layers = deck.layerManager.getLayers().filter(l => l.constructor.layerName === 'TextLayer');
  if (!viewport || !layers.length) return {ready: false, why: 'no text layer'};
  const boxes = [];
  for (const layer of layers) {
    const atlas = layer.state.fontAtlasManager;
    const mapping = atlas && atlas.mapping;
    if (!mapping || !Object.keys(mapping).length) return {ready: false, why: 'no font atlas'};
    const atlasSize = atlas.props.fontSize;
    const lineHeight = layer.props.lineHeight || 1;
    for (const row of layer.props.data) {
      const [x, y] = viewport.project(row.position);
      let units = 0;
      for (const ch of Array.from(row.text)) {
        const frame = mapping[ch];
        if (!frame) return {ready: false, why: 'character not in the atlas: ' + ch};
        const advance = frame.advance !== undefined ? frame.advance : frame.layoutWidth;
        if (!(advance > 0)) return {ready: false, why: 'no advance for ' + ch};
        units += advance;
      }
      const width = units * row.size / atlasSize, height = lineHeight * row.size;
      if (row.anchor !== 'start') return {ready: false, why: 'anchor ' + row.anchor};
      const x0 = x + row.offset[0], cy = y + row.offset[1];
      boxes.push({layer: layer.id, id: row.id, text: row.text, box: [x0, cy - height / 2, x0 + width, cy + height / 2]});
    }
  }
  return {ready: true, boxes, canvas: [viewport.width, viewport.height], zoom: viewport.zoom};
}"""


@pytest.fixture(scope="module")
def server():
    proc, url = _start_server()
    yield url
    proc.terminate()
    proc.wait(timeout=10)


@pytest.fixture(scope="module")
def labels(server):
    """(operation, window width) -> what READ_LABELS returned, read once per page."""
    from playwright.sync_api import sync_playwright

    out = {}
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        for op in ("vibora-2025", "trojan-shield-2021"):
            for width in (1440, 390):
                page = browser.new_page(viewport={"width": width, "height": 1000})
                page.goto(f"{server}?op={op}")
                page.wait_for_selector("[data-testid='stDeckGlJsonChart'] canvas", timeout=60_000)
                page.wait_for_function(f"({READ_LABELS})().ready", timeout=60_000)
                page.wait_for_timeout(1000)  # the view settles (no transition is set, but be sure)
                out[op, width] = page.evaluate(READ_LABELS)
                page.close()
        browser.close()
    return out


@pytest.mark.parametrize("width", [1440, 390])
@pytest.mark.parametrize("op", ["vibora-2025", "trojan-shield-2021"])
def test_app_map_labels_never_overlap_at_the_initial_view(labels, op, width):
    read = labels[op, width]
    assert read["ready"], read
    boxes = read["boxes"]
    assert len(boxes) >= 3, boxes  # the country and region labels are there to be read
    assert read["canvas"][0] <= width
    assert all(all(isinstance(v, float | int) and v == v for v in b["box"]) for b in boxes), boxes  # no NaN
    for i, a in enumerate(boxes):
        for b in boxes[i + 1:]:
            assert not overlaps(tuple(a["box"]), tuple(b["box"])), f"{op} at {width}px: {a} overlaps {b}"


def test_label_boxes_are_the_placer_s(labels):
    """What the browser measures agrees with the font metrics the placer used (within 15 %), so
    the check above measures deck.gl's text, not the placer's guess."""
    from opsatlas.maps.fontmetrics import text_width

    for (op, width), read in labels.items():
        for b in read["boxes"]:
            x0, _, x1, _ = b["box"]
            size = b["box"][3] - b["box"][1]
            expected = text_width(b["text"], size, True)
            assert abs((x1 - x0) - expected) <= 0.15 * expected + 2, (op, width, b, expected)
