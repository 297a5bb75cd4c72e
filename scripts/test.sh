#!/usr/bin/env bash
# Publishes the Functions app as built (its functions.metadata is checked against the self-host), then runs every test project
# and ends with one summary line.
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
# What a failed test shows: its message and the top of its stack (up to 40 lines); CI keeps only this output.
shown() {
  awk '
    /^[[:space:]]+(Passed|Skipped) [A-Za-z]|^(Passed|Failed)!/ { shown = 0 }
    /^[[:space:]]+Failed [A-Za-z]/ { shown = 40 }
    shown > 0 { print; shown--; next }
    /^[[:space:]]+Skipped [A-Za-z]|^(Passed|Failed)!|error/ { print }'
}
# run PROJECT [NAME [FILTER]]: the project's tests (those FILTER picks); its log and results are .run/NAME.log and .trx.
run() {
  dotnet test "$1" -c "$CONFIG" --no-build -nologo --results-directory .run --logger "trx;LogFileName=${2:-$(basename "$1" .csproj)}.trx" ${3:+--filter "$3"} 2>&1
}
# count PROJECT [NAME]: adds up the summary in .run/NAME.log.
count() {
  local project=$1 log=".run/${2:-$(basename "$1" .csproj)}.log" summary p f s
  summary=$(grep -E "^(Passed|Failed)! " "$log" | tail -n 1)
  if [ -z "$summary" ]; then
    echo "$project: no test summary (build or host failure); see $log"
    status=1; failed=$((failed + 1)); return
  fi
  p=$(sed -E 's/.*Passed: *([0-9]+).*/\1/' <<< "$summary")
  f=$(sed -E 's/.*Failed: *([0-9]+).*/\1/' <<< "$summary")
  s=$(sed -E 's/.*Skipped: *([0-9]+).*/\1/' <<< "$summary")
  passed=$((passed + p)); failed=$((failed + f)); skipped=$((skipped + s))
  [ "$f" -eq 0 ] || status=1
}

# The planner's tests keep both cores busy for minutes and time nothing: they start first, and beside them the projects
# that start no browser and time nothing, side by side (each is mostly its test host starting), then the others one
# after another, the server's last: its tests that time leases, deadlines and killed hosts (trait Timed) on their own,
# with nothing of the server's beside them.
planner=tests/WebTasks.Planner.Tests/WebTasks.Planner.Tests.csproj
server=tests/WebTasks.Server.Tests/WebTasks.Server.Tests.csproj
light=(Agent Core Functions Pipeline Storage)
run "$planner" > .run/WebTasks.Planner.Tests.log & planner_run=$!
for name in "${light[@]}"; do
  run "tests/WebTasks.$name.Tests/WebTasks.$name.Tests.csproj" > ".run/WebTasks.$name.Tests.log" &
  light_runs+=($!)
done
wait "${light_runs[@]}"
for name in "${light[@]}"; do
  shown < ".run/WebTasks.$name.Tests.log"
  count "tests/WebTasks.$name.Tests/WebTasks.$name.Tests.csproj"
done
for project in tests/*.Tests/*.csproj; do
  name=$(basename "$project" .csproj); name=${name#WebTasks.}; name=${name%.Tests}
  [[ " ${light[*]} " == *" $name "* || $project == "$planner" ]] && continue
  run "$project" "" "Timed!=true" | tee ".run/$(basename "$project" .csproj).log" | shown
  count "$project"
done
run "$server" WebTasks.Server.Tests.Timed "Timed=true" | tee .run/WebTasks.Server.Tests.Timed.log | shown
count "$server" WebTasks.Server.Tests.Timed
wait "$planner_run"
shown < .run/WebTasks.Planner.Tests.log
count "$planner"
echo "tests: $passed passed, $failed failed, $skipped skipped"
exit $status
