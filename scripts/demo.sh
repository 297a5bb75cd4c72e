#!/usr/bin/env bash
# Starts Azurite and the service, runs the demo web task twice through the HTTP API, prints what came back.
set -euo pipefail
cd "$(dirname "$0")/.."
PORT="${PORT:-5080}"; CONFIG="${CONFIG:-Release}"
SERVER_DIR="$PWD/src/WebTasks.Server/bin/$CONFIG/net10.0"
mkdir -p .run
azurite_pid=$(bash scripts/azurite.sh)
ASPNETCORE_ENVIRONMENT=Development \
WebTasks__Network__AllowedPrivateHosts__0=127.0.0.1 \
  dotnet "$SERVER_DIR/WebTasks.Server.dll" --contentRoot "$SERVER_DIR" --urls "http://127.0.0.1:$PORT" > .run/server.log 2>&1 &
server_pid=$!
cleanup() {
  # The service first, while Azurite is still there to release its leases in; then Azurite.
  kill "$server_pid" 2>/dev/null || true
  wait "$server_pid" 2>/dev/null || true
  [ -n "$azurite_pid" ] && kill "$azurite_pid" 2>/dev/null || true
}
trap cleanup EXIT
until (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null; do
  if ! kill -0 "$server_pid" 2>/dev/null; then
    echo "The service stopped while starting:" >&2; tail -n 30 .run/server.log >&2; exit 1
  fi
  sleep 0.2
done
dotnet "tools/WebTasks.Demo/bin/$CONFIG/net10.0/WebTasks.Demo.dll" --url "http://127.0.0.1:$PORT" --workspace demo --api-key dev-key
