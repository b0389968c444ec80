#!/usr/bin/env bash
# Install everything the tests need, then run them: the README's test command.
#   - Debian's chromium for the browser tests (Playwright never downloads a browser here);
#   - a virtual environment in .venv with requirements-dev.txt.
set -euo pipefail
cd "$(dirname "$0")/.."

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

if ! command -v chromium >/dev/null 2>&1; then
  as_root apt-get update
  as_root apt-get install -y chromium
fi
if ! python3 -m venv --help >/dev/null 2>&1 || ! python3 -c "import ensurepip" >/dev/null 2>&1; then
  as_root apt-get update
  as_root apt-get install -y python3-venv
fi
[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/python -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt
exec .venv/bin/python -m pytest "$@"
