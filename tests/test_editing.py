"""Saving, history, restore and import (opsatlas.editing), always on copies in temp folders."""

from __future__ import annotations

import errno
import json
import os
import shutil
import signal
import subprocess
import sys
import textwrap

import pytest
from conftest import ROOT, VIBORA

from opsatlas import editing
from opsatlas.editing import atomic, history, roundtrip
from opsatlas.editing.auth import Identity
from opsatlas.exports import export_bytes
from opsatlas.catalogue.store import RecordStore

EDITOR = Identity(signed_in=True, email="ana@example.org", name="Ana Ruiz", email_verified=True)
OTHER = Identity(signed_in=True, email="ben@example.org", name="Ben Ode", email_verified=True)


@pytest.fixture
def folder(tmp_path, monkeypatch):
    data = tmp_path / "operations"
    data.mkdir()
    shutil.copy(VIBORA, data / VIBORA.name)
    monkeypatch.setenv("OPSATLAS_DATA_DIR", str(data))
    monkeypatch.setenv("OPSATLAS_HISTORY_URL", f"sqlite:///{tmp_path / 'history.sqlite'}")
    monkeypatch.setenv("OPSATLAS_EDITORS", "ana@example.org, BEN@example.org")
    monkeypatch.delenv("OPSATLAS_LOCAL_EDITOR", raising=False)
    monkeypatch.delenv("OPSATLAS_EDIT_GIT", raising=False)
    return data


@pytest.fixture
def postgres_history(folder, monkeypatch):
    """The edit history in a fresh database on the PostgreSQL server that OPSATLAS_TEST_POSTGRES_URL
    names (dropped afterwards); skipped when it is not set, as in CI, which has no PostgreSQL.
    E.g. OPSATLAS_TEST_POSTGRES_URL=postgresql+psycopg://postgres@127.0.0.1:5433/postgres, with
    `pip install "psycopg[binary]"`; the user needs CREATEDB."""
    import uuid

    url = os.environ.get("OPSATLAS_TEST_POSTGRES_URL")
    if not url:
        pytest.skip("no PostgreSQL server: set OPSATLAS_TEST_POSTGRES_URL to run the history tests against one")
    pytest.importorskip("psycopg", reason="the PostgreSQL driver is missing: pip install 'psycopg[binary]'")
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    name = f"opsatlas_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    test_url = make_url(url).set(database=name).render_as_string(hide_password=False)
    monkeypatch.setenv("OPSATLAS_HISTORY_URL", test_url)
    try:
        yield test_url
    finally:
        engine = history._engines.pop(test_url, None)
        if engine is not None:
            engine.dispose()
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


#: The history's database: SQLite always; PostgreSQL when a server is given (see `postgres_history`).
BACKENDS = pytest.mark.parametrize("backend", ["sqlite", "postgresql"])


def _use(backend: str, request) -> None:
    if backend == "postgresql":
        request.getfixturevalue("postgres_history")
    assert history.engine().dialect.name == backend


def _changed_lines(diff: str) -> list[str]:
    return [ln for ln in diff.splitlines() if ln[:1] in "+-" and not ln.startswith(("+++", "---"))]


def _with_count(text: str, claim_id: str, count: int) -> str:
    data = roundtrip.plain(text)
    next(c for c in data["claims"] if c["id"] == claim_id)["count"] = count
    return roundtrip.render(text, data)


_EDITABLE: dict[str, tuple[str, int]] = {}


def _first_counted_claim(text: str) -> tuple[str, int]:
    """A claim whose count can go up by 1, 2 or 3 and still validate (no other source gives that figure)."""
    if text not in _EDITABLE:
        for claim in roundtrip.plain(text)["claims"]:
            if isinstance(claim.get("count"), int) and claim.get("qualifier", "exact") == "exact" and all(
                    editing.check("vibora-2025", _with_count(text, claim["id"], claim["count"] + n)).ok
                    for n in (1, 2, 3)):
                _EDITABLE[text] = (claim["id"], claim["count"])
                break
    return _EDITABLE[text]


def test_every_shipped_record_renders_back_byte_identical():
    for path in sorted((ROOT / "data" / "operations").glob("*.yaml")):
        text = path.read_text(encoding="utf-8")
        assert roundtrip.render(text, roundtrip.plain(text)) == text, path.name


def test_unchanged_save_is_a_no_op(folder):
    opened = editing.open_record("vibora-2025")
    before = (folder / "vibora-2025.yaml").stat()
    saved = editing.save(EDITOR, "vibora-2025", opened.text, opened.base_hash)
    assert saved.changed is False and saved.diff == "" and saved.entry is None
    after = (folder / "vibora-2025.yaml").stat()
    assert (after.st_mtime_ns, after.st_ino) == (before.st_mtime_ns, before.st_ino)
    assert history.entries("vibora-2025") == []


def test_one_figure_change_is_a_one_line_diff_and_comments_survive(folder):
    opened = editing.open_record("vibora-2025")
    claim_id, count = _first_counted_claim(opened.text)
    new = _with_count(opened.text, claim_id, count + 1)
    saved = editing.save(EDITOR, "vibora-2025", new, opened.base_hash)
    assert saved.changed
    assert _changed_lines(saved.diff) == [f"-    count: {count}", f"+    count: {count + 1}"]
    written = (folder / "vibora-2025.yaml").read_text(encoding="utf-8")
    comments = [ln.strip() for ln in opened.text.splitlines() if ln.lstrip().startswith("#")]
    assert comments and all(c in written for c in comments)
    assert RecordStore(folder).get("vibora-2025") is not None
    # a wrapped plain string elsewhere in a hand-written file is left as written
    assert written.splitlines()[:4] == opened.text.splitlines()[:4]


def test_invalid_record_is_never_written(folder):
    opened = editing.open_record("vibora-2025")
    claim_id, _count = _first_counted_claim(opened.text)
    bad = _with_count(opened.text, claim_id, -3)
    with pytest.raises(editing.Invalid) as err:
        editing.save(EDITOR, "vibora-2025", bad, opened.base_hash)
    [problem] = err.value.problems
    assert problem.file.endswith("vibora-2025.yaml") and problem.path.endswith(".count")
    assert bad.splitlines()[problem.line - 1].strip() == "count: -3"
    assert (folder / "vibora-2025.yaml").read_text(encoding="utf-8") == opened.text


def test_second_editor_is_refused_with_both_versions(folder):
    first = editing.open_record("vibora-2025")
    second = editing.open_record("vibora-2025")
    claim_id, count = _first_counted_claim(first.text)
    ana = _with_count(first.text, claim_id, count + 1)
    ben = _with_count(second.text, claim_id, count + 5)
    editing.save(EDITOR, "vibora-2025", ana, first.base_hash)
    with pytest.raises(editing.Conflict) as err:
        editing.save(OTHER, "vibora-2025", ben, second.base_hash)
    assert err.value.current_text == ana and err.value.proposed_text == ben
    assert (folder / "vibora-2025.yaml").read_text(encoding="utf-8") == ana
    # Ben's change applied to the current version goes through
    saved = editing.save(OTHER, "vibora-2025", _with_count(ana, claim_id, count + 5), err.value.current_hash)
    assert saved.changed


@BACKENDS
def test_racing_processes_lose_no_update(folder, tmp_path, backend, request):
    """Four processes each try 8 read-change-save rounds; every accepted save was based on the version before it."""
    _use(backend, request)
    script = textwrap.dedent("""
        import sys
        from opsatlas import editing
        from opsatlas.editing import roundtrip
        from opsatlas.editing.auth import Identity
        who = Identity(signed_in=True, email=sys.argv[1], name=sys.argv[1], email_verified=True)
        ok = 0
        for n in range(8):
            opened = editing.open_record("vibora-2025")
            data = roundtrip.plain(opened.text)
            data["notes"] = list(data.get("notes") or []) + [f"{sys.argv[1]} {n}"]
            try:
                editing.save(who, "vibora-2025", roundtrip.render(opened.text, data), opened.base_hash)
                ok += 1
            except editing.Conflict:
                pass
        print(ok)
    """)
    procs = [subprocess.Popen([sys.executable, "-c", script, who], cwd=ROOT, stdout=subprocess.PIPE, text=True,
                              env={**os.environ, "PYTHONPATH": os.pathsep.join(
                                  [str(ROOT), *filter(None, [os.environ.get("PYTHONPATH")])])})
             for who in ("ana@example.org", "ben@example.org", "ana@example.org", "ben@example.org")]
    accepted = sum(int(p.communicate(timeout=300)[0].strip()) for p in procs)
    assert all(p.returncode == 0 for p in procs)
    entries = list(reversed(history.entries("vibora-2025")))
    saves = [e for e in entries if e.action == "save"]
    assert len(saves) == accepted >= 4
    for before, after in zip(entries, entries[1:]):
        assert after.base_hash == before.new_hash  # a chain: no save overwrote one it had not seen
    notes = roundtrip.plain((folder / "vibora-2025.yaml").read_text(encoding="utf-8"))["notes"]
    assert len([n for n in notes if n.startswith(("ana@", "ben@"))]) == accepted


KILL_SCRIPT = textwrap.dedent("""
    import sys
    from opsatlas import editing
    from opsatlas.editing.auth import Identity
    who = Identity(signed_in=True, email="ana@example.org", name="Ana Ruiz", email_verified=True)
    text = open(sys.argv[2], encoding="utf-8").read()
    def checkpoint(step):
        print(step, flush=True)
        if step == sys.argv[1]:
            sys.stdin.readline()  # held here until the test kills the process
    editing.save(who, "vibora-2025", text, sys.argv[3], checkpoint=checkpoint)
    print("done", flush=True)
""")


@pytest.mark.parametrize("step", [*atomic.STEPS, "logged"])
def test_a_killed_save_leaves_the_old_or_the_new_file(folder, tmp_path, step):
    path = folder / "vibora-2025.yaml"
    opened = editing.open_record("vibora-2025")
    claim_id, count = _first_counted_claim(opened.text)
    new = _with_count(opened.text, claim_id, count + 2)
    (tmp_path / "new.yaml").write_text(new, encoding="utf-8")
    proc = subprocess.Popen([sys.executable, "-c", KILL_SCRIPT, step, str(tmp_path / "new.yaml"), opened.base_hash],
                            cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
                            env={**os.environ, "PYTHONPATH": str(ROOT)})
    heard = []
    while True:
        line = proc.stdout.readline().strip()
        assert line, f"the save ended before {step}: heard {heard}"
        heard.append(line)
        if line == step:
            break
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL
    after = path.read_text(encoding="utf-8")
    expected_new = step in ("replaced", "folder-synced", "logged")
    assert after == (new if expected_new else opened.text)
    assert RecordStore(folder).get("vibora-2025").id == "vibora-2025"
    # the lock died with the process, and the next save logs what the killed one did not
    current = editing.open_record("vibora-2025")
    again = _with_count(current.text, claim_id, count + 3)
    editing.save(EDITOR, "vibora-2025", again, current.base_hash)
    log = list(reversed(history.entries("vibora-2025")))
    assert log[-1].action == "save" and log[-1].text == again
    assert any(e.text == opened.text for e in log), "the version before the killed save stays restorable"
    if expected_new:
        assert any(e.text == new for e in log), "the killed save's version is in the history"


@pytest.mark.parametrize("code, words", [(errno.EROFS, "read-only"), (errno.EACCES, "read-only"),
                                         (errno.ENOSPC, "full")])
def test_read_only_folder_or_full_disk_gives_a_clear_message(folder, monkeypatch, code, words):
    opened = editing.open_record("vibora-2025")
    claim_id, count = _first_counted_claim(opened.text)
    new = _with_count(opened.text, claim_id, count + 1)
    real_open, real_write = os.open, os.write

    def failing_open(path, flags, *args, **kwargs):
        if str(path).endswith(atomic.TEMP_SUFFIX) and code != errno.ENOSPC:
            raise OSError(code, os.strerror(code), str(path))
        return real_open(path, flags, *args, **kwargs)

    def failing_write(fd, data):
        if code == errno.ENOSPC and len(data) > 1000:
            raise OSError(code, os.strerror(code))
        return real_write(fd, data)

    monkeypatch.setattr(atomic.os, "open", failing_open)
    monkeypatch.setattr(atomic.os, "write", failing_write)
    with pytest.raises(editing.SaveFailed) as err:
        editing.save(EDITOR, "vibora-2025", new, opened.base_hash)
    message = str(err.value)
    assert words in message and "Nothing was changed" in message and str(folder) in message
    assert (folder / "vibora-2025.yaml").read_text(encoding="utf-8") == opened.text
    assert not [p for p in folder.iterdir() if p.name.endswith(atomic.TEMP_SUFFIX)]


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes to read-only folders")
def test_a_really_read_only_folder(folder):
    opened = editing.open_record("vibora-2025")
    claim_id, count = _first_counted_claim(opened.text)
    folder.chmod(0o555)
    try:
        with pytest.raises(editing.SaveFailed, match="read-only"):
            editing.save(EDITOR, "vibora-2025", _with_count(opened.text, claim_id, count + 1), opened.base_hash)
    finally:
        folder.chmod(0o755)


def test_only_listed_signed_in_editors_may_save(folder, monkeypatch):
    opened = editing.open_record("vibora-2025")
    claim_id, count = _first_counted_claim(opened.text)
    new = _with_count(opened.text, claim_id, count + 1)
    refused = [
        editing.READER,
        Identity(signed_in=True, email="eve@example.org", name="Eve", email_verified=True),
        Identity(signed_in=True, email="ana@example.org", name="Ana", email_verified=False),
        Identity(signed_in=False, email="ana@example.org", name="Ana"),
        Identity(signed_in=True, email="ana@example.org", name="Ana", via="local", server_address="127.0.0.1"),
    ]
    for who in refused:
        with pytest.raises(editing.NotAllowed):
            editing.save(who, "vibora-2025", new, opened.base_hash)
        with pytest.raises(editing.NotAllowed):
            editing.preview_upload(who, "x.yaml", new.encode())
    assert (folder / "vibora-2025.yaml").read_text(encoding="utf-8") == opened.text
    monkeypatch.setenv("OPSATLAS_LOCAL_EDITOR", "Ana Ruiz <ana@example.org>")
    for address in ("", "0.0.0.0", "192.0.2.1", "::"):
        with pytest.raises(editing.NotAllowed, match="localhost"):
            editing.save(editing.local_identity(address), "vibora-2025", new, opened.base_hash)
    saved = editing.save(editing.local_identity("127.0.0.1"), "vibora-2025", new, opened.base_hash)
    assert saved.changed and history.latest("vibora-2025").editor_name == "Ana Ruiz"


@BACKENDS
def test_history_records_who_and_restore_is_a_save(folder, backend, request):
    _use(backend, request)
    opened = editing.open_record("vibora-2025")
    claim_id, count = _first_counted_claim(opened.text)
    first = _with_count(opened.text, claim_id, count + 1)
    s1 = editing.save(EDITOR, "vibora-2025", first, opened.base_hash)
    s2 = editing.save(OTHER, "vibora-2025", _with_count(first, claim_id, count + 2), s1.new_hash)
    log = history.entries("vibora-2025")
    assert [(e.action, e.editor_email) for e in log] == [("save", "ben@example.org"), ("save", "ana@example.org"),
                                                          ("outside", "")]
    assert log[2].text == opened.text and log[0].diff == s2.diff
    restored = editing.restore(EDITOR, "vibora-2025", log[2].entry, s2.new_hash)
    assert (folder / "vibora-2025.yaml").read_text(encoding="utf-8") == opened.text
    assert history.latest("vibora-2025").action == "restore" and restored.entry == history.latest("vibora-2025").entry
    with pytest.raises(editing.NotAllowed):
        editing.restore(editing.READER, "vibora-2025", log[1].entry, restored.new_hash)


@BACKENDS
def test_history_is_append_only(folder, backend, request):
    """The database itself refuses to change or delete an entry (triggers), whatever connects to it."""
    _use(backend, request)
    opened = editing.open_record("vibora-2025")
    claim_id, count = _first_counted_claim(opened.text)
    editing.save(EDITOR, "vibora-2025", _with_count(opened.text, claim_id, count + 1), opened.base_hash)
    from sqlalchemy import delete, text, update
    from sqlalchemy.exc import SQLAlchemyError

    statements = [update(history.edits).values(editor_email="x"), delete(history.edits),
                  delete(history.edits).where(history.edits.c.action == "outside")]
    if backend == "postgresql":
        statements.append(text("TRUNCATE opsatlas_edits"))
    for statement in statements:
        with pytest.raises(SQLAlchemyError, match="append-only"), history.engine().begin() as conn:
            conn.execute(statement)
    log = history.entries("vibora-2025")
    assert len(log) == 2 and {e.editor_email for e in log} == {"", EDITOR.email}
    # A second process (a new engine) finds the guards in place and does not trip over them.
    for engine in history._engines.values():
        engine.dispose()
    history._engines.clear()
    assert len(history.entries("vibora-2025")) == 2


def test_a_save_is_committed_with_the_editor_as_author(folder, monkeypatch):
    git = shutil.which("git")
    if git is None:
        pytest.skip("git is not installed")
    def run(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run([git, "-C", str(folder), *args], check=True, capture_output=True, text=True)

    run("init", "-q")
    run("-c", "user.name=t", "-c", "user.email=t@example.org", "add", ".")
    run("-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-qm", "start")
    monkeypatch.setenv("OPSATLAS_EDIT_GIT", "on")
    opened = editing.open_record("vibora-2025")
    claim_id, count = _first_counted_claim(opened.text)
    saved = editing.save(EDITOR, "vibora-2025", _with_count(opened.text, claim_id, count + 1), opened.base_hash)
    assert saved.notes == []
    assert run("log", "-1", "--format=%an <%ae>|%s").stdout.strip() == \
        "Ana Ruiz <ana@example.org>|save vibora-2025 in Operations Atlas"
    assert run("status", "--porcelain").stdout.strip() == "?? .opsatlas-edit.lock"


def test_new_record_and_import_of_a_yaml_file(folder):
    from conftest import minimal

    preview = editing.preview_upload(EDITOR, "test-op.yaml", minimal("test-op").encode())
    assert preview.ok and preview.base_hash == "" and preview.diff.startswith("--- /dev/null")
    assert not (folder / "test-op.yaml").exists(), "a preview writes nothing"
    editing.save(EDITOR, preview.record_id, preview.text, preview.base_hash, action="import")
    assert RecordStore(folder).get("test-op").name == "Test operation"
    assert history.latest("test-op").action == "import"


def test_bad_yaml_upload_gets_file_line_messages_and_changes_nothing(folder):
    text = VIBORA.read_text(encoding="utf-8").replace("kind: wire", "kind: telegraph", 1)
    preview = editing.preview_upload(EDITOR, "colleague.yaml", text.encode())
    [problem] = preview.problems
    assert problem.file == "colleague.yaml" and "telegraph" not in problem.message
    assert text.splitlines()[problem.line - 1].strip() == "kind: telegraph"
    assert str(problem).startswith(f"colleague.yaml:{problem.line}: sources[0].kind: use one of")
    assert (folder / "vibora-2025.yaml").read_bytes() == VIBORA.read_bytes()
    for name, raw, words in (("big.yaml", b"#" * (3 * 1024 * 1024), "larger than"),
                             ("x.exe", b"MZ", "upload a .yaml"), ("x.yaml", b"\xff\xfe", "UTF-8"),
                             ("x.yaml", b"a: &x 1\nb: *x\n", "aliases")):
        [p] = editing.preview_upload(EDITOR, name, raw).problems
        assert words in p.message


def test_json_export_reimports_with_no_change(folder):
    record = RecordStore(folder).get("vibora-2025")
    raw = export_bytes([record], "json")
    preview = editing.preview_upload(EDITOR, "operations-atlas.json", raw)
    assert preview.ok and preview.diff == "" and preview.text == VIBORA.read_text(encoding="utf-8")
    doc = json.loads(raw)
    claim_id, _count = _first_counted_claim(VIBORA.read_text(encoding="utf-8"))
    claim = next(c for c in doc["operations"][0]["claims"] if c["id"] == claim_id)
    claim["count"] += 1
    preview = editing.preview_upload(EDITOR, "operations-atlas.json", json.dumps(doc).encode())
    assert len(_changed_lines(preview.diff)) == 2
    claim["count"] = "many"
    [problem] = editing.preview_upload(EDITOR, "operations-atlas.json", json.dumps(doc).encode()).problems
    assert problem.file == "operations-atlas.json" and problem.path.endswith(".count")


def _csv_text(rows: list[dict[str, str]], fields: list[str]) -> bytes:
    import csv
    import io

    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=fields, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return buf.getvalue().encode("utf-8")


def test_csv_of_claims_updates_a_claim(folder):
    import csv
    import io

    record = RecordStore(folder).get("vibora-2025")
    reader = csv.DictReader(io.StringIO(export_bytes([record], "csv").decode("utf-8-sig")))
    rows = list(reader)
    claim_id, count = _first_counted_claim(VIBORA.read_text(encoding="utf-8"))
    row = next(r for r in rows if r["claim_id"] == claim_id)
    row["count"] = str(count + 1)
    preview = editing.preview_upload(EDITOR, "claims.csv", _csv_text(rows, reader.fieldnames),
                                     target="vibora-2025")
    assert preview.ok, preview.problems
    assert _changed_lines(preview.diff) == [f"-    count: {count}", f"+    count: {count + 1}"]
    line = 2 + rows.index(row)
    row["count"] = "lots"
    [problem] = editing.preview_upload(EDITOR, "claims.csv", _csv_text(rows, reader.fieldnames),
                                       target="vibora-2025").problems
    assert (problem.file, problem.line, problem.path) == ("claims.csv", line, "count")
    row["count"] = "-4"
    [problem] = editing.preview_upload(EDITOR, "claims.csv", _csv_text(rows, reader.fieldnames),
                                       target="vibora-2025").problems
    assert problem.file == "claims.csv" and problem.line == line and problem.path.endswith(".count")
    [problem] = editing.preview_upload(EDITOR, "claims.csv", _csv_text(rows, reader.fieldnames),
                                       target="tantalio-2017").problems
    assert problem.path == "operation_id"
    assert (folder / "vibora-2025.yaml").read_bytes() == VIBORA.read_bytes()


@pytest.fixture
def small_disk(tmp_path, folder):
    """A 96 KB tmpfs holding the records folder (needs root and mount; skipped elsewhere)."""
    mnt = tmp_path / "disk"
    mnt.mkdir()
    if os.geteuid() != 0 or subprocess.run(["mount", "-t", "tmpfs", "-o", "size=96k", "tmpfs", str(mnt)],
                                           capture_output=True).returncode != 0:
        pytest.skip("cannot mount a small tmpfs here")
    try:
        shutil.copy(folder / "vibora-2025.yaml", mnt / "vibora-2025.yaml")
        yield mnt
    finally:
        subprocess.run(["umount", "-l", str(mnt)], check=False)


def test_a_really_full_disk_and_read_only_mount(small_disk):
    opened = editing.open_record("vibora-2025", small_disk)
    claim_id, count = _first_counted_claim(opened.text)
    new = _with_count(opened.text, claim_id, count + 1)
    filler = small_disk / ".filler"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT)
    try:
        while True:
            os.write(fd, b"\0" * 4096)
    except OSError as exc:
        assert exc.errno == errno.ENOSPC
    finally:
        os.close(fd)
    with pytest.raises(editing.SaveFailed, match="is full"):
        editing.save(EDITOR, "vibora-2025", new, opened.base_hash, folder=small_disk)
    assert (small_disk / "vibora-2025.yaml").read_text(encoding="utf-8") == opened.text
    filler.unlink()
    subprocess.run(["mount", "-o", "remount,ro", str(small_disk)], check=True)
    with pytest.raises(editing.SaveFailed, match="read-only"):
        editing.save(EDITOR, "vibora-2025", new, opened.base_hash, folder=small_disk)
    assert (small_disk / "vibora-2025.yaml").read_text(encoding="utf-8") == opened.text


def _every_reference_present() -> dict:
    """Víbora's data, plus a case's status elsewhere, so that every reference field occurs at least once."""
    data = roundtrip.plain(VIBORA.read_text(encoding="utf-8"))
    case = data["cases"][0]
    case["elsewhere"] = [{"legal_status": "charged", "place": case["place"], "evidence": case["evidence"][:1]}]
    return data


def _occurrences(node, parts: list[str]):
    """(container, key) for each place the path (`claims[].source`) occurs in the data."""
    head, rest = parts[0], parts[1:]
    key, many = head.removesuffix("[]"), head.endswith("[]")
    if not isinstance(node, dict) or key not in node:
        return
    if not rest:
        yield node, key
        return
    for child in (node[key] if many else [node[key]]):
        yield from _occurrences(child, rest)


def test_every_reference_field_is_a_chooser_and_checked_by_validation():
    """The schema marks each id field that names another item (`RefersTo`); the editor's choosers
    come from that mark, so each marked field must also be one validation checks: a missing id gets
    a problem at that field."""
    import copy

    from opsatlas.editing import fields
    from opsatlas.catalogue.validate import check_bytes

    marked = fields.reference_fields()
    paths = {p for p, _ in marked}
    # The fields the references check names in its messages (and the forms therefore choose from).
    assert {"claims[].source", "claims[].place", "claims[].replaces", "claims[].part_of", "places[].within",
            "disputes[].contested", "disputes[].phases", "disputes[].preferred", "links[].from", "links[].to",
            "cases[].place", "phases[].evidence[].source"} <= paths
    assert all(spec.kind == ("refs" if spec.name in ("contested", "phases") else "ref") for _, spec in marked)
    base = _every_reference_present()
    assert check_bytes(VIBORA, roundtrip.new_text(base).encode("utf-8")).ok
    for path, spec in marked:
        data = copy.deepcopy(base)
        where = next(iter(_occurrences(data, path.split("."))), None)
        if where is None:  # the field is optional and absent: set it on the first item that can have it
            parent = path.rsplit(".", 1)[0]
            where = next(((node, spec.key) for node, key in _occurrences(data, parent.split("."))
                          for node in (node[key] if parent.endswith("[]") else [node[key]])), None)
        assert where is not None, f"no item in the sample can hold {path}: extend _every_reference_present"
        node, key = where
        node[key] = ["no-such-id"] if spec.kind == "refs" else "no-such-id"
        if key == "preferred":
            node["contested"] = node.get("contested") or []
            node["preferred_reason"] = "a test"
        loaded = check_bytes(VIBORA, roundtrip.new_text(data).encode("utf-8"))
        found = [p for p in loaded.problems if "no-such-id" in p.message or key in p.message]
        assert found, f"{path}: a missing id is not reported ({[str(p) for p in loaded.problems][:3]})"
        assert all(p.path.split("[")[0] == path.split("[")[0] for p in found), (path, [str(p) for p in found])


def test_reference_options_list_the_records_ids_with_their_names():
    from opsatlas.editing import fields
    from opsatlas.records.schema import Claim

    data = roundtrip.plain(VIBORA.read_text(encoding="utf-8"))
    options = fields.reference_options(data)
    assert set(options) == {"sources", "places", "claims", "phases"}
    for section, known in options.items():
        assert list(known) == [item["id"] for item in data[section]]
    assert options["places"]["sevilla-province"].startswith("sevilla-province — Sevilla (province)")
    spec = next(s for s in fields.specs(Claim) if s.key == "place")
    assert (spec.kind, spec.refers, fields.from_form(spec, None), fields.to_form(spec, "esp")) == (
        "ref", "places", None, "esp")


def _folded_summary_edit(old: str, new: str) -> tuple[str, str, dict]:
    text = VIBORA.read_text(encoding="utf-8")
    data = roundtrip.plain(text)
    assert old in data["summary"]
    data["summary"] = data["summary"].replace(old, new)
    out = roundtrip.render(text, data)
    assert roundtrip.plain(out) == data, "the text holds exactly the edited data"
    return text, out, data


def _summary_lines(text: str) -> list[str]:
    lines = text.splitlines()
    start = lines.index("summary: >-")
    end = next(i for i in range(start + 1, len(lines)) if lines[i] and not lines[i].startswith("  "))
    return lines[start:end]


def test_a_changed_folded_string_stays_folded_with_its_line_breaks():
    # One word in a folded paragraph: the paragraph stays `>-`, one line changes.
    text, out, _ = _folded_summary_edit("found instant-messaging groups", "found messaging groups")
    assert _changed_lines(editing.unified_diff(text, out, "v.yaml")) == [
        next(f"-{ln}" for ln in text.splitlines() if "found instant-messaging groups" in ln),
        next(f"+{ln}" for ln in out.splitlines() if "found messaging groups" in ln)]
    # A longer line is refilled to the paragraph's width; lines the edit did not reach stay as written.
    before = _summary_lines(text)
    width = max(len(ln) for ln in before[1:])
    text, out, _ = _folded_summary_edit("Friday 6 June 2025.", "Friday 6 June 2025, from INTERPOL's "
                                        "General Secretariat in Lyon, with the Spanish police the same day.")
    after = _summary_lines(out)
    assert after[0] == "summary: >-" and after[1:4] == before[1:4]
    assert all(len(ln) <= width for ln in after[1:]) and len(after) == len(before) + 1
    # A new paragraph keeps the folding of the lines around it.
    text, out, _ = _folded_summary_edit("in late 2024. ", "in late 2024.\nA new paragraph. ")
    assert _summary_lines(out)[0] == "summary: >-" and "" in _summary_lines(out)


def test_a_folded_string_written_on_one_line_stays_on_one_line():
    from ruamel.yaml.scalarstring import FoldedScalarString

    one = roundtrip.load("note: >-\n  A short note.\n")["note"]
    assert isinstance(one, FoldedScalarString) and not getattr(one, "fold_pos", None)
    changed = roundtrip.refold(one, "A short note, changed " + "word " * 40)
    assert isinstance(changed, FoldedScalarString) and not getattr(changed, "fold_pos", None)


def test_a_changed_literal_string_stays_literal():
    text = "id: x\nnote: |\n  First line.\n  Second line.\n"
    data = roundtrip.plain(text)
    for value in ("First line.\nSecond line, changed.\n", "First line.\n  indented\nThird.", "One line now"):
        data["note"] = value
        out = roundtrip.render(text, data)
        assert out.splitlines()[1].startswith("note: |") and roundtrip.plain(out) == data, out
