"""Shared fixtures: the shipped Víbora record, and helpers to write records into a temp folder."""

from __future__ import annotations

from pathlib import Path

import pytest

from opsatlas.catalogue.store import RecordStore
from opsatlas.settings import DEFAULT_RECORDS_DIR
from opsatlas.view import build_view

ROOT = Path(__file__).resolve().parent.parent
VIBORA = DEFAULT_RECORDS_DIR / "vibora-2025.yaml"

MINIMAL = """\
schema_version: 1
id: {id}
name: Test operation
crime_type: other
crime_description: A test.
summary: A test record.
sources:
  - id: s1
    title: A source
    publisher: A publisher
    kind: newspaper
    url: https://example.org/a
    date: '2025-01-02'
"""


@pytest.fixture(scope="session")
def vibora():
    return RecordStore().get("vibora-2025")


@pytest.fixture(scope="session")
def vibora_view(vibora):
    return build_view(vibora, "arrests")


@pytest.fixture
def write_record(tmp_path):
    """Write YAML text as <id>.yaml in a temp folder and return its path."""

    def write(text: str, name: str = "test-op") -> Path:
        path = tmp_path / f"{name}.yaml"
        path.write_text(text, encoding="utf-8")
        return path

    return write


def minimal(op_id: str = "test-op") -> str:
    return MINIMAL.format(id=op_id)
