#!/usr/bin/env bash
# Measures the public site with wrk on loopback (docs/benchmarks.md, "Public site"): the output-cached
# home page against /_benchmark/bare (the same bytes written from memory by the same host, in the same
# run), then, with the output cache off, a participant's page and a search against the same yardstick.
# Not part of scripts/test.sh. Usage: bash scripts/benchmark-site.sh
# Settings (environment): those of scripts/benchmark-lib.sh, and PARTICIPANT (/participants/tivat),
# SEARCH (/search?q=roma), REPORT (artifacts/benchmarks/site.md).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/benchmark-lib.sh"
participant=${PARTICIPANT:-/participants/tivat}; search=${SEARCH:-/search?q=roma}
bench_init Benchmark__BareEndpoint=true

start_site 5091
measure "home, output cache on" "/"
measure "bare: home's bytes from memory" "/_benchmark/bare?path=/"
stop_site

start_site 5092 Display__OutputCacheMinutes=0
measure "participant page, output cache off" "$participant"
measure "bare: participant's bytes from memory" "/_benchmark/bare?path=$participant"
measure "search (never cached)" "$search"
stop_site

write_report "Public site" "${REPORT:-$out/site.md}"
