"""Sign-in end to end: the app in headless Chromium against a real OpenID Connect provider on localhost.

The provider is `oidc-provider-mock` (Authlib and Flask: discovery, authorization codes, signed
ID tokens); Streamlit's own `st.login` talks to it exactly as it would to Google or Microsoft.
Records and history live in temp folders.
"""

from __future__ import annotations

import collections
import secrets
import shutil
import threading
import time

import pytest
from conftest import VIBORA
from test_browser import ARGS, CHROMIUM, _free_port, _start_server
from test_editing import _first_counted_claim

pytestmark = [pytest.mark.browser]

ANA = {"email": "ana@example.org", "name": "Ana Ruiz", "email_verified": True}
EVE = {"email": "eve@example.org", "name": "Eve Noone", "email_verified": True}


@pytest.fixture(scope="module")
def signin_app(tmp_path_factory):
    from oidc_provider_mock import User, run_server_in_thread

    tmp = tmp_path_factory.mktemp("signin")
    data = tmp / "operations"
    data.mkdir()
    shutil.copy(VIBORA, data / VIBORA.name)
    users = [User(sub=u["email"], claims=u) for u in (ANA, EVE)]
    with run_server_in_thread(user_claims=users) as provider:
        port = _free_port()
        secrets_file = tmp / "secrets.toml"
        secrets_file.write_text(
            "[auth]\n"
            f'redirect_uri = "http://localhost:{port}/oauth2callback"\n'
            f'cookie_secret = "{secrets.token_hex(32)}"\n'
            'client_id = "operations-atlas-test"\n'
            'client_secret = "not-a-secret"\n'
            f'server_metadata_url = "http://localhost:{provider.server_port}/.well-known/openid-configuration"\n',
            encoding="utf-8")
        env = {"OPSATLAS_DATA_DIR": str(data), "OPSATLAS_HISTORY_URL": f"sqlite:///{tmp / 'history.sqlite'}",
               "OPSATLAS_EDITORS": ANA["email"], "OPSATLAS_LOCAL_EDITOR": ""}
        proc, _url = _start_server(env, port=port, args=("--secrets.files", str(secrets_file)))
        # Read the server's output as it comes: a pipe nobody reads fills up (64 KiB) and then
        # blocks the server in the middle of a run. The last lines are kept for failure reports.
        log: collections.deque[str] = collections.deque(maxlen=400)
        reader = threading.Thread(target=lambda: log.extend(ln.decode(errors="replace") for ln in proc.stdout),
                                  daemon=True)
        reader.start()
        try:
            yield {"url": f"http://localhost:{port}/", "data": data, "env": env, "log": log, "tmp": tmp}
        finally:
            proc.terminate()
            proc.wait(timeout=10)


IDLE = "[data-testid=stApp][data-test-script-state=notRunning]"


class Runs:
    """The script runs the server has finished for a page, counted from Streamlit's own messages.

    Streamlit shows its "running" sign only after half a second, so its absence does not mean a
    run is over, and a fixed pause is too short on a busy machine. Each action waits for a new
    finished run (`script_finished` in the ForwardMsg frames the page's current WebSocket receives;
    frames of a page being left are ignored), then for the app to say it is not running
    (`data-test-script-state`)."""

    def __init__(self, page) -> None:
        from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

        self.page = page
        self.sockets = 0  # WebSockets opened so far: one per page load
        self.finished = 0  # runs finished on the newest one
        self._msg = ForwardMsg
        self._done = {ForwardMsg.FINISHED_SUCCESSFULLY, ForwardMsg.FINISHED_FRAGMENT_RUN_SUCCESSFULLY,
                      ForwardMsg.FINISHED_WITH_COMPILE_ERROR}
        page.on("websocket", self._opened)

    def _opened(self, ws) -> None:
        if "_stcore/stream" not in ws.url:
            return
        self.sockets += 1
        self.finished = 0
        number = self.sockets
        ws.on("framereceived", lambda payload: self._frame(number, payload))

    def _frame(self, number: int, payload) -> None:
        if number != self.sockets or not isinstance(payload, bytes):
            return
        msg = self._msg()
        try:
            msg.ParseFromString(payload)
        except Exception:  # noqa: BLE001 - not a ForwardMsg
            return
        if msg.WhichOneof("type") == "script_finished" and msg.script_finished in self._done:
            self.finished += 1

    def _wait(self, done, what: str, timeout_s: float) -> None:
        deadline = time.monotonic() + timeout_s
        while not done():
            if time.monotonic() > deadline:
                raise TimeoutError(f"{what} within {timeout_s:.0f} s")
            self.page.wait_for_timeout(50)  # lets Playwright deliver the frames
        self.page.wait_for_selector(IDLE, state="attached", timeout=int(timeout_s * 1000))

    def settle(self, before: int, timeout_s: float = 90) -> None:
        """Wait until a run finished after `before` runs, and the page shows its result."""
        self._wait(lambda: self.finished > before, "no script run finished", timeout_s)

    def act(self, action) -> None:
        """Do something that makes Streamlit rerun the script, and wait for the rerun's result."""
        before = self.finished
        action()
        self.settle(before)

    def goto(self, address: str, timeout_s: float = 90) -> None:
        """Load a page and wait for its first run's result."""
        sockets = self.sockets
        self.page.goto(address)
        self._wait(lambda: self.sockets > sockets and self.finished > 0, f"{address} did not finish a run",
                   timeout_s)


def _runs(page) -> Runs:
    if not hasattr(page, "_opsatlas_runs"):
        page._opsatlas_runs = Runs(page)
    return page._opsatlas_runs


def _goto(page, address: str) -> None:
    _runs(page).goto(address)


def _open_edit(page, url: str) -> None:
    _goto(page, url + "edit")
    page.wait_for_selector("h1", timeout=60_000)


def _sign_in(page, url: str, who: dict) -> None:
    _open_edit(page, url)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url("**/oauth2/authorize**", timeout=30_000)
    with page.expect_navigation(url=lambda u: u.startswith(url) and "oauth2callback" not in u, timeout=30_000):
        page.locator(f"button[name=sub][value='{who['email']}']").click()
    _open_edit(page, url)


def _wait_text(page, text: str, timeout: int = 45_000) -> None:
    page.wait_for_function("t => document.body.innerText.includes(t)", arg=text, timeout=timeout)


def _click(page, locator) -> None:
    """Click a button that reruns the script, and wait for the result."""
    _runs(page).act(locator.click)


def _choose(page, label: str, option: str, *, rerun: bool = True, nth: int = 0) -> None:
    """Pick `option` (the start of its shown text) in the select box labelled `label`."""
    import re

    box = page.locator("[data-testid=stSelectbox]").filter(
        has=page.locator("[data-testid=stWidgetLabel]", has_text=re.compile(rf"^\s*{re.escape(label)}\s*$"))).nth(nth)
    box.click()
    page.keyboard.type(option)
    choice = page.locator("[role=option]").filter(has_text=option).first
    choice.wait_for(state="visible", timeout=15_000)
    if rerun:
        _runs(page).act(choice.click)
    else:
        choice.click()
    from playwright.sync_api import expect

    expect(box.locator("input[role=combobox]")).to_have_value(re.compile("^" + re.escape(option)), timeout=15_000)


def _editing_controls(page) -> list[str]:
    labels = page.locator("button, textarea, input[type=text]").evaluate_all(
        "els => els.map(e => (e.innerText || e.getAttribute('aria-label') || e.name || e.type || '').trim())")
    return [t for t in labels if any(w in t for w in ("Save", "Apply", "Import", "Restore", "YAML", "count"))]


def _history_count(env: dict) -> int:
    from sqlalchemy import create_engine, func, select

    from opsatlas.editing.history import edits

    engine = create_engine(env["OPSATLAS_HISTORY_URL"])
    try:
        with engine.connect() as conn:
            return int(conn.execute(select(func.count()).select_from(edits)).scalar_one())
    except Exception:  # noqa: BLE001 - no table yet: nothing was ever saved
        return 0
    finally:
        engine.dispose()


def test_sign_in_roles_save_history_and_replay(signin_app):
    from playwright.sync_api import sync_playwright

    url, data, env = signin_app["url"], signin_app["data"], signin_app["env"]
    record = data / "vibora-2025.yaml"
    original = record.read_bytes()
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)

        # A reader: the map page and the edit page show no editing control; only a way to sign in.
        reader = browser.new_context(viewport={"width": 1400, "height": 1000}).new_page()
        _goto(reader, url)
        reader.wait_for_selector("canvas", timeout=60_000)
        assert _editing_controls(reader) == []
        _open_edit(reader, url)
        assert "need a signed-in editor" in reader.inner_text("body")
        assert _editing_controls(reader) == []
        assert reader.get_by_role("button", name="Sign in").count() == 1

        # Signed in, but not on the list of editors: refused, no controls.
        eve = browser.new_context(viewport={"width": 1400, "height": 1000}).new_page()
        _sign_in(eve, url, EVE)
        body = eve.inner_text("body")
        assert "eve@example.org is not on the list of editors" in body
        assert _editing_controls(eve) == []

        # An editor: change one figure, save, and see the history name them.
        ana_context = browser.new_context(viewport={"width": 1400, "height": 1100})
        ana = ana_context.new_page()
        sent: list[bytes] = []
        ana.on("websocket", lambda ws: ws.on("framesent", lambda payload: sent.append(payload)
                                             if isinstance(payload, bytes) else None))
        _sign_in(ana, url, ANA)
        assert "Editing as Ana Ruiz <ana@example.org>" in ana.inner_text("body")
        _click(ana, ana.get_by_text("claims", exact=True))
        claim_id, _count = _first_counted_claim(VIBORA.read_text(encoding="utf-8"))
        _choose(ana, "Item of claims", claim_id)
        count_box = ana.get_by_label("count", exact=True)
        old = count_box.input_value()
        assert old == str(_count), "the chosen claim's form is shown"
        count_box.fill(str(int(old) + 1))
        _click(ana, ana.get_by_role("button", name="Apply changes"))
        _wait_text(ana, f"+    count: {int(old) + 1}")
        assert "problem(s): the record cannot be saved" not in ana.inner_text("body")
        save = ana.get_by_role("button", name="Save", exact=True)
        save.wait_for(state="visible")
        ana.wait_for_function("() => [...document.querySelectorAll('button')].some("
                              "b => b.innerText.trim() === 'Save' && !b.disabled)", timeout=30_000)
        _click(ana, save)
        _wait_text(ana, "Saved vibora-2025")
        saved = record.read_bytes()
        assert saved != original and f"count: {int(old) + 1}".encode() in saved
        _click(ana, ana.get_by_text("history", exact=True))
        _wait_text(ana, "Show an entry")  # the history part is shown
        from sqlalchemy import create_engine, select

        from opsatlas.editing.history import edits

        engine = create_engine(env["OPSATLAS_HISTORY_URL"])
        with engine.connect() as conn:
            last = conn.execute(select(edits).order_by(edits.c.entry.desc()).limit(1)).one()
        engine.dispose()
        assert (last.action, last.editor_email, last.editor_name) == ("save", ANA["email"], ANA["name"])
        ana.screenshot(path=str(data.parent / "editor.png"), full_page=True)

        # Replaying Ana's widget messages from another, signed-out session changes nothing.
        entries = _history_count(env)
        assert entries >= 2 and len(sent) >= 4
        intruder = browser.new_context(viewport={"width": 1400, "height": 1000}).new_page()
        routes = []

        def hold(ws):
            routes.append(ws.connect_to_server())  # forwards both ways; we also send on the server side

        intruder.route_web_socket("**/_stcore/stream", hold)
        intruder.goto(url + "edit")  # its WebSocket is routed: the run counter does not see it
        intruder.wait_for_selector("h1", timeout=60_000)
        intruder.wait_for_selector(IDLE, state="attached", timeout=60_000)
        assert routes, "the page's WebSocket was not routed"
        for frame in sent:
            routes[0].send(frame)
            time.sleep(0.2)
        # Nothing may happen: give the server ample time to do it if it would, then look. (The replayed
        # "Sign in" click sends the intruder's page to the provider, so there is no app state to wait on.)
        intruder.wait_for_timeout(3000)
        assert record.read_bytes() == saved
        assert _history_count(env) == entries
        assert _editing_controls(intruder) == []
        browser.close()
