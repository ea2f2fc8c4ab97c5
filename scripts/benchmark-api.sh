#!/usr/bin/env bash
# Measures the headless API with wrk on loopback (docs/benchmarks.md, "Headless API"): a REST list of
# 20 participants with their country, one participant by id, and the same list through GraphQL (GET,
# so that wrk can send it; the answer is computed each time, wrk sends no If-None-Match), both with
# a few fields and with every field the REST list writes.
# Not part of scripts/test.sh. Usage: bash scripts/benchmark-api.sh
# Settings (environment): those of scripts/benchmark-lib.sh, and ITEM (member-kragujevac),
# REPORT (artifacts/benchmarks/api.md).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/benchmark-lib.sh"
item=${ITEM:-member-kragujevac}
bench_init

start_site 5093
encode() { python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1]))' "$1"; }
query='{ memberList(first: 20, orderBy: { field: DISPLAY_TEXT }) { totalCount items { id displayText country { id displayText } } } }'
graphql="/api/graphql?query=$(encode "$query")"
# Every field the REST list writes (all but "version"), the country's too: the two compared field for field.
columns='id contentType culture localizationSet displayText slug url publishedAt modifiedAt createdAt'
member='authorityType joinedOn ordinal status population romaPopulation romaPopulationSource romaPopulationYear website location { lat lng } priorities description logo { path } focalPointRole declarationSignedOn'
country='alpha2 alpha3 coeMemberSince flag { path } intro nationalNetwork'
full="{ memberList(first: 20, orderBy: { field: DISPLAY_TEXT }) { totalCount items { $columns $member country { $columns $country } } } }"
graphql_full="/api/graphql?query=$(encode "$full")"

measure "REST list: 20 participants with their country" "/api/content/Member?first=20&sort=displayText&expand=Member.Country"
measure "REST one participant by id" "/api/content/Member/$item"
measure "GraphQL list: the same 20 with their country" "$graphql"
measure "GraphQL list: the same 20, every field REST writes" "$graphql_full"
stop_site

write_report "Headless API" "${REPORT:-$out/api.md}"
