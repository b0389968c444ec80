"""Shared plumbing for the browser measurement scripts (tools/loadtest.py, tools/browser_bench.py).

Not a test and not part of the app: it starts `streamlit run` on a free localhost port, launches
Debian's Chromium through Playwright (asyncio), and knows how to tell, from inside the page, when a
script run has finished and when the deck.gl map has been drawn.

Signals used (checked with Streamlit 1.67):
- `[data-testid=stApp]` carries `data-test-script-state`: "initial", "running", "notRunning"
  (the "Running..." status widget, `[data-testid=stStatusWidget]`, only appears after a delay, so a
  short run can be missed by looking for it). An init script records every change of that attribute
  with `performance.now()`, so a run is never missed however short it is.
- The map is drawn when the script is not running, every `[data-testid=stDeckGlJsonChart]` holds
  two canvases (MapLibre's, for the local background style, and deck.gl's overlay), and each deck's
  copy of the boundaries GeoJSON (its base layer's data, from /app/static/) has arrived.
"""

from __future__ import annotations

import asyncio
import os
import socket
import statistics
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from urllib.parse import urlparse

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = os.environ.get("OPSATLAS_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--no-first-run", "--enable-unsafe-swiftshader"]
VIEWPORT = {"width": 1400, "height": 1100}

# Records every change of the script-run state, from the first moment the page exists.
INIT_SCRIPT = """
(() => {
  window.__runs = [];
  let last = null;
  const rec = () => {
    const app = document.querySelector('[data-testid=stApp]');
    const s = app ? app.getAttribute('data-test-script-state') : null;
    if (s !== last) { last = s; window.__runs.push([performance.now(), s]); }
  };
  new MutationObserver(rec).observe(document, {subtree: true, childList: true, attributes: true,
                                               attributeFilter: ['data-test-script-state']});
})();
"""

# performance.now() (ms since navigation start) once the map is drawn and the script has finished; else false.
# `needs`: a resource every deck fetches for its layers (the app's base layer fetches the boundaries GeoJSON
# from /app/static/): the map is only drawn once each deck's copy has arrived (Resource Timing entry).
MAP_DRAWN_JS = """
(needs) => {
  const app = document.querySelector('[data-testid=stApp]');
  if (!app || app.getAttribute('data-test-script-state') !== 'notRunning') return false;
  const decks = [...document.querySelectorAll('[data-testid=stDeckGlJsonChart]')];
  if (!decks.length || !decks.every(d => d.querySelectorAll('canvas').length >= 2)) return false;
  // The world map fetches the boundaries; a close-up carries its few countries inline.
  if (needs && performance.getEntriesByType('resource').filter(r => r.name.includes(needs)).length < 1)
    return false;
  return performance.now();
}
"""

# performance.now() of the end of the last run once a run started after `since` and the page then
# stayed idle for `settle` ms (a run can trigger a follow-up run, e.g. a chart's selection event).
SETTLED_JS = """
([since, settle]) => {
  const runs = window.__runs || [];
  const after = runs.filter(r => r[0] >= since);
  if (!after.some(r => r[1] === 'running')) return false;
  const last = runs[runs.length - 1];
  if (last[1] !== 'notRunning' || performance.now() - last[0] < settle) return false;
  return {end: last[0], runs: after.filter(r => r[1] === 'running').length};
}
"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """`streamlit run SCRIPT` headless on a free localhost port, with timings of its start."""

    def __init__(self, script: str = "app.py", cwd: Path = ROOT, log: Path | None = None,
                 options: list[str] | None = None):
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}/"
        self.log = log or Path(os.environ.get("TMPDIR", "/tmp")) / f"opsatlas-measure-{self.port}.log"
        self._fh = open(self.log, "wb")
        self.launched = time.perf_counter()
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "streamlit", "run", script, "--server.port", str(self.port),
             "--server.address", "127.0.0.1", "--server.headless", "true",
             "--browser.gatherUsageStats", "false",
             *[arg for opt in options or [] for arg in ("--" + opt.split("=", 1)[0], opt.split("=", 1)[1])]],
            cwd=cwd, stdout=self._fh, stderr=subprocess.STDOUT)
        self.health_s: float | None = None

    def wait_healthy(self, timeout: float = 90) -> float:
        """Seconds from launch until /_stcore/health answers."""
        deadline = time.perf_counter() + timeout
        while time.perf_counter() < deadline:
            if self.proc.poll() is not None:
                break
            try:
                urllib.request.urlopen(self.url + "_stcore/health", timeout=2)
                self.health_s = time.perf_counter() - self.launched
                return self.health_s
            except OSError:
                time.sleep(0.05)
        self.stop()
        raise RuntimeError("streamlit did not start:\n" + self.log.read_text(errors="replace")[-3000:])

    def rss_mb(self) -> float:
        return rss_tree_mb(self.proc.pid)

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self._fh.close()


def _vmrss_kb(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def _children(pid: int) -> list[int]:
    kids = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            kids += [int(c) for c in (task / "children").read_text().split()]
        except OSError:
            pass
    return kids


def rss_tree_mb(pid: int) -> float:
    """Resident memory of a process and all its descendants, in MB (psutil if installed, else /proc)."""
    try:
        import psutil  # type: ignore[import-not-found]

        p = psutil.Process(pid)
        return sum(q.memory_info().rss for q in [p, *p.children(recursive=True)]) / 2**20
    except ImportError:
        pass
    total, todo = 0, [pid]
    while todo:
        p = todo.pop()
        total += _vmrss_kb(p)
        todo += _children(p)
    return total / 1024


def is_local(url: str) -> bool:
    if url.startswith(("data:", "blob:", "about:")):
        return True
    return urlparse(url).hostname in ("127.0.0.1", "localhost", "::1")


async def launch_browser(playwright):  # type: ignore[no-untyped-def]
    if not Path(CHROMIUM).exists():
        raise SystemExit(f"{CHROMIUM} is missing: apt-get install -y chromium")
    return await playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)


async def new_context(browser, outside: list[str], timeout_s: float = 180):  # type: ignore[no-untyped-def]
    """A fresh browser context (own cookies, cache and session) that blocks and logs every request
    leaving localhost, with the run-state recorder installed."""
    ctx = await browser.new_context(viewport=VIEWPORT)
    ctx.set_default_timeout(timeout_s * 1000)  # Playwright's 30 s is too short for a saturated renderer
    await ctx.add_init_script(INIT_SCRIPT)

    async def block(route):  # type: ignore[no-untyped-def]
        outside.append(route.request.url)
        await route.abort()

    await ctx.route(lambda url: not is_local(url), block)
    return ctx


async def wait_map_drawn(page, timeout_s: float = 120,  # type: ignore[no-untyped-def]
                         needs: str | None = "countries-110m.geojson") -> float:
    """Seconds from the page's navigation start until the map is drawn and the script run is over
    (and `needs` has arrived, for the world map; None for a page whose decks fetch nothing)."""
    handle = await page.wait_for_function(MAP_DRAWN_JS, arg=needs, timeout=timeout_s * 1000, polling=100)
    # two animation frames: deck.gl draws on the frame after its data arrives
    await page.evaluate("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))")
    return float(await handle.json_value()) / 1000


async def now_ms(page) -> float:  # type: ignore[no-untyped-def]
    return float(await page.evaluate("performance.now()"))


async def wait_settled(page, since_ms: float, timeout_s: float = 120,  # type: ignore[no-untyped-def]
                       settle_ms: int = 600) -> tuple[float, int]:
    """(seconds from `since_ms` to the end of the last script run, number of runs) once a run that
    started after `since_ms` has finished and no other run followed within `settle_ms`."""
    handle = await page.wait_for_function(SETTLED_JS, arg=[since_ms, settle_ms], timeout=timeout_s * 1000,
                                          polling=100)
    res = await handle.json_value()
    return (res["end"] - since_ms) / 1000, int(res["runs"])


async def exceptions_on_page(page) -> int:  # type: ignore[no-untyped-def]
    return int(await page.locator("[data-testid=stException]").count())


def pct(values: list[float], q: float) -> float:
    """Percentile by linear interpolation (q in 0..100); NaN for no values."""
    if not values:
        return float("nan")
    if len(values) == 1:
        return values[0]
    return statistics.quantiles(values, n=100, method="inclusive")[int(q) - 1] if 0 < q < 100 else (
        min(values) if q <= 0 else max(values))


def table(rows: list[list[object]], header: list[str]) -> str:
    cells = [[str(c) for c in header]] + [[f"{c:.2f}" if isinstance(c, float) else str(c) for c in r] for r in rows]
    widths = [max(len(r[i]) for r in cells) for i in range(len(header))]
    line = lambda r: "  ".join(c.rjust(w) for c, w in zip(r, widths))
    return "\n".join([line(cells[0]), "  ".join("-" * w for w in widths), *map(line, cells[1:])])


async def sampled_peak(fn, stop: asyncio.Event, every: float = 0.5) -> float:  # type: ignore[no-untyped-def]
    """The largest value of fn() sampled every `every` seconds until `stop` is set."""
    peak = 0.0
    while not stop.is_set():
        peak = max(peak, fn())
        try:
            await asyncio.wait_for(stop.wait(), every)
        except TimeoutError:
            pass
    return max(peak, fn())


# --- CPU accounting: who used the 2 cores while we measured --------------------------------------

_TICK = os.sysconf("SC_CLK_TCK")


def _descendants(pid: int) -> list[int]:
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        out.append(p)
        todo += _children(p)
    return out


def cpu_seconds(pids: list[int]) -> float:
    """User + system CPU seconds used so far by these processes (not their reaped children)."""
    total = 0
    for p in pids:
        try:
            fields = Path(f"/proc/{p}/stat").read_text().rsplit(")", 1)[1].split()
            total += int(fields[11]) + int(fields[12])
        except (OSError, IndexError, ValueError):
            pass
    return total / _TICK


def machine_busy_seconds() -> float:
    """CPU seconds the whole machine has spent not idle since boot (all cores)."""
    parts = [int(x) for x in Path("/proc/stat").read_text().splitlines()[0].split()[1:]]
    idle = parts[3] + (parts[4] if len(parts) > 4 else 0)
    return (sum(parts[:8]) - idle) / _TICK


class CpuMeter:
    """CPU seconds used between start() and stop() by the server tree, by our browser (everything
    this Python process started except the server), and by everything else on the machine.

    Processes are sampled every half second and remembered, so the CPU of a Chromium renderer that
    exits when its context closes still counts (up to its last sample)."""

    def __init__(self, server_pid: int, every: float = 0.5):
        self.server_pid = server_pid
        self.every = every
        self._seen: dict[int, tuple[str, float]] = {}
        self._base: dict[int, float] = {}

    def _poll(self) -> None:
        srv = set(_descendants(self.server_pid))
        for p in srv | set(_descendants(os.getpid())):
            kind = "server" if p in srv else ("gpu" if b"--type=gpu-process" in _cmdline(p) else "browser")
            cpu = cpu_seconds([p])
            if cpu or p not in self._seen:
                self._seen[p] = (kind, cpu)

    async def _loop(self) -> None:
        while True:
            await asyncio.sleep(self.every)
            self._poll()

    def start(self) -> None:
        self._t0 = time.perf_counter()
        self._seen.clear()
        self._poll()
        self._base = {p: cpu for p, (_, cpu) in self._seen.items()}
        self._busy0 = machine_busy_seconds()
        try:
            self._task: asyncio.Task | None = asyncio.get_running_loop().create_task(self._loop())
        except RuntimeError:
            self._task = None

    def stop(self) -> dict[str, float]:
        """CPU seconds: server, browser (all of our Chromium and Playwright), gpu (Chromium's GPU
        process: WebGL drawn in software by SwiftShader, included in browser), others."""
        if self._task is not None:
            self._task.cancel()
        self._poll()
        used = {"server": 0.0, "browser": 0.0, "gpu": 0.0}
        for p, (kind, cpu) in self._seen.items():
            used[kind] += max(0.0, cpu - self._base.get(p, 0.0))
        used["browser"] += used["gpu"]
        busy = machine_busy_seconds() - self._busy0
        return {"wall": time.perf_counter() - self._t0, **used,
                "others": max(0.0, busy - used["server"] - used["browser"])}


def _cmdline(pid: int) -> bytes:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return b""


# --- WebSocket frames through the DevTools protocol -----------------------------------------------

def describe_forward_msg(payload: bytes) -> tuple[str, str]:
    """(kind, detail) of a Streamlit ForwardMsg: e.g. ('delta', 'deck_gl_json_chart'),
    ('script_finished', ''), ('ref_hash', '') for a message the browser already has cached."""
    from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

    msg = ForwardMsg()
    try:
        msg.ParseFromString(payload)
    except Exception:  # noqa: BLE001
        return "undecodable", ""
    kind = msg.WhichOneof("type") or "?"
    if kind == "delta":
        d = msg.delta
        dk = d.WhichOneof("type") or "?"
        if dk == "new_element":
            el = d.new_element
            et = el.WhichOneof("type") or "?"
            detail = et
            if et == "deck_gl_json_chart":
                detail += f" id={el.deck_gl_json_chart.id[:24]}"
            elif et == "vega_lite_chart":
                detail += ""
            elif et == "markdown":
                detail += ": " + el.markdown.body[:40].replace("\n", " ")
            return "delta", detail
        return "delta", dk
    if kind == "script_finished":
        return kind, str(msg.script_finished)
    return kind, ""


def back_msg_kind(payload: bytes) -> str:
    """The type of a Streamlit BackMsg frame ('rerun_script', ...), or 'other'."""
    try:
        from streamlit.proto.BackMsg_pb2 import BackMsg

        msg = BackMsg()
        msg.ParseFromString(payload)
        return msg.WhichOneof("type") or "other"
    except Exception:  # noqa: BLE001 - a frame we cannot read is just not a rerun request
        return "other"


class WsRecorder:
    """Every WebSocket frame a page sends and receives, with the browser network stack's timestamps
    (seconds; taken off the page's main thread, so a busy renderer does not delay them)."""

    def __init__(self) -> None:
        self.sent: list[tuple[float, int]] = []
        self.sent_kinds: list[str] = []  # BackMsg type of each frame sent, e.g. 'rerun_script'
        self.received: list[tuple[float, int, bytes]] = []

    async def attach(self, page) -> WsRecorder:  # type: ignore[no-untyped-def]
        import base64

        cdp = await page.context.new_cdp_session(page)

        def data(ev: dict) -> bytes:  # type: ignore[type-arg]
            r = ev["response"]
            return base64.b64decode(r["payloadData"]) if r.get("opcode") == 2 else r["payloadData"].encode()

        def sent(ev: dict) -> None:  # type: ignore[type-arg]
            payload = data(ev)
            self.sent.append((ev["timestamp"], len(payload)))
            self.sent_kinds.append(back_msg_kind(payload))

        cdp.on("Network.webSocketFrameSent", sent)
        cdp.on("Network.webSocketFrameReceived",
               lambda ev: self.received.append((ev["timestamp"], len(data(ev)), data(ev))))
        await cdp.send("Network.enable")
        self.cdp = cdp
        return self

    def mark(self) -> tuple[int, int]:
        return len(self.sent), len(self.received)

    def since(self, mark: tuple[int, int]) -> tuple[list[tuple[float, int]], list[tuple[float, int, bytes]]]:
        return self.sent[mark[0]:], self.received[mark[1]:]

    def reruns_requested(self, mark: tuple[int, int]) -> int:
        """Rerun requests the page has sent since `mark` (other frames, such as heartbeats, do not count:
        counting any frame once hid a lost click, which then waited forever for its run)."""
        return sum(1 for k in self.sent_kinds[mark[0]:] if k == "rerun_script")

    def finished_since(self, mark: tuple[int, int]) -> int:
        return sum(1 for _, _, p in self.received[mark[1]:] if describe_forward_msg(p)[0] == "script_finished")

    def server_time(self, mark: tuple[int, int]) -> float | None:
        """Seconds from the first frame sent after `mark` (the rerun request) to the last
        script_finished frame received after it: server time plus the loopback, without the page's
        rendering."""
        sent, received = self.since(mark)
        if not sent:
            return None
        t0 = sent[0][0]
        ends = [t for t, _, p in received if t >= t0 and describe_forward_msg(p)[0] == "script_finished"]
        return (max(ends) - t0) if ends else None
