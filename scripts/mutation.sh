#!/usr/bin/env bash
# Mutation testing of the core rules with mutmut (slow; not part of CI). See docs/testing.md.
#   bash scripts/mutation.sh                       every core module
#   bash scripts/mutation.sh metric_format views   only these modules (by file name)
#   MUTATION_WORKERS=1 bash scripts/mutation.sh    fewer parallel workers (default 2)
#   bash scripts/mutation.sh --fresh ...           start again from a clean copy
#   bash scripts/mutation.sh --again ...           only rerun the mutants not yet killed (after adding tests)
# Prints killed / survived / timeout per module; `.venv/bin/mutmut show NAME` shows one mutant.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --dev

again=false
if [ "${1:-}" = "--fresh" ]; then
  rm -rf mutants
  shift
elif [ "${1:-}" = "--again" ]; then
  again=true
  shift
fi
modules=$(.venv/bin/python scripts/mutation_report.py --modules "$@")
# mutmut copies the package once; bring the files it does not mutate up to date (it regenerates the others).
if [ -d mutants/liaoning_atlas ]; then
  mutated=$(.venv/bin/python scripts/mutation_report.py --modules | tr ' ' '\n' | sed 's|\.|/|g; s|$|.py|')
  find liaoning_atlas -type f ! -name '*.pyc' | while read -r file; do
    grep -qxF "$file" <<<"$mutated" && continue
    cmp -s "$file" "mutants/$file" || { mkdir -p "mutants/$(dirname "$file")"; cp -p "$file" "mutants/$file"; }
  done
fi
patterns=()
if $again; then
  # shellcheck disable=SC2086
  read -r -a patterns <<<"$(.venv/bin/python scripts/mutation_report.py --pending $modules)"
else
  for module in $modules; do
    patterns+=("$module.*")
  done
fi
# mutmut redraws its progress line in place: the whole output goes to mutants/run.log.
mkdir -p mutants
.venv/bin/mutmut run --max-children "${MUTATION_WORKERS:-2}" "${patterns[@]}" >mutants/run.log 2>&1 ||
  { tr '\r' '\n' <mutants/run.log | tail -n 20; exit 1; }
.venv/bin/python scripts/mutation_report.py $modules
