"""Optionally commit a saved record in the git repository holding the records folder.

Off unless OPSATLAS_EDIT_GIT=on. Only the saved file is committed (`git commit -- <file>`), with
the editor as author and the app as committer. A failed commit never undoes a save: it is
reported beside it.
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

from .auth import Identity


def _git(folder: Path, *args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["git", "-C", str(folder), *args], capture_output=True, text=True, timeout=60,
                          env={**os.environ, **(env or {})}, check=False)


def in_repository(folder: Path) -> bool:
    try:
        done = _git(folder, "rev-parse", "--is-inside-work-tree")
    except (OSError, subprocess.SubprocessError):
        return False
    return done.returncode == 0 and done.stdout.strip() == "true"


def commit(path: Path, identity: Identity, message: str) -> str:
    """Commit `path`; returns "" on success or a short note saying why it was not committed."""
    folder = path.parent
    if not in_repository(folder):
        return "not committed: the records folder is not in a git repository"
    env = {"GIT_COMMITTER_NAME": "Operations Atlas", "GIT_COMMITTER_EMAIL": "editor@operations-atlas.invalid"}
    author = f"{identity.name or identity.email} <{identity.email}>"
    try:
        added = _git(folder, "add", "--", path.name)
        if added.returncode != 0:
            return f"not committed: git add failed ({added.stderr.strip()[:200]})"
        done = _git(folder, "commit", "--quiet", "--no-verify", f"--author={author}", "-m", message, "--",
                    path.name, env=env)
    except (OSError, subprocess.SubprocessError) as exc:
        return f"not committed: {exc}"
    if done.returncode != 0:
        return f"not committed: {(done.stderr or done.stdout).strip()[:200]}"
    return ""
