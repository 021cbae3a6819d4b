#!/usr/bin/env bash
# Lints every specs/*.yaml with Spectral (ruleset specs/.spectral.yaml).
# Exit code is non-zero when any spec has an error-severity finding; warnings are printed only.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

if [ ! -d tools/node_modules ]; then
  echo "lint-specs: installing pinned tools (npm ci --prefix tools)" >&2
  npm ci --prefix tools --no-audit --no-fund
fi

spectral="tools/node_modules/.bin/spectral"
shopt -s nullglob
specs=(specs/*.yaml)
if [ "${#specs[@]}" -eq 0 ]; then
  echo "lint-specs: no specs/*.yaml found" >&2
  exit 1
fi

status=0
for spec in "${specs[@]}"; do
  echo "lint-specs: $spec"
  "$spectral" lint "$spec" --ruleset specs/.spectral.yaml --fail-severity error || status=1
done

if [ "$status" -ne 0 ]; then
  echo "lint-specs: FAILED" >&2
else
  echo "lint-specs: all ${#specs[@]} specs passed"
fi
exit "$status"
