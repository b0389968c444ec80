"""The timeline and Compare charts as Chromium draws them in the app (Streamlit's theme and font),
at 390 and 1440 px: every text read from the chart's SVG in the page, with the browser's own boxes.

Fails on text under 11 px, two texts sharing area, a text outside the chart, or a phase label missing.
"""

from __future__ import annotations

import pytest
from test_browser import ARGS, CHROMIUM, _block_outside, _start_server

from opsatlas.catalogue.store import RecordStore
from opsatlas.timeline import phase_label

pytestmark = [pytest.mark.browser]

TEXTS = """() => {
  const svg = document.querySelector('[data-testid=stVegaLiteChart] svg');
  if (!svg) return null;
  const f = svg.getBoundingClientRect();
  const shown = t => t.textContent.trim() && t.getAttribute('opacity') !== '0' && getComputedStyle(t).opacity !== '0';
  return {frame: [f.left, f.top, f.right, f.bottom], texts: [...svg.querySelectorAll('text')].filter(shown).map(t => {
    const r = t.getBoundingClientRect();
    return {text: t.textContent, size: parseFloat(getComputedStyle(t).fontSize), box: [r.left, r.top, r.right, r.bottom]};
  })};
}"""


@pytest.fixture(scope="module")
def server():
    proc, url = _start_server()
    yield url
    proc.terminate()
    proc.wait(timeout=10)


def _overlap(a: list[float], b: list[float]) -> bool:
    return a[0] < b[2] - 0.5 and b[0] < a[2] - 0.5 and a[1] < b[3] - 0.5 and b[1] < a[3] - 0.5


@pytest.mark.parametrize("path,ops", [("?op=tantalio-2017", ["tantalio-2017"]),
                                      ("compare?ops=tantalio-2017,vibora-2025", ["tantalio-2017", "vibora-2025"])])
def test_chart_text_in_the_browser(server, path, ops):
    from playwright.sync_api import sync_playwright

    store = RecordStore()
    labels = [phase_label(i, ph) for op_id in ops for i, ph in enumerate(store.get(op_id).phases)]
    outside: list[str] = []
    seen = {}
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        for width in (390, 1440):
            page = browser.new_page(viewport={"width": width, "height": 900})
            _block_outside(page, outside)
            page.goto(server + path)
            page.wait_for_selector("[data-testid='stVegaLiteChart'] svg", timeout=60_000)
            page.wait_for_timeout(3000)
            seen[width] = page.evaluate(TEXTS)
            page.close()
        browser.close()
    assert not outside
    for width, found in seen.items():
        texts, frame = found["texts"], found["frame"]
        assert min(t["size"] for t in texts) >= 11, f"text under 11 px at {width}"
        pairs = [(a["text"], b["text"]) for i, a in enumerate(texts) for b in texts[i + 1:] if _overlap(a["box"], b["box"])]
        assert not pairs, f"texts overlap at {width} px: {pairs[:3]}"
        out = [t["text"] for t in texts if t["box"][0] < frame[0] - 0.5 or t["box"][2] > frame[2] + 0.5]
        assert not out, f"texts outside the chart at {width} px: {out[:3]}"
        drawn = "".join("".join(t["text"].split()) for t in texts)
        missing = [label for label in labels if "".join(label.split()) not in drawn]
        assert not missing, f"phase labels missing at {width} px: {missing}"
