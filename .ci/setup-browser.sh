#!/usr/bin/env bash
# Install what the browser tests need: Debian's Chromium (+ its ChromeDriver) and the Playwright driver package.
# Idempotent: when everything is there it only checks and exits within a second or two.
# Playwright never downloads a browser here: the tests point it at /usr/bin/chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
PY="${PYTHON:-.venv/bin/python}"
PLAYWRIGHT_PIN="playwright==1.65.2"

if ! command -v chromium >/dev/null 2>&1 || ! command -v chromedriver >/dev/null 2>&1; then
  SUDO=""
  if [ "$(id -u)" != "0" ]; then SUDO="sudo"; fi
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends chromium chromium-driver fonts-dejavu-core >/dev/null
fi
chromium --version 2>/dev/null  # the Debian wrapper prints a harmless shell warning on stderr

if [ -x "$PY" ] && ! "$PY" -c "import playwright" >/dev/null 2>&1; then
  "$PY" -m pip install -q "$PLAYWRIGHT_PIN"
fi
if [ -x "$PY" ]; then
  "$PY" -c "import importlib.metadata as m; print('playwright', m.version('playwright'))"
fi
