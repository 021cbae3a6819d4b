#!/usr/bin/env bash
# Build benchmarks (docs/benchmarks.md, "Build"): how long `dotnet build` of src/Seedance.Generated takes,
# as a ratio against an empty class library built the same way, in the same session, interleaved
# (A, B, A, B, ...) so that a change in machine load hits both sides alike.
#   no-op: build again with nothing changed.
#   edit:  change one spec's description (specs/seedance2-ink.yaml, a summary line, which reaches the
#          generated XML docs) vs change one doc comment in the empty library's .cs file; each edit is
#          one build, alternately applying and undoing the change.
# The spec is restored with `git checkout` on exit, whatever happens.
# Usage: benchmarks/build-bench.sh [runs]   (default 5 per measurement; medians are reported)
set -euo pipefail

RUNS="${1:-5}"
REPO="$(cd "$(dirname "$0")/.." && pwd)"
SPEC="specs/seedance2-ink.yaml"
SPEC_LINE="summary: Get a video generation"
GEN="$REPO/src/Seedance.Generated/Seedance.Generated.csproj"
WORK="$(mktemp -d)"
EMPTY="$WORK/Empty"
BUILD=(build -c Release --no-restore -v:q -nologo)

cleanup() {
  git -C "$REPO" checkout -q -- "$SPEC"
  rm -rf "$WORK"
}
trap cleanup EXIT

if ! git -C "$REPO" diff --quiet -- "$SPEC"; then
  echo "$SPEC has local changes; commit or stash them first (this script restores it with git checkout)." >&2
  exit 1
fi
grep -q "$SPEC_LINE\$" "$REPO/$SPEC" || { echo "'$SPEC_LINE' not found in $SPEC" >&2; exit 1; }

# The empty library: outside the repo (so none of its props apply), but with the repo's compiler bar
# and the same target framework as Seedance.Generated, so the comparison is "our build" vs "a build".
mkdir -p "$EMPTY"
cat > "$EMPTY/Empty.csproj" <<'XML'
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>net8.0</TargetFramework>
    <LangVersion>latest</LangVersion>
    <Nullable>enable</Nullable>
    <ImplicitUsings>enable</ImplicitUsings>
    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
    <Deterministic>true</Deterministic>
    <GenerateDocumentationFile>true</GenerateDocumentationFile>
    <AnalysisLevel>latest</AnalysisLevel>
  </PropertyGroup>
</Project>
XML
write_class() {
  printf 'namespace Empty;\n\n/// <summary>%s</summary>\npublic class Class1\n{\n}\n' "$1" > "$EMPTY/Class1.cs"
}
write_class "An empty class."

# Seconds (with fractions) that one `dotnet build` of $1 takes.
time_build() {
  local start end
  start=$(date +%s.%N)
  dotnet "${BUILD[@]}" "$1" > "$WORK/last-build.log" 2>&1 || { cat "$WORK/last-build.log" >&2; exit 1; }
  end=$(date +%s.%N)
  awk -v s="$start" -v e="$end" 'BEGIN { printf "%.3f\n", e - s }'
}

median() { sort -n | awk '{ a[NR] = $1 } END { printf "%.2f\n", (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f\n", a / b }'; }

echo "Restoring and building both once (not measured)..."
dotnet restore -v:q "$EMPTY/Empty.csproj" > /dev/null
dotnet restore -v:q "$GEN" > /dev/null
dotnet "${BUILD[@]}" "$EMPTY/Empty.csproj" > /dev/null
dotnet "${BUILD[@]}" "$GEN" > /dev/null

declare -a noop_empty noop_gen edit_empty edit_gen
for i in $(seq 1 "$RUNS"); do
  noop_empty+=("$(time_build "$EMPTY/Empty.csproj")")
  noop_gen+=("$(time_build "$GEN")")
  echo "no-op run $i: empty ${noop_empty[-1]} s, Seedance.Generated ${noop_gen[-1]} s"
done

for i in $(seq 1 "$RUNS"); do
  # Odd runs apply the edit, even runs undo it: every measured build follows exactly one changed file.
  if (( i % 2 )); then
    write_class "An empty class, edited."
    sed -i "s/$SPEC_LINE\$/$SPEC_LINE (edited)/" "$REPO/$SPEC"
  else
    write_class "An empty class."
    git -C "$REPO" checkout -q -- "$SPEC"
  fi
  edit_empty+=("$(time_build "$EMPTY/Empty.csproj")")
  edit_gen+=("$(time_build "$GEN")")
  echo "edit run $i: empty ${edit_empty[-1]} s, Seedance.Generated ${edit_gen[-1]} s"
done

m_noop_empty=$(printf '%s\n' "${noop_empty[@]}" | median)
m_noop_gen=$(printf '%s\n' "${noop_gen[@]}" | median)
m_edit_empty=$(printf '%s\n' "${edit_empty[@]}" | median)
m_edit_gen=$(printf '%s\n' "${edit_gen[@]}" | median)

echo
echo "Medians of $RUNS runs ($(nproc) cores, load average: $(cut -d' ' -f1-3 /proc/loadavg))"
echo "| Build | Empty classlib | Seedance.Generated | Ratio |"
echo "|---|---:|---:|---:|"
echo "| no-op | ${m_noop_empty} s | ${m_noop_gen} s | $(ratio "$m_noop_gen" "$m_noop_empty") |"
echo "| one edit (spec description vs .cs doc comment) | ${m_edit_empty} s | ${m_edit_gen} s | $(ratio "$m_edit_gen" "$m_edit_empty") |"
