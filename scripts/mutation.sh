#!/usr/bin/env bash
# Mutation testing of the core rules with mutmut (slow; not part of CI). See docs/testing.md.
#   bash scripts/mutation.sh                       every core module
#   bash scripts/mutation.sh metric_format views   only these modules (by file name)
#   MUTATION_WORKERS=1 bash scripts/mutation.sh    fewer parallel workers (default 2)
#   bash scripts/mutation.sh --fresh ...           start again from a clean copy (after changing the code)
# Prints killed / survived / timeout per module; `.venv/bin/mutmut show NAME` shows one mutant.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --dev

if [ "${1:-}" = "--fresh" ]; then
  rm -rf mutants
  shift
fi
modules=$(.venv/bin/python scripts/mutation_report.py --modules "$@")
patterns=()
for module in $modules; do
  patterns+=("$module.*")
done
# mutmut's own summary line is redrawn in place; only its last state is kept.
.venv/bin/mutmut run --max-children "${MUTATION_WORKERS:-2}" "${patterns[@]}" | tr '\r' '\n' | tail -n 3
.venv/bin/python scripts/mutation_report.py $modules
