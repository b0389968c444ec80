"""Issue 11's "Done when", end to end in headless Chromium, against the OpenID Connect provider and the
app server of the sign-in test (temp copy of the records, temp history database):

an editor signs in, corrects Víbora's figure for a province, adds a source and a dispute, sees the
preview's map change, saves, sees the save in the history with their name, and restores the previous
version; a reader in another browser context sees each state on the map page.

The figure, the source and the dispute are test data in a temp folder, never written to data/.
"""

from __future__ import annotations

import re
from contextlib import contextmanager

import pytest
from conftest import VIBORA
from test_browser import ARGS, CHROMIUM
from test_browser_signin import (  # noqa: F401 - signin_app is a fixture
    ANA,
    _choose,
    _click,
    _goto,
    _sign_in,
    _wait_text,
    signin_app,
)

from opsatlas.editing import roundtrip

pytestmark = [pytest.mark.browser]

PROVINCE = "Sevilla (province)"
CLAIM = "sevilla-arrests"  # the claim that gives that province's figure
SOURCE = "sevilla-correction"
DISPUTE_TITLE = "How many arrests in Sevilla province?"


@contextmanager
def _evidence(pages: dict, folder, log):
    """On failure: a screenshot of every page and the server's last lines, for the report."""
    try:
        yield
    except BaseException:
        for name, page in pages.items():
            try:
                page.screenshot(path=str(folder / f"failed-{name}.png"), full_page=True)
            except Exception:  # noqa: BLE001, S112 - the page may be gone
                continue
        print(f"screenshots in {folder}; server output:\n" + "".join(list(log)[-60:]))
        raise


def _reader_sees(page, url: str) -> tuple[int, bool]:
    """What a reader's map page says now: the province's figure (from the map's description) and
    whether the new dispute is shown."""
    _goto(page, url)
    described = page.locator("[data-testid=stText]").filter(has_text="World map of").first.inner_text()
    found = re.search(rf"{re.escape(PROVINCE)} (\d+)", described)
    assert found, f"{PROVINCE} is not in the map's description: {described}"
    return int(found[1]), DISPUTE_TITLE in page.inner_text("body")


def _preview_figure(page) -> int:
    described = page.locator("[data-testid=stCaptionContainer]").filter(has_text="Map description").first
    found = re.search(rf"{re.escape(PROVINCE)} (\d+)", described.inner_text())
    assert found, described.inner_text()
    return int(found[1])


def _no_problems(page) -> None:
    assert "problem(s): the record cannot be saved" not in page.inner_text("body"), page.inner_text("body")[-3000:]


def test_editor_corrects_a_figure_adds_a_source_and_a_dispute_saves_and_restores(signin_app):  # noqa: F811
    from playwright.sync_api import expect, sync_playwright

    url, data, log = signin_app["url"], signin_app["data"], signin_app["log"]
    record = data / VIBORA.name
    original = record.read_bytes()
    claim = next(c for c in roundtrip.plain(original.decode("utf-8"))["claims"] if c["id"] == CLAIM)
    before, after = claim["count"], claim["count"] + 1
    pages: dict = {}
    with sync_playwright() as p, _evidence(pages, signin_app["tmp"], log):
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        reader = pages["reader"] = browser.new_context(viewport={"width": 1400, "height": 1000}).new_page()
        ana = pages["editor"] = browser.new_context(viewport={"width": 1400, "height": 1200}).new_page()

        # The reader's map page before any edit.
        assert _reader_sees(reader, url) == (before, False)

        _sign_in(ana, url, ANA)
        assert "Editing as Ana Ruiz <ana@example.org>" in ana.inner_text("body")
        assert _preview_figure(ana) == before

        # A source for the correction.
        _click(ana, ana.get_by_text("sources", exact=True))
        _click(ana, ana.get_by_role("button", name="Add to sources"))
        ana.get_by_label("id *", exact=True).fill(SOURCE)
        ana.get_by_label("title *", exact=True).fill("Correction of the Sevilla figure (test)")
        ana.get_by_label("publisher *", exact=True).fill("Test desk")
        _choose(ana, "kind *", "newspaper", rerun=False)
        ana.get_by_label("url", exact=True).fill("https://example.org/sevilla-correction")
        _click(ana, ana.get_by_role("button", name="Apply changes"))
        _wait_text(ana, f"+  - id: {SOURCE}")
        _no_problems(ana)

        # The province's figure, now from that source; the preview's map follows before anything is saved.
        _click(ana, ana.get_by_text("claims", exact=True))
        _choose(ana, "Item of claims", CLAIM)
        count_box = ana.get_by_label("count", exact=True)
        assert count_box.input_value() == str(before), "the chosen claim's form is shown"
        count_box.fill(str(after))
        _choose(ana, "source *", SOURCE, rerun=False)  # a chooser of the record's sources, with the new one
        ana.get_by_label("quote *", exact=True).fill("Test quote: two arrests in Sevilla province.")
        _click(ana, ana.get_by_role("button", name="Apply changes"))
        _wait_text(ana, f"+    count: {after}")
        _no_problems(ana)
        assert _preview_figure(ana) == after
        assert record.read_bytes() == original, "nothing is written before Save"

        # A dispute between the press note and the correction.
        _click(ana, ana.get_by_text("disputes", exact=True))
        _click(ana, ana.get_by_role("button", name="Add to disputes"))
        ana.get_by_label("title *", exact=True).fill(DISPUTE_TITLE)
        says, quotes = ana.get_by_label("says *", exact=True), ana.get_by_label("quote *", exact=True)
        says.nth(0).fill("The Policía Nacional press note names Sevilla without a number.")
        _choose(ana, "claim", "valladolid-arrests", rerun=False, nth=0)
        _choose(ana, "source *", "catalunyapress", rerun=False, nth=0)
        quotes.nth(0).fill("En España, la operación culminó con 7 detenciones en Barcelona (3), Valladolid, "
                           "Sevilla, Murcia y Jaén.")
        says.nth(1).fill("The correction gives two arrests in Sevilla province.")
        _choose(ana, "claim", CLAIM, rerun=False, nth=1)
        _choose(ana, "source *", SOURCE, rerun=False, nth=1)
        quotes.nth(1).fill("Test quote: two arrests in Sevilla province.")
        _click(ana, ana.get_by_role("button", name="Apply changes"))
        _wait_text(ana, f"+    title: {DISPUTE_TITLE}")
        _no_problems(ana)
        assert record.read_bytes() == original

        # Save: the reader sees the new figure and the dispute.
        save = ana.get_by_role("button", name="Save", exact=True)
        expect(save).to_be_enabled(timeout=30_000)
        _click(ana, save)
        _wait_text(ana, "Saved vibora-2025")
        saved = record.read_bytes()
        saved_data = roundtrip.plain(saved.decode("utf-8"))
        assert next(c for c in saved_data["claims"] if c["id"] == CLAIM)["count"] == after
        assert SOURCE in {s["id"] for s in saved_data["sources"]}
        assert DISPUTE_TITLE in {d["title"] for d in saved_data["disputes"]}
        assert _reader_sees(reader, url) == (after, True)

        # The history names the editor and shows the change; restoring the version before it is a save.
        _click(ana, ana.get_by_text("history", exact=True))
        _wait_text(ana, "Show an entry")
        chooser = ana.locator("[data-testid=stSelectbox]").filter(has_text="Show an entry").locator("input")
        expect(chooser).to_have_value(re.compile(r"^2: save by Ana Ruiz <ana@example\.org> at "))
        assert f"+    count: {after}" in ana.inner_text("body"), "the entry's diff is shown"
        _choose(ana, "Show an entry", "1: outside")  # the file as it was before the first save
        _click(ana, ana.get_by_role("button", name="Restore the version of entry 1"))
        _wait_text(ana, "Restored entry 1 as history entry 3")
        assert record.read_bytes() == original
        assert _preview_figure(ana) == before
        _choose(ana, "Show an entry", "3: restore")
        expect(chooser).to_have_value(re.compile(r"^3: restore by Ana Ruiz <ana@example\.org> at "))

        # The reader sees the restored record.
        assert _reader_sees(reader, url) == (before, False)
        ana.screenshot(path=str(signin_app["tmp"] / "editor-after-restore.png"), full_page=True)
        browser.close()
