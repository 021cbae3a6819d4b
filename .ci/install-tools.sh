#!/usr/bin/env bash
# Installs the tools the checks use: the local .NET tools pinned by .config/dotnet-tools.json (the
# Kiota CLI the cross-generator tests build with), node packages pinned by tools/package-lock.json
# (Spectral, Prism, WireMock) and a Java runtime for WireMock. Idempotent.
set -euo pipefail
cd "$(dirname "$0")/.."

# A fresh clone has no local tools. The test project would restore them itself; doing it here makes a
# feed problem fail this step, with its own message, instead of the build.
dotnet tool restore

if ! command -v node >/dev/null 2>&1; then
  apt-get update -qq && apt-get install -y -qq nodejs npm >/dev/null
fi
if ! command -v java >/dev/null 2>&1; then
  apt-get update -qq && apt-get install -y -qq openjdk-17-jre-headless >/dev/null
fi
if [ -f tools/package-lock.json ] && [ ! -d tools/node_modules ]; then
  npm ci --prefix tools --no-audit --no-fund --loglevel=error
fi
