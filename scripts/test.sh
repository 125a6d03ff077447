#!/usr/bin/env bash
# Install everything the tests need (first run only), then lint, validate the data and run every test,
# including the real-browser tests in Debian's headless Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --dev
.venv/bin/ruff check .
.venv/bin/ruff format --check .
.venv/bin/python -m liaoning_atlas validate
.venv/bin/python -m pytest "$@"
