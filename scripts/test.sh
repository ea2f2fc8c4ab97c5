#!/usr/bin/env bash
# Runs every test: unit tests, the integration suite on SQLite and again on a throwaway
# PostgreSQL, then the browser tests in headless Chromium. Installs what the tests need. Ends with the line "N passed, N failed, N skipped".
set -uo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

results="$root/artifacts/test-results"
rm -rf "$results"; mkdir -p "$results"

bash scripts/install-test-deps.sh || { echo "Could not install the test dependencies." >&2; exit 1; }
source scripts/postgres.sh
pg_start || { echo "Could not start PostgreSQL for the tests." >&2; exit 1; }
trap pg_stop EXIT

dotnet build AllianceCms.sln -c Release -nologo -v q -clp:ErrorsOnly || { echo "0 passed, 1 failed"; exit 1; }

run() { # name, project, extra env...
  local name=$1 project=$2; shift 2
  echo "== $name"
  env "$@" dotnet test "$project" -c Release --no-build -nologo \
    --logger "trx;LogFileName=$name.trx" --results-directory "$results" -- RunConfiguration.TreatNoTestsAsError=true
}

status=0
run unit tests/AllianceCms.Tests.Unit || status=1
run integration-sqlite tests/AllianceCms.Tests.Integration ALLIANCE_TEST_DATABASE=sqlite || status=1
run integration-postgres tests/AllianceCms.Tests.Integration ALLIANCE_TEST_DATABASE=postgres || status=1
run browser tests/AllianceCms.Tests.Browser ALLIANCE_TEST_DATABASE=sqlite || status=1

# One summary line from every results file.
read -r passed failed skipped < <(
  for f in "$results"/*.trx; do
    [ -f "$f" ] || continue
    grep -o '<Counters [^>]*>' "$f"
  done | awk '{
      for (i = 1; i <= NF; i++) { split($i, kv, "="); gsub(/"|\/|>/, "", kv[2]); c[kv[1]] += kv[2] }
    } END { printf "%d %d %d\n", c["passed"], c["failed"] + c["error"] + c["timeout"] + c["aborted"], c["total"] - c["executed"] }')
[ "$(ls "$results"/*.trx 2>/dev/null | wc -l)" -eq 4 ] || { status=1; failed=$((failed + 1)); }
# A run whose test host crashed counts its finished tests as passed: the run itself is a failure.
for f in "$results"/*.trx; do
  [ -f "$f" ] || continue
  if ! grep -q 'ResultSummary outcome="Completed"' "$f" && grep -q '<Counters [^>]* failed="0"' "$f"; then
    echo "$(basename "$f" .trx): the test run was aborted (see above)"; status=1; failed=$((failed + 1))
  fi
done
[ "$failed" -gt 0 ] && status=1
echo "$passed passed, $failed failed, $skipped skipped"
exit $status
