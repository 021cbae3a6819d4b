#!/usr/bin/env bash
# Classifies what changed in specs/ with Optic (@useoptic/optic, pinned in tools/package.json; runs
# offline): each changed spec is compared with its version at the base and Optic's breaking-change
# checks say which changes break clients (docs/updating-specs.md).
#
#   bash tools/spec-diff.sh [BASE]
#
# BASE defaults to the merge base with origin/main (or a local main), or else the first parent of HEAD (on main after
# a merge: what the merge brought). The working tree is compared, so uncommitted edits count.
# Informational: exits 0 whatever Optic finds, and when there is nothing to compare or Optic is
# missing it says so and exits 0, so it never fails CI. It exits 2 only for a BASE that is not a commit.
set -uo pipefail
cd "$(dirname "$0")/.."

optic=tools/node_modules/.bin/optic
base=${1:-}
if [ -n "$base" ]; then
  if ! git rev-parse -q --verify "$base^{commit}" >/dev/null; then echo "spec diff: $base is not a commit" >&2; exit 2; fi
else
  head=$(git rev-parse -q --verify HEAD) || { echo "spec diff: no commit yet, nothing to compare"; exit 0; }
  main=$(git rev-parse -q --verify origin/main 2>/dev/null || git rev-parse -q --verify main 2>/dev/null || true)
  if [ -n "$main" ] && [ "$main" != "$head" ]; then
    base=$(git merge-base HEAD "$main" 2>/dev/null || true)
  fi
  if [ -z "$base" ]; then base=$(git rev-parse -q --verify 'HEAD^1' 2>/dev/null || true); fi
  if [ -z "$base" ]; then echo "spec diff: no merge base and no parent commit, nothing to compare"; exit 0; fi
fi

mapfile -t changed < <(git diff --name-only "$base" -- 'specs/*.yaml')
short=$(git rev-parse --short "$base")
if [ "${#changed[@]}" -eq 0 ]; then echo "spec diff: specs/ unchanged since $short, nothing to compare"; exit 0; fi
if [ ! -x "$optic" ]; then
  echo "spec diff: Optic is not installed (run: npm ci --prefix tools); changed since $short: ${changed[*]}"
  exit 0
fi

# No telemetry, no update check: the machines this runs on have no internet.
export OPTIC_TELEMETRY_LEVEL=none CI=${CI:-true}
breaking=0
for spec in "${changed[@]}"; do
  echo "=== $spec (against $short)"
  if [ ! -f "$spec" ]; then echo "removed: every client of this provider breaks"; breaking=$((breaking + 1)); continue; fi
  if ! git cat-file -e "$base:$spec" 2>/dev/null; then echo "new spec: nothing to compare"; continue; fi
  "$optic" diff "$spec" --base "$base" --check 2>&1
  rc=$?
  if [ "$rc" -ne 0 ]; then breaking=$((breaking + 1)); echo "--- $spec: BREAKING for clients (Optic exit $rc)"; else echo "--- $spec: no breaking change"; fi
done
echo "spec diff: ${#changed[@]} changed spec(s) since $short, $breaking with breaking changes"
exit 0
