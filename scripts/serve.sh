#!/usr/bin/env bash
# Azurite + the service in the foreground (Development settings), stopped together with Ctrl+C.
set -euo pipefail
cd "$(dirname "$0")/.."
PORT="${PORT:-5080}"; CONFIG="${CONFIG:-Release}"
SERVER_DIR="$PWD/src/WebTasks.Server/bin/$CONFIG/net10.0"
azurite_pid=$(bash scripts/azurite.sh)
trap '[ -n "$azurite_pid" ] && kill "$azurite_pid" 2>/dev/null || true' EXIT
echo "WebTasks on http://127.0.0.1:$PORT  (workspace: demo, x-api-key: dev-key; the dashboard is at http://127.0.0.1:$PORT/)"
ASPNETCORE_ENVIRONMENT=Development \
WebTasks__Network__AllowedPrivateHosts__0=127.0.0.1 \
  dotnet "$SERVER_DIR/WebTasks.Server.dll" --contentRoot "$SERVER_DIR" --urls "http://127.0.0.1:$PORT"
