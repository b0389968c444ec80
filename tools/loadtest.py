"""Load test in a real browser: N concurrent sessions on the map page, each replaying and changing
the metric; time to map, rerun times, errors and server memory per N.

    python tools/loadtest.py [--sessions 1,10,25] [--reruns 6] [--op vibora-2025]

Starts `streamlit run app.py` headless on a free localhost port (in this checkout), loads the map
page once to warm the server's caches (reported apart as the cold load), then for each N opens N
browser contexts in one headless Chromium (separate cookies and Streamlit sessions), all at once,
and drives them concurrently:

- time to map: navigation start until the script run is over and every deck.gl map on the page has
  its canvases (see tools/measurekit.py for the signals);
- reruns: K actions per session, in the order step, step, metric, step, step, metric, ... A step
  presses the right arrow on the replay slider (back to "everything" with Home at the last stop);
  a metric change clicks the next option of the sidebar's "Shade countries by" radio. Each is timed
  from the key press or click to the end of the last script run it caused (a run followed by no
  other run for 0.6 s; the first step causes two: the fragment, then a full rerun);
- errors: exceptions shown on the page, page (JavaScript) errors, timeouts, lost connections;
- server RSS (the streamlit process and its children): peak while the N sessions run, and after
  they have closed.

Browser and server share the machine: on 2 cores, N headless Chromium tabs drawing WebGL in software
compete with the server for CPU, so large-N times are an upper bound for the server alone.
Every request leaving localhost is blocked and counted (should be 0).
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from measurekit import (
    CpuMeter,
    Server,
    WsRecorder,
    exceptions_on_page,
    launch_browser,
    new_context,
    now_ms,
    pct,
    sampled_peak,
    table,
    wait_map_drawn,
    wait_settled,
)


@dataclass
class SessionResult:
    time_to_map: float | None = None
    reruns: list[tuple[str, float, int]] = field(default_factory=list)  # (kind, seconds, script runs)
    server_times: list[float] = field(default_factory=list)  # rerun request sent .. script_finished received
    exceptions: int = 0
    page_errors: list[str] = field(default_factory=list)
    timeouts: int = 0
    missed_signals: int = 0  # runs the server finished that the page's state attribute never showed
    retries: int = 0  # actions repeated because no rerun request left the page within 10 s
    disconnected: bool = False
    failure: str | None = None


async def _step(page) -> None:  # type: ignore[no-untyped-def]
    thumb = page.locator("[data-testid=stSlider] input[type=range]").first
    value, top = await thumb.evaluate("e => [Number(e.value), Number(e.max)]")
    await thumb.focus()
    return await page.keyboard.press("Home" if value >= top else "ArrowRight")


async def _metric(page) -> None:  # type: ignore[no-untyped-def]
    radio = page.locator("[data-testid=stSidebar] [data-testid=stRadio]").first
    options = radio.locator("[data-testid=stRadioOption]")
    n = await options.count()
    checked = await radio.evaluate("r => [...r.querySelectorAll('input[type=radio]')].findIndex(i => i.checked)")
    await options.nth((checked + 1) % n).click()


async def _wait_run(page, ws: WsRecorder, since: float, mark: tuple[int, int], timeout_s: float,  # type: ignore[no-untyped-def]
                    res: SessionResult) -> tuple[float, int]:
    """(seconds, runs) of the run an action caused. The page's script-state attribute is the signal,
    but a saturated renderer can batch 'running' and 'notRunning' into one render and never show
    the change: when the server's script_finished for the request has arrived and the page has
    shown nothing for 5 s more, the run is taken as done, timed by the network stack, and counted
    in `missed_signals` (seen with 10 sessions: the server had run and finished every time)."""
    deadline = time.monotonic() + timeout_s
    finished_at: float | None = None
    while time.monotonic() < deadline:
        try:
            return await wait_settled(page, since, timeout_s=2)
        except Exception:  # noqa: BLE001 - not yet
            pass
        if ws.finished_since(mark):
            finished_at = finished_at or time.monotonic()
            if time.monotonic() - finished_at > 5:
                res.missed_signals += 1
                return ws.server_time(mark) or float("nan"), 1
    raise TimeoutError("no run ended")


async def run_session(browser, url: str, reruns: int, timeout_s: float, outside: list[str],
                      verbose: bool = False) -> SessionResult:  # type: ignore[no-untyped-def]
    res = SessionResult()
    ctx = await new_context(browser, outside, timeout_s)
    try:
        page = await ctx.new_page()
        page.on("pageerror", lambda e: res.page_errors.append(str(e)))
        ws = await WsRecorder().attach(page)
        await page.goto(url, timeout=timeout_s * 1000)
        try:
            res.time_to_map = await wait_map_drawn(page, timeout_s)
        except Exception:  # noqa: BLE001 - a timeout is a result here
            res.timeouts += 1
            res.failure = "map not drawn in time"
            return res
        for i in range(reruns):
            kind = "metric" if i % 3 == 2 else "step"
            # the slider and radio need the page idle: the previous action has settled
            since = await now_ms(page)
            mark = ws.mark()
            await (_metric(page) if kind == "metric" else _step(page))
            # An input can be lost when React re-renders the widget just as it is pressed: if no rerun
            # request has left the page after 10 s, press again (counted as a retry, timed from the first).
            for _ in range(100):
                if ws.reruns_requested(mark):
                    break
                await asyncio.sleep(0.1)
            else:
                res.retries += 1
                await (_metric(page) if kind == "metric" else _step(page))
            try:
                seconds, runs = await _wait_run(page, ws, since, mark, timeout_s, res)
                res.reruns.append((kind, seconds, runs))
                server_s = ws.server_time(mark)
                if server_s is not None:
                    res.server_times.append(server_s)
                if verbose:
                    print(f"  {kind:6} {seconds:6.2f} s (ws {server_s or float('nan'):.2f} s), {runs} run(s), "
                          f"{page.url.split('?')[-1]}", flush=True)
            except Exception:  # noqa: BLE001
                res.timeouts += 1
                if verbose:
                    log = await page.evaluate("window.__runs.slice(-6)")
                    print(f"  {kind:6} TIMEOUT since {since:.0f} ms; last state changes {log}; frames sent since "
                          f"{ws.sent_kinds[mark[0]:]}; script_finished received since: {ws.finished_since(mark)}",
                          flush=True)
        res.exceptions = await exceptions_on_page(page)
        state = await page.evaluate(
            "() => document.querySelector('[data-testid=stApp]')?.getAttribute('data-test-connection-state')")
        res.disconnected = state != "CONNECTED"
    except Exception as exc:  # noqa: BLE001
        res.failure = f"{type(exc).__name__}: {str(exc).splitlines()[0][:200]}"
    finally:
        await ctx.close()
    return res


async def main_async(args: argparse.Namespace) -> int:
    from playwright.async_api import async_playwright

    server = Server("app.py", options=args.st_option)
    outside: list[str] = []
    rows, failures = [], []
    try:
        health = server.wait_healthy()
        url = f"{server.url}?op={args.op}"
        print(f"server up (health) {health:.2f} s after launch; RSS {server.rss_mb():.0f} MB; log {server.log}")
        async with async_playwright() as pw:
            browser = await launch_browser(pw)
            cold = await run_session(browser, url, 0, args.timeout, outside)
            print(f"cold first load (warms the caches, not counted): time to map "
                  f"{cold.time_to_map if cold.time_to_map is not None else float('nan'):.2f} s; "
                  f"RSS {server.rss_mb():.0f} MB", flush=True)
            for n in args.sessions:
                stop = asyncio.Event()
                peak_task = asyncio.create_task(sampled_peak(server.rss_mb, stop))
                cpu = CpuMeter(server.proc.pid)
                cpu.start()
                load0 = Path("/proc/loadavg").read_text().split()[0]
                t0 = time.perf_counter()
                results = await asyncio.gather(*(run_session(browser, url, args.reruns, args.timeout, outside,
                                                             args.verbose)
                                                 for _ in range(n)))
                wall = time.perf_counter() - t0
                used = cpu.stop()
                stop.set()
                peak = await peak_task
                await asyncio.sleep(2)
                after = server.rss_mb()
                ttm = [r.time_to_map for r in results if r.time_to_map is not None]
                rr = [s for r in results for _, s, _ in r.reruns]
                srv = [s for r in results for s in r.server_times]
                steps = [s for r in results for k, s, _ in r.reruns if k == "step"]
                metrics = [s for r in results for k, s, _ in r.reruns if k == "metric"]
                exc = sum(r.exceptions for r in results)
                perr = sum(len(r.page_errors) for r in results)
                tout = sum(r.timeouts for r in results)
                lost = sum(r.disconnected for r in results)
                failed = sum(r.failure is not None for r in results)
                failures += [f"N={n}: {r.failure}" for r in results if r.failure]
                missed = sum(r.missed_signals for r in results)
                if missed:
                    failures.append(f"N={n}: {missed} run(s) finished on the server (script_finished received) "
                                    "but never shown by the page's script-state attribute; timed by the network stack")
                failures += [f"N={n}: page error: {e[:200]}" for r in results for e in r.page_errors]
                rows.append([n, len(ttm), pct(ttm, 50), pct(ttm, 95), len(rr), pct(rr, 50), pct(rr, 95),
                             pct(steps, 50), pct(metrics, 50), pct(srv, 50), pct(srv, 95),
                             f"{exc}/{perr}/{tout}/{lost}/{failed}", sum(r.retries for r in results),
                             f"{peak:.0f}", f"{after:.0f}", f"{wall:.0f}",
                             f"{used['server']:.0f}/{used['browser']:.0f}({used['gpu']:.0f})/{used['others']:.0f}",
                             load0])
                print(table(rows[-1:], HEADER), flush=True)
            await browser.close()
    finally:
        server.stop()
    print()
    print(f"map page {args.op}, {args.reruns} reruns per session (step, step, metric, ...); times in seconds")
    print(table(rows, HEADER))
    print(LEGEND)
    print(f"requests leaving localhost: {len(outside)}" + ("" if not outside else ": " + ", ".join(outside[:10])))
    for f in failures[:20]:
        print("  " + f)
    return 0 if not outside else 1


LEGEND = """\
map: navigation start to map drawn; rerun: key press or click to the end of the last script run, seen by
the page; ws: rerun request frame sent to script_finished frame received (network-stack timestamps: server
time without the page's rendering); errors = exceptions on page / JS page errors / timeouts / lost
connections / failed sessions; retries: actions pressed again (input lost); CPU s = CPU seconds used during
the row by the server, by our Chromium (in brackets its GPU process: WebGL in software), and by every other
process on the machine (it may be shared); load = 1-min load average at the row's start"""

HEADER = ["N", "maps", "map p50", "map p95", "reruns", "rerun p50", "rerun p95", "step p50", "metric p50",
          "ws p50", "ws p95", "errors", "retries", "RSS peak MB", "RSS after MB", "wall s",
          "CPU s srv/brw(gpu)/oth", "load"]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sessions", default="1,10,25", help="comma-separated numbers of concurrent sessions")
    ap.add_argument("--reruns", type=int, default=6, help="actions per session (step, step, metric, ...)")
    ap.add_argument("--op", default="vibora-2025")
    ap.add_argument("--timeout", type=float, default=180, help="seconds before a page load or rerun is a timeout")
    ap.add_argument("--st-option", action="append", default=[], metavar="KEY=VALUE",
                    help="extra streamlit option, e.g. server.enableWebsocketCompression=true (repeatable)")
    ap.add_argument("--verbose", action="store_true", help="print every action")
    args = ap.parse_args()
    args.sessions = [int(s) for s in args.sessions.split(",") if s.strip()]
    return asyncio.run(main_async(args))


if __name__ == "__main__":
    raise SystemExit(main())
