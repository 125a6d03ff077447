#!/usr/bin/env bash
# Install what the atlas needs (first run only) and start it at http://localhost:8501.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
exec .venv/bin/python -m liaoning_atlas serve "$@"
