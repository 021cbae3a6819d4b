#!/usr/bin/env bash
# The main job: every conformance scenario against the embedded replay host, with the JSON and
# JUnit reports under artifacts/. .ci/run has already built the solution ($CONFIGURATION, default Release).
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p artifacts
# --strict: the recordings come from the specs, so any drift in them is a spec or generator bug.
dotnet run --project src/Seedance.Conformance -c "${CONFIGURATION:-Release}" --no-build -- \
  --strict --report artifacts/conformance.json --junit artifacts/conformance.xml
