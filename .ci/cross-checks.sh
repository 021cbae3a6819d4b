#!/usr/bin/env bash
# Independent cross-checks of the conformance suite (docs/conformance.md):
#  1. real WireMock standalone serves the same mapping files and every scenario passes against it;
#  2. Prism mocks each spec and the request the generated client sends for every operation's
#     success scenario passes Prism's request validation.
# Needs java and the npm tools from tools/ (.ci/install-tools.sh). Every background process is
# killed on exit; every wait for readiness is bounded.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
mkdir -p artifacts
config=${CONFIGURATION:-Release}
runner=(dotnet run --project src/Seedance.Conformance -c "$config" --no-build --)

pids=()
work=$(mktemp -d)
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT

# A loopback port nobody listens on (python3 when present, else a random probe with bash's /dev/tcp).
free_port() {
  if command -v python3 >/dev/null 2>&1; then
    python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'
    return
  fi
  local p
  for _ in $(seq 1 50); do
    p=$((20000 + RANDOM % 40000))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then echo "$p"; return; fi
  done
  echo "no free port found" >&2; return 1
}

# wait_for PORT PID NAME: poll until the port accepts connections, the process dies, or 60 s pass.
wait_for() {
  local port=$1 pid=$2 name=$3
  for _ in $(seq 1 120); do
    if ! kill -0 "$pid" 2>/dev/null; then echo "$name exited before it was ready" >&2; return 1; fi
    if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then return 0; fi
    sleep 0.5
  done
  echo "$name was not ready within 60 s" >&2
  return 1
}

# --- 1. Real WireMock -------------------------------------------------------------------------
jar=${WIREMOCK_JAR:-$(ls tools/node_modules/wiremock/build/wiremock-standalone-*.jar 2>/dev/null | head -n 1)}
if [ -z "$jar" ] || [ ! -f "$jar" ]; then echo "WireMock jar not found (run .ci/install-tools.sh)" >&2; exit 1; fi
# An empty mappings folder plus the recordings' bodies: the runner resets WireMock and imports one
# scenario's mapping files at a time (loading them all at once would let stubs of other scenarios
# answer). It first imports every file together to prove WireMock accepts each one.
mkdir -p "$work/wiremock/mappings"
cp -r src/Seedance.Conformance/Recordings/__files "$work/wiremock/__files"
port=$(free_port)
java -jar "$jar" --port "$port" --bind-address 127.0.0.1 --root-dir "$work/wiremock" --disable-banner \
  >"$work/wiremock.log" 2>&1 &
pids+=($!)
wait_for "$port" "${pids[-1]}" "WireMock" || { cat "$work/wiremock.log" >&2; exit 1; }
echo "--- real WireMock $(basename "$jar") on port $port"
"${runner[@]}" --target "http://127.0.0.1:$port" \
  --report artifacts/conformance-wiremock.json --junit artifacts/conformance-wiremock.xml

# --- 2. Prism ---------------------------------------------------------------------------------
prism=tools/node_modules/.bin/prism
if [ ! -x "$prism" ]; then echo "Prism not found (run .ci/install-tools.sh)" >&2; exit 1; fi
prism_args=()
for spec in specs/*.yaml; do
  provider=$(basename "$spec" .yaml)
  port=$(free_port)
  # --errors turns request violations into 422 answers as well as sl-violations headers.
  "$prism" mock -h 127.0.0.1 -p "$port" --errors "$spec" >"$work/prism-$provider.log" 2>&1 &
  pids+=($!)
  wait_for "$port" "${pids[-1]}" "Prism ($provider)" || { cat "$work/prism-$provider.log" >&2; exit 1; }
  prism_args+=(--prism "$provider=http://127.0.0.1:$port")
done
echo "--- Prism $("$prism" --version 2>/dev/null || echo) on $(( ${#prism_args[@]} / 2 )) specs"
"${runner[@]}" "${prism_args[@]}" --report artifacts/conformance-prism.json --junit artifacts/conformance-prism.xml
echo "cross-checks passed"
