"""The package type-checks: `python -m mypy opsatlas` (settings in pyproject.toml) reports no error.

A real run of the pinned mypy over the real package, so a change that breaks a type fails here, not later."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def test_mypy_reports_no_error_in_the_package(tmp_path):
    pytest.importorskip("mypy", reason="mypy is installed by requirements-dev.txt")
    res = subprocess.run(
        [sys.executable, "-m", "mypy", "--cache-dir", str(tmp_path / "cache"), "opsatlas"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert res.returncode == 0, res.stdout[-4000:] + res.stderr[-2000:]
    assert "Success: no issues found" in res.stdout
