#!/usr/bin/env bash
# Starts Azurite (in memory) on 127.0.0.1:10000-10002 unless something already listens there. Prints its pid, or "" when reused.
set -euo pipefail
cd "$(dirname "$0")/.."
if (exec 3<>/dev/tcp/127.0.0.1/10000) 2>/dev/null; then
  echo ""
  exit 0
fi
mkdir -p .run
.tools/node_modules/.bin/azurite --inMemoryPersistence --skipApiVersionCheck --disableTelemetry --silent \
  --blobHost 127.0.0.1 --queueHost 127.0.0.1 --tableHost 127.0.0.1 > .run/azurite.log 2>&1 &
pid=$!
for _ in $(seq 1 100); do
  if (exec 3<>/dev/tcp/127.0.0.1/10002) 2>/dev/null; then echo "$pid"; exit 0; fi
  sleep 0.1
done
echo "Azurite did not start; see .run/azurite.log" >&2
exit 1
