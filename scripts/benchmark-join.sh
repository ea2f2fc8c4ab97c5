#!/usr/bin/env bash
# Measures the join form (docs/benchmarks.md, "Join form"): 1,000 submissions from 32 concurrent
# clients against the built site (Release) on a throwaway SQLite data folder, then the same with the
# site killed (SIGKILL) halfway and started again; checks the database after each run.
# Usage: bash scripts/benchmark-join.sh [submissions] [clients]
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
submissions=${1:-1000}; clients=${2:-32}

dotnet build tests/AllianceCms.Benchmarks/AllianceCms.Benchmarks.csproj -c Release -nologo -v q -clp:ErrorsOnly
dotnet build src/AllianceCms.Web/AllianceCms.Web.csproj -c Release -nologo -v q -clp:ErrorsOnly
bench="$root/tests/AllianceCms.Benchmarks/bin/Release/net10.0/AllianceCms.Benchmarks.dll"
web="$root/src/AllianceCms.Web/bin/Release/net10.0/AllianceCms.Web.dll"

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores"
status=0
dotnet "$bench" --join --web-dll "$web" --submissions "$submissions" --clients "$clients" || status=1
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
dotnet "$bench" --join --web-dll "$web" --submissions "$submissions" --clients "$clients" --kill || status=1
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
exit $status
