"""The append-only log of every save: who, when, which record, the hashes before and after, the
diff and the full new text (so any version can be restored).

SQLAlchemy Core over the connection URL of `settings.history_url()`: SQLite beside the records
folder by default, PostgreSQL when a newsroom points the setting at it. The database itself
refuses to change or delete a row (triggers), so the log stays append-only whatever connects.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import (
    Column,
    DateTime,
    Engine,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    create_engine,
    event,
    insert,
    select,
    text,
)
from sqlalchemy.exc import SQLAlchemyError

from .. import settings

metadata = MetaData()

edits = Table(
    "opsatlas_edits",
    metadata,
    Column("entry", Integer, primary_key=True, autoincrement=True),
    Column("at", DateTime(timezone=True), nullable=False),
    Column("record_id", String(80), nullable=False, index=True),
    #: save, restore, import, or outside (a change made outside the app, noticed at the next save)
    Column("action", String(20), nullable=False),
    Column("editor_email", String(320), nullable=False),
    Column("editor_name", String(300), nullable=False),
    Column("base_hash", String(64), nullable=False),  # "" for a new file
    Column("new_hash", String(64), nullable=False),
    Column("diff", Text, nullable=False),
    Column("text", Text, nullable=False),
    Column("note", Text, nullable=False, default=""),
)

_SQLITE_GUARDS = [
    ("CREATE TRIGGER IF NOT EXISTS opsatlas_edits_no_update BEFORE UPDATE ON opsatlas_edits "
     "BEGIN SELECT RAISE(ABORT, 'the edit history is append-only'); END"),
    ("CREATE TRIGGER IF NOT EXISTS opsatlas_edits_no_delete BEFORE DELETE ON opsatlas_edits "
     "BEGIN SELECT RAISE(ABORT, 'the edit history is append-only'); END"),
]
_POSTGRES_GUARDS = [
    ("CREATE OR REPLACE FUNCTION opsatlas_edits_append_only() RETURNS trigger AS $$ "
     "BEGIN RAISE EXCEPTION 'the edit history is append-only'; END; $$ LANGUAGE plpgsql"),
    "DROP TRIGGER IF EXISTS opsatlas_edits_append_only ON opsatlas_edits",
    ("CREATE TRIGGER opsatlas_edits_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON opsatlas_edits "
     "FOR EACH STATEMENT EXECUTE FUNCTION opsatlas_edits_append_only()"),
]


class HistoryError(Exception):
    """The history database could not be reached or written; the message says what to do."""


@dataclass(frozen=True)
class Entry:
    entry: int
    at: datetime
    record_id: str
    action: str
    editor_email: str
    editor_name: str
    base_hash: str
    new_hash: str
    diff: str
    text: str
    note: str

    @property
    def who(self) -> str:
        return f"{self.editor_name} <{self.editor_email}>" if self.editor_email else self.editor_name


_engines: dict[str, Engine] = {}
_lock = threading.Lock()


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cur = dbapi_connection.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA busy_timeout=10000")
    cur.execute("PRAGMA synchronous=FULL")
    cur.close()


def engine(url: str | None = None) -> Engine:
    """The engine for `url` (the setting by default), created once per process with its table."""
    url = url or settings.history_url()
    with _lock:
        eng = _engines.get(url)
        if eng is not None:
            return eng
        try:
            if url.startswith("sqlite:///"):
                Path(url.removeprefix("sqlite:///")).expanduser().parent.mkdir(parents=True, exist_ok=True)
            eng = create_engine(url, pool_pre_ping=True)
            if eng.dialect.name == "sqlite":
                event.listen(eng, "connect", _sqlite_pragmas)
            metadata.create_all(eng)
            guards = {"sqlite": _SQLITE_GUARDS, "postgresql": _POSTGRES_GUARDS}.get(eng.dialect.name, [])
            with eng.begin() as conn:
                for statement in guards:
                    conn.execute(text(statement))
        except (SQLAlchemyError, OSError) as exc:
            raise HistoryError(f"the edit history database ({_safe(url)}) cannot be opened: {_reason(exc)}. "
                               "Check OPSATLAS_HISTORY_URL and that the database can be written.") from None
        _engines[url] = eng
        return eng


def _safe(url: str) -> str:
    """The URL without its password, for messages."""
    try:
        from sqlalchemy.engine import make_url

        return make_url(url).render_as_string(hide_password=True)
    except Exception:  # noqa: BLE001
        return "the configured URL"


def _reason(exc: BaseException) -> str:
    return str(getattr(exc, "orig", None) or exc).splitlines()[0][:200]


def append(record_id: str, action: str, editor_email: str, editor_name: str, base_hash: str, new_hash: str,
           diff: str, new_text: str, note: str = "", url: str | None = None) -> int:
    """Add one entry; returns its number."""
    try:
        with engine(url).begin() as conn:
            result = conn.execute(insert(edits).values(
                at=datetime.now(UTC), record_id=record_id, action=action, editor_email=editor_email,
                editor_name=editor_name, base_hash=base_hash, new_hash=new_hash, diff=diff, text=new_text, note=note))
            key = result.inserted_primary_key
            assert key is not None  # always set after a one-row INSERT without RETURNING
            return int(key[0])
    except SQLAlchemyError as exc:
        raise HistoryError(f"the edit history could not be written: {_reason(exc)}") from None


def _entry(row: Any) -> Entry:
    at = row.at if row.at.tzinfo else row.at.replace(tzinfo=UTC)  # SQLite returns naive UTC
    return Entry(row.entry, at, row.record_id, row.action, row.editor_email, row.editor_name, row.base_hash,
                 row.new_hash, row.diff, row.text, row.note)


def entries(record_id: str, limit: int = 200, url: str | None = None) -> list[Entry]:
    """The record's entries, newest first."""
    try:
        with engine(url).connect() as conn:
            rows = conn.execute(select(edits).where(edits.c.record_id == record_id)
                                .order_by(edits.c.entry.desc()).limit(limit))
            return [_entry(r) for r in rows]
    except SQLAlchemyError as exc:
        raise HistoryError(f"the edit history could not be read: {_reason(exc)}") from None


def get(entry: int, url: str | None = None) -> Entry | None:
    try:
        with engine(url).connect() as conn:
            row = conn.execute(select(edits).where(edits.c.entry == entry)).first()
            return _entry(row) if row is not None else None
    except SQLAlchemyError as exc:
        raise HistoryError(f"the edit history could not be read: {_reason(exc)}") from None


def latest(record_id: str, url: str | None = None) -> Entry | None:
    found = entries(record_id, limit=1, url=url)
    return found[0] if found else None
