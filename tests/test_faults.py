"""The fault suite: hostile and broken files beside the shipped records.

Every page opens, lists each bad file with its message, and draws the good records; the CLI
exits 1 with one line per bad file and no traceback; nothing is read past the size limit or
outside the folder; memory stays bounded.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT, minimal
from streamlit.testing.v1 import AppTest

from opsatlas.catalogue.store import RecordStore
from opsatlas.settings import DEFAULT_RECORDS_DIR

SHIPPED = sorted(p.stem for p in DEFAULT_RECORDS_DIR.glob("*.yaml"))
AS_ROOT = os.geteuid() == 0


def _variant(op_id: str) -> str:
    """A shipped record under another id (a valid record to save with odd bytes)."""
    text = (DEFAULT_RECORDS_DIR / "vibora-2025.yaml").read_text(encoding="utf-8")
    return text.replace("id: vibora-2025", f"id: {op_id}", 1)


def build_faulty_folder(folder: Path, outside: Path) -> dict[str, str]:
    """Shipped records plus every hostile file; returns bad file name -> a word its message must hold."""
    for path in DEFAULT_RECORDS_DIR.glob("*.yaml"):
        shutil.copy(path, folder / path.name)
    bad: dict[str, str] = {}
    deep = "id: deep\nnotes:\n" + "".join("  " * (i + 1) + "notes:\n" for i in range(300))
    (folder / "deep.yaml").write_text(deep, encoding="utf-8")
    bad["deep.yaml"] = "nested"
    bomb = "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"{chr(98 + i)}: &{chr(98 + i)} [*{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}]\n"
        for i in range(9))
    (folder / "alias-bomb.yaml").write_text(bomb, encoding="utf-8")
    bad["alias-bomb.yaml"] = "aliases"
    os.symlink("/dev/zero", folder / "zero.yaml")
    bad["zero.yaml"] = "outside the records folder"
    os.symlink(folder / "loop-b.yaml", folder / "loop-a.yaml")
    os.symlink(folder / "loop-a.yaml", folder / "loop-b.yaml")
    bad["loop-a.yaml"] = "loop"
    bad["loop-b.yaml"] = "loop"
    secret = outside / "secret-place.yaml"
    secret.write_text(minimal("escape"), encoding="utf-8")
    os.symlink(secret, folder / "escape.yaml")
    bad["escape.yaml"] = "outside the records folder"
    if not AS_ROOT:  # root reads any file, whatever its mode
        (folder / "unreadable.yaml").write_text(minimal("unreadable"), encoding="utf-8")
        (folder / "unreadable.yaml").chmod(0)
        bad["unreadable.yaml"] = "permission denied"
    (folder / "latin1.yaml").write_bytes(minimal("latin1").replace("A test.", "Operación").encode("latin-1"))
    bad["latin1.yaml"] = "UTF-8"
    os.mkfifo(folder / "pipe.yaml")
    bad["pipe.yaml"] = "pipe"
    (folder / "folder.yaml").mkdir()
    bad["folder.yaml"] = "folder"
    (folder / "huge.yaml").write_bytes(b"notes: '" + b"x" * 3_000_000 + b"'\n")
    bad["huge.yaml"] = "larger than"
    (folder / "dup-op.yaml").write_text(minimal("dup-op"), encoding="utf-8")
    (folder / "dup-op.yml").write_text(minimal("dup-op"), encoding="utf-8")
    bad["dup-op.yaml"] = "also in dup-op.yml"
    bad["dup-op.yml"] = "also in dup-op.yaml"
    (folder / "binary-name.yaml").write_text(
        minimal("binary-name").replace("name: Test operation", "name: !!binary aGVsbG8="), encoding="utf-8")
    bad["binary-name.yaml"] = "tags"
    count_true = minimal("count-true") + (
        "claims:\n  - {id: c1, metric: arrests, count: true, source: s1, quote: 'Police arrested people.'}\n")
    (folder / "count-true.yaml").write_text(count_true, encoding="utf-8")
    bad["count-true.yaml"] = "count"
    # Valid records in odd but legal clothing: they must load.
    (folder / "bom-op.yaml").write_bytes(b"\xef\xbb\xbf" + _variant("bom-op").encode("utf-8"))
    (folder / "crlf-op.yml").write_bytes(_variant("crlf-op").replace("\n", "\r\n").encode("utf-8"))
    (folder / "upper-op.YAML").write_text(_variant("upper-op"), encoding="utf-8")
    return bad


GOOD_EXTRA = ["bom-op", "crlf-op", "upper-op"]


@pytest.fixture
def faulty(tmp_path, monkeypatch):
    folder = tmp_path / "records"
    folder.mkdir()
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    bad = build_faulty_folder(folder, outside)
    monkeypatch.setenv("OPSATLAS_DATA_DIR", str(folder))
    monkeypatch.setenv("OPSATLAS_CACHE_DIR", str(tmp_path / "cache"))
    yield folder, bad
    if not AS_ROOT:
        (folder / "unreadable.yaml").chmod(0o644)


def test_store_loads_the_good_and_names_every_bad_file(faulty):
    folder, bad = faulty
    cat = RecordStore(folder).load_all()
    assert sorted(cat.records) == sorted(SHIPPED + GOOD_EXTRA)
    by_file: dict[str, list[str]] = {}
    for p in cat.problems:
        by_file.setdefault(Path(p.file).name, []).append(str(p))
    assert sorted(by_file) == sorted(bad)
    for name, word in bad.items():
        assert any(word.lower() in line.lower() for line in by_file[name]), (name, by_file[name])
    everything = "\n".join(str(p) for p in cat.problems)
    assert "secret-place" not in everything and "/dev/zero" not in everything, "a refused link shows its target"


def test_second_load_reads_from_the_cache_and_agrees(faulty):
    folder, _ = faulty
    first = RecordStore(folder).load_all()
    from opsatlas.catalogue import store

    store._memo.clear()  # a new process: only the SQLite cache is left
    second = RecordStore(folder).load_all()
    assert second.records == first.records and second.problems == first.problems
    assert second.fingerprint == first.fingerprint


def test_cli_validate_one_line_per_bad_file_no_traceback(faulty):
    folder, bad = faulty
    proc = subprocess.run(check=False, args=[sys.executable, "-c",
                           "import resource, sys; from opsatlas.cli import main; code = main(sys.argv[1:]); "
                           "print('maxrss_kb', resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, file=sys.stderr); "
                           "sys.exit(code)", "validate", str(folder)],
                          cwd=ROOT, capture_output=True, text=True, timeout=300, env={**os.environ})
    assert proc.returncode == 1
    assert "Traceback" not in proc.stderr and "Traceback" not in proc.stdout
    lines = proc.stdout.strip().splitlines()
    named = {Path(line.split(":", 1)[0]).name for line in lines}
    assert named == set(bad), (named ^ set(bad), lines)
    assert len(lines) == len(bad), lines
    rss_mb = int(proc.stderr.split("maxrss_kb")[1].split()[0]) / 1024
    assert rss_mb < 500, f"validate used {rss_mb:.0f} MB"


@pytest.mark.parametrize("page", ["pages/map.py", "pages/overview.py", "pages/compare.py", "pages/data.py",
                                  "pages/quality.py", "pages/about.py"])
def test_every_page_opens_and_lists_the_bad_files(faulty, page):
    _, bad = faulty
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120).run()
    if page != "pages/map.py":
        at.switch_page(page).run()
    assert not at.exception, at.exception
    notice = " ".join(w.value for w in at.sidebar.warning)
    assert f"{len(bad)} record file(s) could not be loaded" in notice
    listed = "\n".join(c.value for c in at.sidebar.code)
    for name in bad:
        assert name in listed, name
    if page in ("pages/map.py",):
        assert at.title[0].value, "the default operation is drawn"
        assert at.get("deck_gl_json_chart"), "the map is drawn"
    if page in ("pages/compare.py", "pages/data.py"):
        assert set(at.multiselect(key="ops").value) >= set(SHIPPED)


def test_operations_that_share_a_name_keep_their_own_columns(tmp_path, monkeypatch):
    """Two records with one name, and an id twice in the link: Compare and Overview keep both apart."""
    for op_id in ("vibora-2025", "twin-op"):
        (tmp_path / f"{op_id}.yaml").write_text(_variant(op_id), encoding="utf-8")
    monkeypatch.setenv("OPSATLAS_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("OPSATLAS_CACHE_DIR", str(tmp_path / "cache"))
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120).run()
    at.query_params["ops"] = "vibora-2025,vibora-2025,twin-op"
    at.switch_page("pages/compare.py").run()
    assert not at.exception, at.exception
    columns = list(at.dataframe[0].value.columns)
    assert columns == ["Operation Víbora (vibora-2025)", "Operation Víbora (twin-op)"], columns
    at.switch_page("pages/overview.py").run()
    assert not at.exception, at.exception
    table = at.dataframe[0].value
    assert {"Operation Víbora (vibora-2025)", "Operation Víbora (twin-op)"} <= set(table.columns)


@pytest.mark.parametrize("query", [{"years": "²-³"}, {"years": "2017-²"}, {"years": "9999-1"},
                                   {"crimes": "x,x"}, {"bodies": "\u202e,"}])
def test_overview_odd_links_open_the_default_view(monkeypatch, query):
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120).run()
    for key, value in query.items():
        at.query_params[key] = value
    at.switch_page("pages/overview.py").run()
    assert not at.exception, at.exception
    assert at.title[0].value.startswith("Overview")


@pytest.mark.parametrize("damage", ["garbage", "folder-is-a-file", "read-only"])
def test_a_damaged_or_unwritable_record_cache_only_means_checking_again(tmp_path, monkeypatch, damage):
    from opsatlas.catalogue import store

    cache = tmp_path / "cache"
    if damage == "garbage":
        cache.mkdir()
        (cache / "records.sqlite").write_bytes(b"this is not a database" * 100)
    elif damage == "folder-is-a-file":
        cache.write_text("not a folder", encoding="utf-8")
    else:
        cache.mkdir()
        cache.chmod(0o500)
    monkeypatch.setenv("OPSATLAS_CACHE_DIR", str(cache))
    store._memo.clear()
    try:
        cat = RecordStore(DEFAULT_RECORDS_DIR).load_all()
        store._memo.clear()
        again = RecordStore(DEFAULT_RECORDS_DIR).load_all()
    finally:
        if damage == "read-only":
            cache.chmod(0o700)
    assert sorted(cat.records) == SHIPPED and cat.problems == ()
    assert again.records == cat.records
