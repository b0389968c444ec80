"""Benchmark in a real browser, on a quiet run: first page after the server starts, bytes on first
load, map drawing time against a bare one-layer pydeck page, bytes per replay step, and server
memory over 200 reruns.

    python tools/browser_bench.py [--op vibora-2025] [--repeats 3] [--reruns 200]

(a) Time from launching `streamlit run app.py` to /_stcore/health answering, and to the map page's
    first complete render in Chromium (Chromium is started before the server and not counted).
(b) WebSocket bytes received on that first load (each Streamlit ForwardMsg decoded: which element
    it carries) and HTTP bytes (encoded, as transferred), with the biggest items.
(c) Time for the map to be drawn on the map page against a bare Streamlit page with one
    ScatterplotLayer and the same map style (static/style.json served by Streamlit), both servers
    warm, fresh browser contexts, alternating; medians and their ratio.
(d) WebSocket bytes per rerun when the replay moves one step (right arrow on the slider).
(e) Server RSS after one page and every 50 reruns up to --reruns (replay steps, and a metric change
    every tenth rerun), to see whether memory stays flat.
Every request leaving localhost is blocked and counted (should be 0).

Times come from the page itself (performance.now() since navigation start) and from the browser's
network stack (DevTools protocol), see tools/measurekit.py. The machine may be shared: the CPU used
by other processes during the run is printed at the end.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import shutil
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from measurekit import (
    ROOT,
    CpuMeter,
    Server,
    WsRecorder,
    describe_forward_msg,
    launch_browser,
    new_context,
    now_ms,
    table,
    wait_map_drawn,
    wait_settled,
)

BARE_SCRIPT = '''\
import pydeck as pdk
import streamlit as st

st.set_page_config(page_title="Bare pydeck page", layout="wide")
points = [{"lon": -3.7, "lat": 40.4}, {"lon": 2.17, "lat": 41.39}, {"lon": -0.38, "lat": 39.47}]
layer = pdk.Layer("ScatterplotLayer", id="points", data=points, get_position=["lon", "lat"],
                  get_radius=60000, get_fill_color=[20, 20, 20, 255])
deck = pdk.Deck(layers=[layer], initial_view_state=pdk.ViewState(latitude=40, longitude=0, zoom=3),
                map_style="app/static/style.json", map_provider="carto")
st.pydeck_chart(deck, height=520)
'''


class HttpRecorder:
    """HTTP responses of a page through the DevTools protocol: url, type and encoded bytes."""

    def __init__(self) -> None:
        self.urls: dict[str, tuple[str, str]] = {}
        self.done: dict[str, tuple[float, int]] = {}

    async def attach(self, cdp) -> HttpRecorder:  # type: ignore[no-untyped-def]
        cdp.on("Network.responseReceived",
               lambda ev: self.urls.__setitem__(ev["requestId"], (ev["response"]["url"], ev["type"])))
        cdp.on("Network.loadingFinished",
               lambda ev: self.done.__setitem__(ev["requestId"], (ev["timestamp"], int(ev["encodedDataLength"]))))
        return self

    def items(self) -> list[tuple[str, str, int]]:
        return [(*self.urls[r], size) for r, (_, size) in self.done.items() if r in self.urls]


async def open_page(browser, url: str, outside: list[str]):  # type: ignore[no-untyped-def]
    ctx = await new_context(browser, outside)
    page = await ctx.new_page()
    ws = await WsRecorder().attach(page)
    http = await HttpRecorder().attach(ws.cdp)
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    return ctx, page, ws, http, errors


def kb(n: float) -> str:
    return f"{n / 1024:,.1f} KB"


def ws_breakdown(received: list[tuple[float, int, bytes]], top: int = 8) -> list[str]:
    by_kind: dict[str, list[int]] = defaultdict(list)
    described = []
    for _, size, payload in received:
        kind, detail = describe_forward_msg(payload)
        key = detail.split(" id=")[0].split(":")[0] if kind == "delta" else kind
        by_kind[key].append(size)
        described.append((size, kind, detail, payload))
    lines = [f"  {'message kind':28} {'count':>5} {'bytes':>12}"]
    for key, sizes in sorted(by_kind.items(), key=lambda kv: -sum(kv[1])):
        lines.append(f"  {key:28} {len(sizes):5} {kb(sum(sizes)):>12}")
    lines.append(f"  biggest {top} messages:")
    for size, kind, detail, _ in sorted(described, key=lambda d: -d[0])[:top]:
        lines.append(f"  {kb(size):>12}  {kind} {detail[:70]}")
    return lines


def deck_layers(received: list[tuple[float, int, bytes]]) -> list[str]:
    """Per-layer bytes of every pydeck chart sent: what makes a deck message big."""
    from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

    lines = []
    for _, size, payload in received:
        msg = ForwardMsg()
        msg.ParseFromString(payload)
        if msg.WhichOneof("type") != "delta" or msg.delta.WhichOneof("type") != "new_element":
            continue
        el = msg.delta.new_element
        if el.WhichOneof("type") != "deck_gl_json_chart":
            continue
        spec = json.loads(el.deck_gl_json_chart.json)
        compact = len(json.dumps(spec, separators=(",", ":")))
        parts = ", ".join(f"{ly.get('id')} {kb(len(json.dumps(ly)))}" for ly in spec.get("layers", []))
        lines.append(f"  deck message {kb(size)} (json {kb(len(el.deck_gl_json_chart.json))}, "
                     f"{kb(compact)} without indentation): {parts}")
    return lines


PHASES_JS = """() => {
  const runs = window.__runs || [];
  const nav = performance.getEntriesByType('navigation')[0];
  const res = performance.getEntriesByType('resource').filter(r => /DeckGlJsonChart|geojson/.test(r.name));
  return [nav.loadEventEnd / 1000,
          (runs.find(r => r[1] === 'running') || [NaN])[0] / 1000,
          Math.max(...runs.filter(r => r[1] === 'notRunning').map(r => r[0])) / 1000,
          Math.max(0, ...res.map(r => r.responseEnd)) / 1000];
}"""


async def step(page) -> None:  # type: ignore[no-untyped-def]
    thumb = page.locator("[data-testid=stSlider] input[type=range]").first
    value, top = await thumb.evaluate("e => [Number(e.value), Number(e.max)]")
    await thumb.focus()
    await page.keyboard.press("Home" if value >= top else "ArrowRight")


async def metric(page) -> None:  # type: ignore[no-untyped-def]
    radio = page.locator("[data-testid=stSidebar] [data-testid=stRadio]").first
    options = radio.locator("[data-testid=stRadioOption]")
    n = await options.count()
    checked = await radio.evaluate("r => [...r.querySelectorAll('input[type=radio]')].findIndex(i => i.checked)")
    await options.nth((checked + 1) % n).click()


async def act(page, ws: WsRecorder, action) -> tuple[float, int, tuple[int, int]]:  # type: ignore[no-untyped-def]
    """Do an action and wait for its runs to end; (seconds, runs, ws mark before the action).
    Repeats the action once if no rerun request has left the page after 10 s (a lost input)."""
    since, mark = await now_ms(page), ws.mark()
    await action(page)
    for _ in range(100):
        if ws.reruns_requested(mark):
            break
        await asyncio.sleep(0.1)
    else:
        await action(page)
    seconds, runs = await wait_settled(page, since)
    await asyncio.sleep(0.2)  # let the DevTools events of the last frames arrive
    return seconds, runs, mark


async def bench(args: argparse.Namespace) -> int:
    from playwright.async_api import async_playwright

    outside: list[str] = []
    out: list[str] = []

    def say(line: str = "") -> None:
        print(line, flush=True)
        out.append(line)

    tmp = Path(tempfile.mkdtemp(prefix="opsatlas-bare-"))
    (tmp / "bare.py").write_text(BARE_SCRIPT, encoding="utf-8")
    (tmp / ".streamlit").mkdir()
    shutil.copy(ROOT / ".streamlit" / "config.toml", tmp / ".streamlit" / "config.toml")
    (tmp / "static").symlink_to(ROOT / "static")

    async with async_playwright() as pw:
        browser = await launch_browser(pw)
        # a throwaway page so Chromium's own start-up work is done before the clock starts
        warm_ctx = await browser.new_context()
        await (await warm_ctx.new_page()).goto("about:blank")
        await warm_ctx.close()

        # (a) first page after the server starts; (b) bytes of that first load
        ctx, page, ws, http, errors = await open_page(browser, "", outside)
        server = Server("app.py", options=args.st_option)
        cpu = CpuMeter(server.proc.pid)
        cpu.start()
        bare = None
        try:
            health = server.wait_healthy()
            rss_started = server.rss_mb()
            url = f"{server.url}?op={args.op}"
            t_goto = time.perf_counter()
            await page.goto(url, timeout=180_000)
            drawn = await wait_map_drawn(page, 180)
            first_page = t_goto - server.launched + drawn
            runs = await page.evaluate("window.__runs")
            script_start = next((t for t, s in runs if s == "running"), float("nan")) / 1000
            script_end = max((t for t, s in runs if s == "notRunning"), default=float("nan")) / 1000
            await asyncio.sleep(1.0)
            nav = await page.evaluate("""() => { const n = performance.getEntriesByType('navigation')[0];
                return [n.domContentLoadedEventEnd / 1000, n.loadEventEnd / 1000]; }""")
            geo = await page.evaluate("""() => performance.getEntriesByType('resource')
                .filter(r => r.name.includes('geojson')).map(r => [r.name.split('/').pop(), r.startTime / 1000,
                r.responseEnd / 1000])""")
            rss_one = server.rss_mb()
            say(f"# Browser benchmark, map page ?op={args.op}, {time.strftime('%Y-%m-%d %H:%M')}")
            say()
            say("## (a) First page after the server starts (cold server, fresh browser context)")
            say(f"  streamlit run launched -> /_stcore/health up      {health:6.2f} s")
            say(f"  streamlit run launched -> map page fully drawn     {first_page:6.2f} s")
            say("  on the page (seconds from navigation start):")
            say(f"    DOMContentLoaded {nav[0]:.2f}, load event {nav[1]:.2f}")
            say(f"    first script run starts {script_start:.2f}, last run ends {script_end:.2f} "
                f"({sum(1 for _, s in runs if s == 'running')} run(s))")
            for name, start, end in geo:
                say(f"    {name} requested {start:.2f}, received {end:.2f}")
            say(f"    map drawn {drawn:.2f}")

            received = list(ws.received)
            say()
            say("## (b) Bytes on first load of the map page")
            say(f"  WebSocket received: {kb(sum(s for _, s, _ in received))} in {len(received)} messages; "
                f"sent: {kb(sum(s for _, s in ws.sent))} in {len(ws.sent)}")
            for line in ws_breakdown(received):
                say(line)
            for line in deck_layers(received):
                say(line)
            items = http.items()
            say(f"  HTTP (encoded, as transferred): {kb(sum(s for *_, s in items))} in {len(items)} responses; "
                "biggest:")
            for u, typ, size in sorted(items, key=lambda i: -i[2])[:8]:
                say(f"  {kb(size):>12}  {typ:10} {u.replace(server.url, '/')[:90]}")
            if errors:
                say(f"  page errors: {errors[:3]}")
            await ctx.close()

            # (c) map page against a bare one-layer pydeck page, both warm, alternating
            bare = Server("bare.py", cwd=tmp, options=args.st_option)
            bare.wait_healthy()
            times: dict[str, list[float]] = {"map page": [], "bare pydeck page": []}
            phases: dict[str, list[list[float]]] = {"map page": [], "bare pydeck page": []}
            bare_bytes = 0
            for i in range(args.repeats + 1):  # the first round warms the bare server; not counted
                for name, u in (("bare pydeck page", bare.url), ("map page", url)):
                    c, p, w, _, _ = await open_page(browser, "", outside)
                    await p.goto(u, timeout=180_000)
                    needs = None if name.startswith("bare") else "countries-110m.geojson"
                    t = await wait_map_drawn(p, 180, needs=needs)
                    if i > 0:
                        times[name].append(t)
                        phases[name].append(await p.evaluate(PHASES_JS))
                    if name == "bare pydeck page":
                        bare_bytes = sum(s for _, s, _ in w.received)
                    await c.close()
            m, b = statistics.median(times["map page"]), statistics.median(times["bare pydeck page"])
            say()
            say(f"## (c) Map drawn, warm servers, fresh contexts, median of {args.repeats} (navigation start -> drawn)")
            say(f"  map page          {m:6.2f} s   (runs: {', '.join(f'{t:.2f}' for t in times['map page'])})")
            say(f"  bare pydeck page  {b:6.2f} s   (runs: {', '.join(f'{t:.2f}' for t in times['bare pydeck page'])}); "
                f"WebSocket {kb(bare_bytes)}")
            say(f"  ratio map/bare    {m / b:6.2f}")
            say("  where the time goes (medians, seconds from navigation start):")
            for name, ph in phases.items():
                med = [statistics.median(x[k] for x in ph) for k in range(4)]
                say(f"  {name:17} JS loaded (load event) {med[0]:.2f}; script run {med[1]:.2f} -> {med[2]:.2f}; "
                    f"last DeckGlJsonChart/GeoJSON resource end {med[3]:.2f}; "
                    f"drawn {statistics.median(times[name]):.2f}")
            bare.stop()
            bare = None

            # (d) bytes per replay step
            ctx, page, ws, http, errors = await open_page(browser, "", outside)
            await page.goto(url, timeout=180_000)
            await wait_map_drawn(page, 180)
            slider = page.locator("[data-testid=stSlider] input[type=range]").first
            options = await slider.evaluate("e => Number(e.max)")
            rows = []
            detail: list[str] = []
            for i in range(options + 1):
                seconds, nruns, mark = await act(page, ws, step)
                sent, recv = ws.since(mark)
                kinds = [describe_forward_msg(p) for _, _, p in recv]
                biggest = max(recv, key=lambda r: r[1]) if recv else None
                label = page.url.split("step=")[-1].split("&")[0] if "step=" in page.url else "everything"
                rows.append([i + 1, label, nruns, seconds, ws.server_time(mark) or float("nan"), len(recv),
                             kb(sum(s for _, s, _ in recv)), sum(1 for k, _ in kinds if k == "ref_hash"),
                             kb(biggest[1]) + " " + describe_forward_msg(biggest[2])[1][:40] if biggest else ""])
                if i == 1:
                    detail = ws_breakdown(recv, top=5)
            say()
            say("## (d) One replay step (right arrow on the slider; the last goes back to 'everything')")
            say(table(rows, ["#", "to", "runs", "page s", "ws s", "messages", "received", "ref_hash",
                             "biggest message"]))
            say("  a typical step (#2), by message kind:")
            for line in detail:
                say(line)

            # (e) server memory over many reruns
            rss_rows = [[0, f"{server.rss_mb():.1f}"]]
            t0 = time.perf_counter()
            for i in range(1, args.reruns + 1):
                await act(page, ws, metric if i % 10 == 0 else step)
                if i % 50 == 0 or i == args.reruns:
                    rss_rows.append([i, f"{server.rss_mb():.1f}"])
                    print(f"  ... {i} reruns, {time.perf_counter() - t0:.0f} s", flush=True)
            say()
            say("## (e) Server RSS (streamlit process and children)")
            say(f"  after start (health up): {rss_started:.1f} MB; after the first page: {rss_one:.1f} MB")
            say(f"  one session, reruns = replay steps and a metric change every tenth; "
                f"{time.perf_counter() - t0:.0f} s for {args.reruns}")
            say(table(rss_rows, ["reruns", "RSS MB"]))
            if errors:
                say(f"  page errors: {errors[:3]}")
            await ctx.close()
        finally:
            used = cpu.stop()
            server.stop()
            if bare is not None:
                bare.stop()
            await browser.close()
            shutil.rmtree(tmp, ignore_errors=True)

    say()
    say(f"requests leaving localhost: {len(outside)}" + ("" if not outside else ": " + ", ".join(outside[:10])))
    say(f"CPU seconds during the run: server {used['server']:.0f}, our Chromium {used['browser']:.0f} "
        f"(of which its GPU process, WebGL in software, {used['gpu']:.0f}), "
        f"other processes on the machine {used['others']:.0f} (wall {used['wall']:.0f} s)")
    if args.out:
        Path(args.out).write_text("\n".join(out) + "\n", encoding="utf-8")
    return 0 if not outside else 1


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--op", default="vibora-2025")
    ap.add_argument("--repeats", type=int, default=3, help="page loads per page for (c)")
    ap.add_argument("--reruns", type=int, default=200, help="reruns for the memory check (e)")
    ap.add_argument("--st-option", action="append", default=[], metavar="KEY=VALUE",
                    help="extra streamlit option, e.g. server.enableWebsocketCompression=true (repeatable)")
    ap.add_argument("--out", help="also write the report to this file")
    return asyncio.run(bench(ap.parse_args()))


if __name__ == "__main__":
    raise SystemExit(main())
