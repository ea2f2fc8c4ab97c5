#!/usr/bin/env bash
# Measures the public site with wrk on loopback (docs/benchmarks.md, "Public site"): the output-cached
# home page against /_benchmark/bare (the same bytes written from memory by the same host, in the same
# run), then, with the output cache off, a participant's page and a search against the same yardstick.
# Not part of scripts/test.sh. Usage: bash scripts/benchmark-site.sh
# Settings (environment): DURATION (10s), CONNECTIONS (32), THREADS (2), SKIP_BUILD=1 (use the built
# Release site as is), BENCH_DATA=<folder> (an already set-up Database:DataFolder, e.g. a big site;
# default: a new one set up from the recipe), PARTICIPANT (/participants/tivat), SEARCH (/search?q=roma).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
duration=${DURATION:-10s}; connections=${CONNECTIONS:-32}; threads=${THREADS:-2}
participant=${PARTICIPANT:-/participants/tivat}; search=${SEARCH:-/search?q=roma}

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

site_env=(ASPNETCORE_ENVIRONMENT=Production "Database__DataFolder=$data" Setup__AdminPassword=Benchmark-Password-1 Setup__AdminEmail=bench@example.org Benchmark__BareEndpoint=true)
if [ -z "${BENCH_DATA:-}" ]; then
  (cd "$bin" && env "${site_env[@]}" dotnet AllianceCms.Web.dll setup >/dev/null)
fi

start_site() { # $1: port, then extra VAR=value settings
  local port=$1; shift
  (cd "$bin" && exec env "${site_env[@]}" "$@" dotnet AllianceCms.Web.dll --urls "http://127.0.0.1:$port" >"$work/site-$port.log" 2>&1) &
  pid=$!
  for _ in $(seq 1 600); do
    curl -fs "http://127.0.0.1:$port/health/ready" >/dev/null 2>&1 && return 0
    sleep 0.1
  done
  echo "The site did not start:"; cat "$work/site-$port.log"; exit 1
}
stop_site() { kill "$pid"; wait "$pid" 2>/dev/null || true; pid=""; }

rows=()
measure() { # $1: label, $2: path on the running site ($base)
  local file="$work/wrk-$RANDOM.txt" load rps p99 errors bytes
  local url="$base$2"
  curl -fs -o /dev/null "$url"; bytes=$(curl -fs "$url" | wc -c) # warm (JIT, caches), and the size wrk gets
  load=$(cut -d' ' -f1-3 /proc/loadavg)
  wrk -t"$threads" -c"$connections" -d"$duration" --latency "$url" >"$file"
  rps=$(awk '/^Requests\/sec:/ {print $2}' "$file")
  p99=$(awk '$1 == "99%" {print $2}' "$file")
  errors=$(grep -E "Non-2xx|Socket errors" "$file" | tr -s ' ' | paste -sd ';' - || true)
  rows+=("| $1 | \`$2\` | $bytes | $rps | $p99 | $load | ${errors:-none} |")
  echo "$1: $rps req/s, p99 $p99 (load $load)"
}

start_site 5091
base=http://127.0.0.1:5091
measure "home, output cache on" "/"
measure "bare: home's bytes from memory" "/_benchmark/bare?path=/"
stop_site

start_site 5092 Display__OutputCacheMinutes=0
base=http://127.0.0.1:5092
measure "participant page, output cache off" "$participant"
measure "bare: participant's bytes from memory" "/_benchmark/bare?path=$participant"
measure "search (never cached)" "$search"
stop_site

report="$out/site.md"
{
  echo "Public site, $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, wrk -t$threads -c$connections -d$duration --latency, data: ${BENCH_DATA:-recipe site}"
  echo
  echo "| what | path | bytes | req/s | p99 | load average before (1/5/15 min) | errors |"
  echo "|---|---|---|---|---|---|---|"
  printf '%s\n' "${rows[@]}"
} >"$report"
cat "$report"
