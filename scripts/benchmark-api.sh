#!/usr/bin/env bash
# Measures the headless API with wrk on loopback (docs/benchmarks.md, "Headless API"): a REST list of
# 20 participants with their country, one participant by id, and the same list through GraphQL (GET,
# so that wrk can send it; the answer is computed each time, wrk sends no If-None-Match).
# Not part of scripts/test.sh. Usage: bash scripts/benchmark-api.sh
# Settings (environment): DURATION (10s), CONNECTIONS (32), THREADS (2), SKIP_BUILD=1 (use the built
# Release site as is), BENCH_DATA=<folder> (an already set-up Database:DataFolder, e.g. a big site;
# default: a new one set up from the recipe), ITEM (member-kragujevac).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
duration=${DURATION:-10s}; connections=${CONNECTIONS:-32}; threads=${THREADS:-2}; item=${ITEM:-member-kragujevac}

if ! command -v wrk >/dev/null; then
  if [ "$(id -u)" = 0 ]; then apt-get install -y wrk >/dev/null; else sudo apt-get install -y wrk >/dev/null; fi
fi
[ "${SKIP_BUILD:-0}" = 1 ] || dotnet build src/AllianceCms.Web/AllianceCms.Web.csproj -c Release -nologo -v q -clp:ErrorsOnly
bin="$root/src/AllianceCms.Web/bin/Release/net10.0"
out="$root/artifacts/benchmarks"; mkdir -p "$out"
work=$(mktemp -d); data=${BENCH_DATA:-$work/data}
pid=""
cleanup() { [ -n "$pid" ] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

site_env=(ASPNETCORE_ENVIRONMENT=Production "Database__DataFolder=$data" Setup__AdminPassword=Benchmark-Password-1 Setup__AdminEmail=bench@example.org)
if [ -z "${BENCH_DATA:-}" ]; then
  (cd "$bin" && env "${site_env[@]}" dotnet AllianceCms.Web.dll setup >/dev/null)
fi

port=5093
(cd "$bin" && exec env "${site_env[@]}" dotnet AllianceCms.Web.dll --urls "http://127.0.0.1:$port" >"$work/site.log" 2>&1) &
pid=$!
for _ in $(seq 1 600); do
  curl -fs "http://127.0.0.1:$port/health/ready" >/dev/null 2>&1 && break
  sleep 0.1
done
curl -fs "http://127.0.0.1:$port/health/ready" >/dev/null || { echo "The site did not start:"; cat "$work/site.log"; exit 1; }
base=http://127.0.0.1:$port

rows=()
measure() { # $1: label, $2: path
  local file="$work/wrk-$RANDOM.txt" load rps p99 errors bytes
  local url="$base$2"
  curl -fs -o /dev/null "$url"; bytes=$(curl -fs "$url" | wc -c) # warm (JIT, caches, the GraphQL schema), and the size wrk gets
  load=$(cut -d' ' -f1-3 /proc/loadavg)
  wrk -t"$threads" -c"$connections" -d"$duration" --latency "$url" >"$file"
  rps=$(awk '/^Requests\/sec:/ {print $2}' "$file")
  p99=$(awk '$1 == "99%" {print $2}' "$file")
  errors=$(grep -E "Non-2xx|Socket errors" "$file" | tr -s ' ' | paste -sd ';' - || true)
  rows+=("| $1 | \`$2\` | $bytes | $rps | $p99 | $load | ${errors:-none} |")
  echo "$1: $rps req/s, p99 $p99 (load $load)"
}

query='{ memberList(first: 20, orderBy: { field: DISPLAY_TEXT }) { totalCount items { id displayText country { id displayText } } } }'
graphql="/api/graphql?query=$(python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1]))' "$query")"

measure "REST list: 20 participants with their country" "/api/content/Member?first=20&sort=displayText&expand=Member.Country"
measure "REST one participant by id" "/api/content/Member/$item"
measure "GraphQL list: the same 20 with their country" "$graphql"

report="$out/api.md"
{
  echo "Headless API, $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, wrk -t$threads -c$connections -d$duration --latency, data: ${BENCH_DATA:-recipe site}"
  echo
  echo "| what | path | bytes | req/s | p99 | load average before (1/5/15 min) | errors |"
  echo "|---|---|---|---|---|---|---|"
  printf '%s\n' "${rows[@]}"
} >"$report"
cat "$report"
