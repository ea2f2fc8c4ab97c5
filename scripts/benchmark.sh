#!/usr/bin/env bash
# Measures the content core (docs/benchmarks.md): seeds 10,000 participants and 100,000 news items
# through the content manager, times two queries on the recipe-sized and the big site, reindex,
# start to ready and idle memory of the built site, on SQLite and then on a throwaway PostgreSQL.
# Not part of scripts/test.sh. Usage: bash scripts/benchmark.sh [sqlite|postgres|both] [extra args]
# Extra args go to the benchmark, e.g. --members 1000 --news 10000 for a quick run.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
which=${1:-both}; shift || true

dotnet build tests/AllianceCms.Benchmarks/AllianceCms.Benchmarks.csproj -c Release -nologo -v q -clp:ErrorsOnly
dotnet build src/AllianceCms.Web/AllianceCms.Web.csproj -c Release -nologo -v q -clp:ErrorsOnly
bench="$root/tests/AllianceCms.Benchmarks/bin/Release/net10.0/AllianceCms.Benchmarks.dll"
web="$root/src/AllianceCms.Web/bin/Release/net10.0/AllianceCms.Web.dll"
out="$root/artifacts/benchmarks"
mkdir -p "$out"

if [ "$which" = sqlite ] || [ "$which" = both ]; then
  dotnet "$bench" --provider sqlite --web-dll "$web" --report "$out/sqlite.md" "$@"
fi

if [ "$which" = postgres ] || [ "$which" = both ]; then
  # Its own port and folder, so that a test run's server on the default port is left alone.
  export PG_PORT=${PG_PORT:-55439}
  source scripts/postgres.sh
  pg_start
  trap pg_stop EXIT
  # The benchmark creates (and drops) its own database on this server.
  dotnet "$bench" --provider postgres --web-dll "$web" --report "$out/postgres.md" "$@"
fi
echo "Reports: $out/"
