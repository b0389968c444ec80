"""The running app in a real headless Chromium, with every request outside localhost blocked.

Needs Debian's chromium (`tools/test.sh` installs it). Set OPSATLAS_SKIP_BROWSER=1 to skip on a
machine without it; CI never sets it, so a missing browser fails there.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from io import BytesIO
from pathlib import Path
from urllib.parse import urlparse

import pytest
from conftest import ROOT

from opsatlas.maps import style as ml

CHROMIUM = Path(os.environ.get("OPSATLAS_CHROMIUM", "/usr/bin/chromium"))
ARGS = ["--no-sandbox", "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--no-first-run", "--enable-unsafe-swiftshader"]

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(os.environ.get("OPSATLAS_SKIP_BROWSER") == "1", reason="OPSATLAS_SKIP_BROWSER=1"),
]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _start_server(env: dict[str, str] | None = None, port: int | None = None, args: tuple[str, ...] = ()):
    assert CHROMIUM.exists(), f"{CHROMIUM} is missing: apt-get install -y chromium (tools/test.sh does)"
    port = port or _free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", "app.py", "--server.port", str(port),
         "--server.address", "127.0.0.1", "--server.headless", "true", *args],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, env={**os.environ, **(env or {})},
    )
    url = f"http://127.0.0.1:{port}/"
    deadline = time.time() + 60
    while time.time() < deadline:
        try:
            urllib.request.urlopen(url + "_stcore/health", timeout=2)
            break
        except OSError:
            time.sleep(0.3)
    else:
        proc.kill()
        raise RuntimeError("streamlit did not start:\n" + proc.stdout.read().decode(errors="replace")[-3000:])
    return proc, url


def _block_outside(page, outside: list[str]) -> None:
    """Abort every request that leaves localhost, and note its address in `outside`."""

    def route(r):
        host = urlparse(r.request.url).hostname
        if r.request.url.startswith(("data:", "blob:")) or host in ("127.0.0.1", "localhost"):
            return r.continue_()
        outside.append(r.request.url)
        return r.abort()

    page.route("**/*", route)


@pytest.fixture(scope="module")
def server():
    proc, url = _start_server()
    yield url
    proc.terminate()
    proc.wait(timeout=10)


@pytest.fixture(scope="module")
def loaded(server):
    from playwright.sync_api import sync_playwright

    outside: list[str] = []
    errors: list[str] = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        page = browser.new_page(viewport={"width": 1400, "height": 1100})
        _block_outside(page, outside)
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        page.goto(server)
        page.wait_for_selector("canvas", timeout=60_000)
        # wait until the base boundaries have been fetched and the deck has drawn
        page.wait_for_function("document.querySelectorAll('canvas').length >= 2", timeout=60_000)
        page.wait_for_function("document.querySelectorAll(\"[data-testid=stImage] img[src^='data:image/svg+xml']\")"
                               ".length >= 2", timeout=60_000)
        page.wait_for_timeout(5000)
        map_png = page.locator("[data-testid='stDeckGlJsonChart']").first.screenshot()
        close_png = page.locator("[data-testid=stImage] img[src^='data:image/svg+xml']").nth(1).screenshot()
        body = page.inner_text("body")
        legend = page.evaluate("""() => [...document.querySelectorAll('[data-testid=stImage] img')]
            .filter(i => i.src.startsWith('data:image/svg+xml;base64,') && i.getBoundingClientRect().height > 50
                    && atob(i.src.split(',')[1]).includes('Map legend')).length""")
        browser.close()
    return {"outside": outside, "errors": errors, "map": map_png, "close": close_png, "body": body,
            "legend": legend}


def _count_near(png: bytes, rgb: tuple[int, int, int], tol: int = 14) -> int:
    import numpy as np
    from PIL import Image

    pixels = np.asarray(Image.open(BytesIO(png)).convert("RGB"), dtype=np.int16)
    return int((np.abs(pixels - np.array(rgb, dtype=np.int16)) <= tol).all(axis=-1).sum())


def _over(fill: tuple[int, ...], under: tuple[int, ...]) -> tuple[int, int, int]:
    a = fill[3] / 255 if len(fill) == 4 else 1.0
    return tuple(round(f * a + u * (1 - a)) for f, u in zip(fill[:3], under[:3]))  # type: ignore[return-value]


def test_no_request_leaves_localhost(loaded):
    assert loaded["outside"] == []


def test_no_errors_in_the_page(loaded):
    assert [e for e in loaded["errors"] if "deck" in e.lower() or "uncaught" in e.lower()] == []


def test_countries_and_arrest_marks_are_drawn(loaded):
    png = loaded["map"]
    land = _count_near(png, ml.LAND[:3])
    named = _count_near(png, _over(ml.NAMED_FILL, ml.LAND))
    spain = _count_near(png, _over((*ml.count_colour(7), 230), ml.LAND))  # Spain's 7 arrests
    assert land > 20_000, f"base countries missing ({land} land pixels)"
    assert named > 3_000, f"countries named without a count missing ({named} pixels)"
    assert spain > 10, f"Spain's counted fill missing ({spain} pixels)"  # small: the view fits a phone-wide map


def test_close_up_shows_rings_and_town(loaded):
    png = loaded["close"]
    spain = _count_near(png, ml.count_colour(7)[:3])  # the SVG close-up fills opaquely
    ring_ink = _count_near(png, ml.RING[:3], tol=30)
    assert spain > 5_000, f"Spain missing in the close-up ({spain} pixels)"
    assert ring_ink > 200, f"province rings and the El Masnou dot missing ({ring_ink} dark pixels)"


def test_page_text(loaded):
    assert loaded["legend"] == 1, "the map legend is not drawn"
    body = loaded["body"]
    assert "Operation Víbora" in body and "10 arrests not attributed to a country" in body
    assert "Was there an arrest in Panama?" in body


def test_deep_link_on_a_fresh_server():
    """A copied link to another page opens that page, with the app's navigation, as the first request."""
    from playwright.sync_api import sync_playwright

    proc, url = _start_server()
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
            page = browser.new_page(viewport={"width": 1200, "height": 900})
            page.goto(url + "compare?ops=vibora-2025,tantalio-2017")
            page.wait_for_selector("h1", timeout=60_000)
            page.wait_for_timeout(2000)
            title = page.inner_text("h1")
            nav = " | ".join(page.locator("[data-testid='stSidebar'] [data-testid='stPageLink']").all_inner_texts())
            chosen = page.inner_text("[data-testid='stMultiSelect']")
            browser.close()
    finally:
        proc.terminate()
        proc.wait(timeout=10)
    assert title == "Compare operations"
    assert "Map and timeline" in nav and "Data quality" in nav  # app.py's navigation, not the raw files
    assert "Operation Víbora" in chosen and "Operation Tantalio" in chosen and "Pacifier" not in chosen


def _view_text(page) -> dict[str, str]:
    page.wait_for_selector("canvas", timeout=60_000)
    page.wait_for_timeout(3000)
    return {
        "title": page.inner_text("h1"),
        "step": page.inner_text("[data-testid='stSlider']"),
        "captions": " | ".join(page.locator("[data-testid='stCaptionContainer']").all_inner_texts()),
        "country": " | ".join(t for t in page.locator("[data-testid='stMarkdownContainer']").all_inner_texts()
                              if "every figure and its source" in t),
        "remainder": " | ".join(page.locator("[data-testid='stAlert']").all_inner_texts()),
    }


def test_a_copied_link_reproduces_the_view(server):
    from playwright.sync_api import sync_playwright

    link = server + "?op=tantalio-2017&step=2017-03-31&country=COL&prec=subdivision"
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        first = browser.new_page(viewport={"width": 1400, "height": 1100})
        first.goto(link)
        seen = _view_text(first)
        copied = first.url
        second = browser.new_context().new_page()
        second.set_viewport_size({"width": 1400, "height": 1100})
        second.goto(copied)
        again = _view_text(second)
        browser.close()
    assert seen["title"] == "Operation Tantalio"
    assert "31 March 2017" in seen["step"] and "Colombia: every figure" in seen["country"]
    for param in ("op=tantalio-2017", "step=2017-03-31", "country=COL", "prec=subdivision"):
        assert param in copied
    assert again == seen


def test_clicking_a_country_and_dragging_the_timeline_link_the_views(server):
    """A click on a country opens its figures; a drag across the timeline sets the map's stretch."""
    import numpy as np
    from PIL import Image
    from playwright.sync_api import sync_playwright

    named = np.array(_over(ml.NAMED_FILL, ml.LAND), dtype=np.int16)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        page = browser.new_page(viewport={"width": 1400, "height": 1000})
        page.goto(server + "?op=vibora-2025")
        page.wait_for_selector("canvas", timeout=60_000)
        page.wait_for_timeout(5000)
        deck = page.locator("[data-testid='stDeckGlJsonChart']").first
        pixels = np.asarray(Image.open(BytesIO(deck.screenshot())).convert("RGB"), dtype=np.int16)
        box = deck.bounding_box()  # after the screenshot, which may have scrolled the page
        mask = (np.abs(pixels - named) <= 12).all(axis=-1)
        half = mask.shape[0] // 2  # South America: countries named without a count
        ys, xs = np.nonzero(mask[half:, :])
        assert len(xs) > 500, "no country named without a count found in the lower half of the map"
        order = np.argsort(xs)
        for q in (0.5, 0.3, 0.7):  # a label or an arc may lie over one spot; try a few
            i = order[int(q * (len(order) - 1))]
            page.mouse.click(box["x"] + int(xs[i]), box["y"] + half + int(ys[i]))
            page.wait_for_timeout(4000)
            if "country=" in page.url:
                break
        clicked_url = page.url
        panels = [t for t in page.locator("[data-testid='stMarkdownContainer']").all_inner_texts()
                  if "every figure and its source" in t]
        chart = page.locator("[data-testid='stVegaLiteChart']").first
        chart.scroll_into_view_if_needed()
        page.wait_for_timeout(1000)
        cb = chart.bounding_box()
        y = cb["y"] + cb["height"] * 0.6
        page.mouse.move(cb["x"] + cb["width"] * 0.5, y)
        page.mouse.down()
        page.mouse.move(cb["x"] + cb["width"] * 0.85, y, steps=12)
        page.mouse.up()
        page.wait_for_timeout(5000)
        dragged_url = page.url
        captions = " ".join(page.locator("[data-testid='stCaptionContainer']").all_inner_texts())
        browser.close()
    assert "country=" in clicked_url and panels, clicked_url
    code = clicked_url.split("country=")[1][:3]
    assert code in {"ARG", "BOL", "BRA", "PRY"}
    assert "from=" in dragged_url and "to=" in dragged_url and "stretch dragged on the timeline" in captions


def test_phone_width_stacks_without_horizontal_scrolling(server):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        page = browser.new_page(viewport={"width": 390, "height": 844})
        page.goto(server + "?op=vibora-2025")
        page.wait_for_selector("canvas", timeout=60_000)
        page.wait_for_timeout(4000)
        widths = page.evaluate("""() => [document.documentElement.scrollWidth,
            document.querySelector('[data-testid=stMain]').scrollWidth]""")
        deck = page.locator("[data-testid='stDeckGlJsonChart']").first.bounding_box()
        chart = page.locator("[data-testid='stVegaLiteChart']").first.bounding_box()
        browser.close()
    assert max(widths) <= 390, widths
    assert deck["width"] <= 390 and chart["width"] <= 390
    assert deck["y"] + deck["height"] <= chart["y"], "the timeline should come under the map"


def test_html_embed_draws_offline_without_errors(tmp_path):
    from playwright.sync_api import sync_playwright

    from opsatlas.publish import SnapshotOptions, snapshot_bytes
    from opsatlas.publish.snapshot import view_for
    from opsatlas.catalogue.store import RecordStore

    record = RecordStore().get("vibora-2025")
    options = SnapshotOptions()
    page_file = tmp_path / "embed.html"
    page_file.write_bytes(snapshot_bytes(view_for(record, options), options, "html"))
    host = tmp_path / "host.html"  # the embed inside an iframe, 360 px wide, as in an article
    host.write_text('<!doctype html><iframe src="embed.html" width="360" height="900"></iframe>', encoding="utf-8")
    requests: list[str] = []
    errors: list[str] = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        page = browser.new_page(viewport={"width": 1200, "height": 900})

        def route(r):
            requests.append(r.request.url)
            return r.continue_() if r.request.url.startswith(("file:", "data:")) else r.abort()

        page.route("**/*", route)
        page.on("console", lambda m: errors.append(m.text) if m.type in ("error", "warning") else None)
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.goto(page_file.as_uri())
        page.wait_for_timeout(500)
        drawn = page.evaluate("""() => [...document.querySelectorAll('path.country')].map(
            p => [p.getAttribute('data-iso3'), getComputedStyle(p).fill, p.getBBox().width > 0])""")
        circles = page.evaluate("() => document.querySelectorAll('circle').length")
        # The embed holds a narrow and a wide drawing (and an inset): click the Spain that is shown.
        page.locator('path.country[data-iso3="ESP"]').filter(visible=True).first.dispatch_event("click")
        hit = page.evaluate("() => [...document.querySelectorAll('tr.hit')].map(r => r.getAttribute('data-iso3'))")
        page.goto(host.as_uri())
        page.wait_for_timeout(500)
        frame_width = page.frames[1].evaluate("() => document.querySelector('svg').getBoundingClientRect().width")
        browser.close()
    assert all(u.startswith("file:") for u in requests), requests
    assert errors == [], errors
    iso = {code: (fill, visible) for code, fill, visible in drawn if visible}
    spain = "rgb({}, {}, {})".format(*ml.count_colour(7))
    assert len(iso) == 13 and iso["ESP"][0] == spain, iso
    assert iso["PAN"][0] == "none"
    assert circles >= 6  # five province rings and El Masnou
    assert hit == ["ESP"]
    assert 300 <= frame_width <= 360


HOSTILE_PAGES = ["?op=hostile-op", "?op=hostile-op&country=ESP&phase=arrests", "overview",
                 "compare?ops=hostile-op,vibora-2025", "data?ops=hostile-op", "quality", "about"]


def test_hostile_record_text_fetches_nothing_and_runs_nothing(tmp_path):
    """Every text field of a record holds script, images, Markdown images and links: on every page
    the browser asks no other host for anything, runs none of it and opens no dialog."""
    import shutil

    from hostile import OUTSIDE_HOST, write_hostile
    from playwright.sync_api import sync_playwright

    from opsatlas.settings import DEFAULT_RECORDS_DIR

    folder = tmp_path / "records"
    folder.mkdir()
    for path in DEFAULT_RECORDS_DIR.glob("*.yaml"):
        shutil.copy(path, folder / path.name)
    write_hostile(folder)
    proc, url = _start_server({"OPSATLAS_DATA_DIR": str(folder), "OPSATLAS_CACHE_DIR": str(tmp_path / "cache")})
    outside: list[str] = []
    dialogs: list[str] = []
    ran: dict[str, object] = {}
    seen: dict[str, bool] = {}
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
            page = browser.new_page(viewport={"width": 1400, "height": 1000})
            _block_outside(page, outside)
            page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
            for target in HOSTILE_PAGES:
                page.goto(url + target)
                page.wait_for_selector("h1", timeout=120_000)
                page.wait_for_function(
                    "() => !document.querySelector('[data-testid=stStatusWidget]')", timeout=120_000)
                page.wait_for_timeout(2500)
                # open every expander, so that what they hold is rendered too
                for summary in page.locator("[data-testid=stExpander] summary").all():
                    try:
                        summary.click(timeout=2000)
                    except Exception:  # noqa: BLE001 - an expander re-rendered away is fine
                        pass
                page.wait_for_timeout(1000)
                ran[target] = page.evaluate("() => window.__pwned ?? null")
                seen[target] = "__pwned" in page.inner_text("body")
            browser.close()
    finally:
        proc.terminate()
        proc.wait(timeout=10)
    # The about page lists records only in a table, drawn on a canvas that inner_text cannot read.
    assert all(v for k, v in seen.items() if k != "about"), f"the hostile text is not on every page: {seen}"
    assert outside == [], outside
    assert not any(OUTSIDE_HOST in u for u in outside)
    assert dialogs == [], dialogs
    assert set(ran.values()) == {None}, ran


def test_hostile_embed_fetches_nothing_and_runs_nothing(tmp_path):
    from hostile import write_hostile
    from playwright.sync_api import sync_playwright

    from opsatlas.publish import SnapshotOptions, snapshot_bytes
    from opsatlas.publish.snapshot import view_for
    from opsatlas.catalogue.validate import load_file

    path, _ = write_hostile(tmp_path)
    options = SnapshotOptions()
    page_file = tmp_path / "embed.html"
    page_file.write_bytes(snapshot_bytes(view_for(load_file(path).record, options), options, "html"))
    requests: list[str] = []
    dialogs: list[str] = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        page = browser.new_page(viewport={"width": 1200, "height": 900})

        def route(r):
            requests.append(r.request.url)
            return r.continue_() if r.request.url.startswith(("file:", "data:")) else r.abort()

        page.route("**/*", route)
        page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
        page.goto(page_file.as_uri())
        page.wait_for_timeout(800)
        for country in page.locator("path.country").all()[:5]:
            country.dispatch_event("click")
        ran = page.evaluate("() => window.__pwned ?? null")
        text = page.inner_text("body")
        browser.close()
    assert "__pwned" in text, "the hostile text is not shown"
    assert all(u.startswith("file:") for u in requests), requests
    assert dialogs == [] and ran is None
