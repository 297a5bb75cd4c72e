#!/usr/bin/env bash
# Publishes the Functions app as built (its functions.metadata is checked against the self-host), then runs every test project
# and ends with one summary line. The planner's tests (most of them reading sites in Chromium, much of it waiting for pages to
# settle) run beside the other projects, which run one after another (each starts Chromium; on two cores they are steadier in
# turn) and spend most of their time waiting on the durable engine.
# Each project's log and its results with per-test timings (.trx) are left in .run/.
set -uo pipefail
cd "$(dirname "$0")/.."
CONFIG="${CONFIG:-Release}"
export AZURITE_PATH="$PWD/.tools/node_modules/.bin/azurite"
export S3RVER_PATH="$PWD/.tools/node_modules/.bin/s3rver"
mkdir -p .run
passed=0; failed=0; skipped=0; status=0
if ! dotnet publish src/WebTasks.Functions -c "$CONFIG" --no-build -o .run/functions -nologo -v q -clp:ErrorsOnly > .run/functions-publish.log 2>&1; then
  echo "src/WebTasks.Functions: dotnet publish failed; see .run/functions-publish.log"
  tail -n 20 .run/functions-publish.log
  status=1
fi

# Runs one project into .run/<name>.log; a failed test is kept with its message and the top of its stack (up to 40 lines)
# in .run/<name>.shown, which is all CI keeps.
run() {
  local name; name=$(basename "$1" .csproj)
  dotnet test "$1" -c "$CONFIG" --no-build -nologo --results-directory .run --logger "trx;LogFileName=$name.trx" > ".run/$name.log" 2>&1
  awk '
    /^[[:space:]]+(Passed|Skipped) [A-Za-z]|^(Passed|Failed)!/ { shown = 0 }
    /^[[:space:]]+Failed [A-Za-z]/ { shown = 40 }
    shown > 0 { print; shown--; next }
    /^[[:space:]]+Skipped [A-Za-z]|^(Passed|Failed)!|error/ { print }' ".run/$name.log" > ".run/$name.shown"
}

# Adds a project's summary to the totals.
tally() {
  local name; name=$(basename "$1" .csproj)
  cat ".run/$name.shown"
  summary=$(grep -E "^(Passed|Failed)! " ".run/$name.log" | tail -n 1)
  if [ -z "$summary" ]; then
    echo "$1: no test summary (build or host failure); see .run/$name.log"
    status=1; failed=$((failed + 1)); return
  fi
  p=$(sed -E 's/.*Passed: *([0-9]+).*/\1/' <<< "$summary")
  f=$(sed -E 's/.*Failed: *([0-9]+).*/\1/' <<< "$summary")
  s=$(sed -E 's/.*Skipped: *([0-9]+).*/\1/' <<< "$summary")
  passed=$((passed + p)); failed=$((failed + f)); skipped=$((skipped + s))
  [ "$f" -eq 0 ] || status=1
}

planner=tests/WebTasks.Planner.Tests/WebTasks.Planner.Tests.csproj
run "$planner" &
beside=$!
for project in tests/*.Tests/*.csproj; do
  [ "$project" = "$planner" ] && continue
  run "$project"
  tally "$project"
done
wait "$beside"
tally "$planner"
echo "tests: $passed passed, $failed failed, $skipped skipped"
exit $status
