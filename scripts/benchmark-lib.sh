#!/usr/bin/env bash
# Shared by scripts/benchmark-{site,api,big}.sh (source it, then call bench_init): the built Release
# site on a data folder, started on loopback and stopped again, and wrk runs collected as table rows.
# Settings (environment): DURATION (10s), CONNECTIONS (32), THREADS (2), SKIP_BUILD=1 (use the built
# Release site as is), BENCH_DATA=<folder> (an already set-up Database:DataFolder, e.g. a big site;
# default: a new one in a throwaway folder, set up from the recipe).

bench_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
duration=${DURATION:-10s}; connections=${CONNECTIONS:-32}; threads=${THREADS:-2}
bin="$bench_root/src/AllianceCms.Web/bin/Release/net10.0"
out="$bench_root/artifacts/benchmarks"
work=""; data=""; pid=""; base=""; rows=()

# Builds the site (unless SKIP_BUILD=1), installs wrk if missing, makes the throwaway folder and,
# without BENCH_DATA, sets a new site up from the recipe in it. $@: extra VAR=value site settings.
bench_init() {
  cd "$bench_root"
  if ! command -v wrk >/dev/null; then
    if [ "$(id -u)" = 0 ]; then apt-get install -y wrk >/dev/null; else sudo apt-get install -y wrk >/dev/null; fi
  fi
  [ "${SKIP_BUILD:-0}" = 1 ] || dotnet build src/AllianceCms.Web/AllianceCms.Web.csproj -c Release -nologo -v q -clp:ErrorsOnly
  mkdir -p "$out"
  work=$(mktemp -d); data=${BENCH_DATA:-$work/data}
  trap bench_cleanup EXIT
  site_env=(ASPNETCORE_ENVIRONMENT=Production "Database__DataFolder=$data" Setup__AdminPassword=Benchmark-Password-1 Setup__AdminEmail=bench@example.org Search__RateLimitPermits=0 "$@")
  if [ -z "${BENCH_DATA:-}" ]; then
    (cd "$bin" && env "${site_env[@]}" dotnet AllianceCms.Web.dll setup >/dev/null)
  fi
}

bench_cleanup() {
  local status=$?
  # A failed run shows why: the end of the site's log, before the folder goes.
  if [ "$status" != 0 ] && [ -n "$work" ]; then
    for log in "$work"/site-*.log; do [ -f "$log" ] && { echo "== $log (last lines)"; tail -20 "$log"; }; done
  fi
  [ -n "$pid" ] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null
  rm -rf "$work"
}

# Starts the site on 127.0.0.1:$1 and waits (up to 60 s) for /health/ready; then extra VAR=value settings.
start_site() {
  local port=$1; shift
  (cd "$bin" && exec env "${site_env[@]}" "$@" dotnet AllianceCms.Web.dll --urls "http://127.0.0.1:$port" >"$work/site-$port.log" 2>&1) &
  pid=$!
  base=http://127.0.0.1:$port
  for _ in $(seq 1 600); do
    curl -fs "$base/health/ready" >/dev/null 2>&1 && return 0
    sleep 0.1
  done
  echo "The site did not start:"; cat "$work/site-$port.log"; exit 1
}

stop_site() { kill "$pid"; wait "$pid" 2>/dev/null || true; pid=""; }

# One wrk run against the running site: $1 label, $2 path. Two requests first (caches, and the size
# wrk gets), then WARMUP (20s) of the same load unrecorded: tiered JIT with dynamic PGO needs about
# that long on 2 busy cores to reach steady state (a participant page measured 1,800 req/s in its
# first 5 s and 5,400 in its fourth). The load average is read just before the measured run starts.
measure() {
  local file="$work/wrk-$RANDOM.txt" load rps p99 errors bytes
  local url="$base$2"
  curl -fsS -o /dev/null "$url"; bytes=$(curl -fsS "$url" | wc -c)
  wrk -t"$threads" -c"$connections" -d"${WARMUP:-20s}" "$url" >/dev/null
  load=$(cut -d' ' -f1-3 /proc/loadavg)
  wrk -t"$threads" -c"$connections" -d"$duration" --latency "$url" >"$file"
  rps=$(awk '/^Requests\/sec:/ {print $2}' "$file")
  p99=$(awk '$1 == "99%" {print $2}' "$file")
  errors=$(grep -E "Non-2xx|Socket errors" "$file" | tr -s ' ' | paste -sd ';' - || true)
  rows+=("| $1 | \`$2\` | $bytes | $rps | $p99 | $load | ${errors:-none} |")
  echo "$1: $rps req/s, p99 $p99 (load $load)"
}

# Writes the rows measured so far as a table to $2 (and prints it); $1 is the heading's first words.
write_report() {
  {
    echo "$1, $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, wrk -t$threads -c$connections -d$duration --latency, data: ${BENCH_DATA:-recipe site}"
    echo
    echo "| what | path | bytes | req/s | p99 | load average before (1/5/15 min) | errors |"
    echo "|---|---|---|---|---|---|---|"
    printf '%s\n' "${rows[@]}"
  } >"$2"
  cat "$2"
}
