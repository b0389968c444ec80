"""The "Add an operation" page in a real headless Chromium: a journalist pastes an article that
carries script, images and links, drafts it, sees the draft on the map, and rejects a figure.

Nothing of the article runs or fetches anything; the map is drawn by deck.gl; the headline follows
the review.
"""

from __future__ import annotations

import pytest
from test_browser import ARGS, CHROMIUM, _block_outside, _start_server

pytestmark = pytest.mark.browser

ARTICLE = (
    "Interpol says 20 people have been arrested in 12 countries. Spanish authorities arrested seven "
    "suspects in Madrid. Police in Portugal arrested three people <script>window.__pwned = 1</script>"
    "<img src=x onerror=\"window.__pwned = 2\"> ![tracker](https://outside.example/t.png) "
    "[click](javascript:window.__pwned=3) in Lisbon.\n"
)


def _metric(page, label: str) -> str:
    box = page.locator("[data-testid=stMetric]", has_text=label).first
    return box.locator("[data-testid=stMetricValue]").inner_text().strip()


def test_paste_draft_review_and_map_in_the_browser():
    from playwright.sync_api import sync_playwright

    proc, url = _start_server()
    outside: list[str] = []
    errors: list[str] = []
    dialogs: list[str] = []
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
            page = browser.new_page(viewport={"width": 1300, "height": 1000})
            _block_outside(page, outside)
            page.on("pageerror", lambda e: errors.append(str(e)))
            page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
            page.goto(url + "add")
            page.wait_for_selector("textarea", timeout=60_000)
            page.fill("textarea", ARTICLE)
            page.keyboard.press("Control+Enter")  # commit the text area, which enables the button
            page.get_by_role("button", name="Draft the record").click(timeout=30_000)
            page.wait_for_selector("text=The operation as drafted", timeout=60_000)
            page.wait_for_selector("[data-testid=stDeckGlJsonChart] canvas", timeout=60_000)
            page.wait_for_timeout(2000)
            body = page.inner_text("body")
            arrests_before = _metric(page, "Arrests")
            # reject the whole operation's 20: the headline follows
            box = page.locator("[data-testid=stLayoutWrapper]", has_text="Arrests, whole operation: 20")
            box.first.get_by_text("reject", exact=True).click()
            page.wait_for_function(
                "() => ![...document.querySelectorAll('[data-testid=stMetricValue]')]"
                ".some(e => e.innerText.trim() === '20')", timeout=30_000)
            page.wait_for_timeout(1000)
            arrests_after = _metric(page, "Arrests")
            ran = page.evaluate("() => window.__pwned ?? null")
            browser.close()
    finally:
        proc.terminate()
        proc.wait(timeout=10)
    assert arrests_before == "20", arrests_before
    assert arrests_after != "20", arrests_after
    assert "Spain: arrests, with a count" in body and "Portugal: arrests, with a count" in body
    assert "Arrests in Madrid: 7" in body
    assert "<script>window.__pwned = 1</script>" in body  # the article's sentence is shown, as text
    assert ran is None and dialogs == [] and outside == [], (ran, dialogs, outside)
    assert errors == [], errors
