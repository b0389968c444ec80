"""Screenshot a running app page in headless Chromium, logging any request that leaves localhost.

    python tools/screenshot.py http://localhost:8501/ out/map.png [--width 1400] [--height 2400]
"""

from __future__ import annotations

import argparse
import sys
from urllib.parse import urlparse

from playwright.sync_api import sync_playwright

CHROMIUM_ARGS = ["--no-sandbox", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run", "--enable-unsafe-swiftshader"]


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("url")
    ap.add_argument("out")
    ap.add_argument("--width", type=int, default=1400)
    ap.add_argument("--height", type=int, default=1000)
    ap.add_argument("--full", action="store_true")
    ap.add_argument("--wait", type=float, default=8.0)
    args = ap.parse_args()
    outside: list[str] = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": args.width, "height": args.height})

        def route(r):
            host = urlparse(r.request.url).hostname
            if r.request.url.startswith(("data:", "blob:")) or host in ("localhost", "127.0.0.1"):
                return r.continue_()
            outside.append(r.request.url)
            return r.abort()

        page.route("**/*", route)
        page.goto(args.url)
        page.wait_for_selector("canvas", timeout=60_000)
        page.wait_for_timeout(args.wait * 1000)
        page.screenshot(path=args.out, full_page=args.full)
        browser.close()
    for u in outside:
        print("blocked outside request:", u, file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
