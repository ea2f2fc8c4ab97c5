#!/usr/bin/env bash
# The big site (docs/benchmarks.md, "Big site"): 10,000 participants and 100,000 news items (EN/FR
# pairs) seeded once through the content manager into a cached data folder, the search index rebuilt
# by `reindex`, then the scenarios of benchmark-site.sh and benchmark-api.sh and the big site's own
# (sitemap index and part, feeds, deep list pages, directory filters, country page, deep API cursors)
# measured against it with wrk. Not part of scripts/test.sh. Usage: bash scripts/benchmark-big.sh
# Settings (environment): those of scripts/benchmark-lib.sh, and BIG_DATA (/tmp/alliance-big/data:
# kept between runs; delete it to seed again), PARTICIPANTS (10000), NEWS (100000), BIG_ONLY=1 (only
# the big site's own pages, not the scenarios of the other two scripts again).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/benchmark-lib.sh"
big=${BIG_DATA:-/tmp/alliance-big/data}; participants=${PARTICIPANTS:-10000}; news=${NEWS:-100000}
cd "$bench_root"

if [ "${SKIP_BUILD:-0}" != 1 ]; then
  dotnet build tests/AllianceCms.Benchmarks/AllianceCms.Benchmarks.csproj -c Release -nologo -v q -clp:ErrorsOnly
fi
bench="$bench_root/tests/AllianceCms.Benchmarks/bin/Release/net10.0/AllianceCms.Benchmarks.dll"
if [ ! -f "$big/.seeded-$participants-$news" ]; then
  echo "== seeding $participants participants and $news news items into $big (load $(cut -d' ' -f1-3 /proc/loadavg))"
  start=$(date +%s)
  dotnet "$bench" --seed-big --data "$big" --web-dll "$bin/AllianceCms.Web.dll" --participants "$participants" --news "$news"
  echo "seeded in $(( $(date +%s) - start )) s"
  echo "== reindex (index tables, routes, search index)"
  start=$(date +%s)
  (cd "$bin" && env ASPNETCORE_ENVIRONMENT=Production "Database__DataFolder=$big" dotnet AllianceCms.Web.dll reindex)
  echo "reindexed in $(( $(date +%s) - start )) s"
  touch "$big/.seeded-$participants-$news"
fi

export BENCH_DATA=$big SKIP_BUILD=1
if [ "${BIG_ONLY:-0}" != 1 ]; then
  echo "== the public site's scenarios"
  PARTICIPANT=/participants/belagrad SEARCH=/search?q=mediation REPORT="$out/big-site.md" bash scripts/benchmark-site.sh
  echo "== the API's scenarios"
  ITEM=big-member-0 REPORT="$out/big-api.md" bash scripts/benchmark-api.sh
fi

echo "== the big site's own pages and lists, output cache off"
bench_init Display__OutputCacheMinutes=0
start_site 5094 Display__OutputCacheMinutes=0
# A cursor 10,000 items deep into the English news, from walking the REST list 100 at a time.
deep_cursor=$(python3 - "$base" <<'PY'
import json, sys, urllib.parse, urllib.request
base, after = sys.argv[1], None
for _ in range(100):
    url = f"{base}/api/content/NewsItem?culture=en&first=100" + (f"&after={urllib.parse.quote(after)}" if after else "")
    after = json.load(urllib.request.urlopen(url))["nextCursor"]
print(urllib.parse.quote(after))
PY
)
measure "home, output cache off" "/"
measure "sitemap index" "/sitemap.xml"
measure "sitemap part: English news 20,001–22,000" "/sitemap.xml?part=NewsItem.en.11"
measure "RSS feed (latest 20)" "/news/rss.xml"
measure "news list, page 1" "/news"
measure "news list, page 5,000" "/news?page=5000"
measure "news list, tag filter, page 100" "/news?tag=housing&page=100"
measure "directory, page 1 (by name)" "/participants"
measure "directory, page 200 (by name)" "/participants?page=200"
measure "directory, country filter, by ordinal descending" "/participants?country=country-it&sort=ordinal&dir=desc"
measure "directory, three filters and text" "/participants?country=country-fr&type=city&priority=housing&q=gr"
measure "country page (participants and news of the country)" "/countries/italy"
measure "participant page with related news" "/participants/belagrad"
measure "REST news list, first page" "/api/content/NewsItem?culture=en&first=20"
measure "REST news list, 10,000 deep by cursor" "/api/content/NewsItem?culture=en&first=20&after=$deep_cursor"
write_report "Big site ($participants participants, $news news items), output cache off" "$out/big-pages.md"

# The runs above repeat one URL, so after the first request the site's read cache answers; a visitor
# or crawler walking distinct pages, or the first request after an edit, pays the database's price.
cold_rows=()
measure_cold() { # $1: label, then distinct paths, each requested once, one after the other
  local label=$1; shift
  local load; load=$(cut -d' ' -f1-3 /proc/loadavg)
  cold_row "$label" "$1" "$load" $(for path in "$@"; do curl -fs -o /dev/null -w '%{time_total}\n' "$base$path"; done)
}
cold_row() { # $1: label, $2: first path, $3: load average before, then the times in seconds
  local label=$1 first=$2 load=$3; shift 3
  local sorted n median max
  sorted=$(printf '%s\n' "$@" | sort -n); n=$#
  median=$(echo "$sorted" | sed -n "$(( (n + 1) / 2 ))p"); max=$(echo "$sorted" | tail -1)
  cold_rows+=("| $label | \`$first\` … | $n | $(awk -v t="$median" 'BEGIN { printf "%.0f ms", t * 1000 }') | $(awk -v t="$max" 'BEGIN { printf "%.0f ms", t * 1000 }') | $load |")
  echo "$label (cold, $n distinct): median ${median}s, max ${max}s"
}
members=$(curl -fs "$base/sitemap.xml?part=Member.en.2" | grep -o '<loc>[^<]*</loc>' | sed -E 's|<loc>https?://[^/]+||; s|</loc>||' | awk 'NR <= 10')
measure_cold "news list, pages 3,000–3,009" $(for i in $(seq 3000 3009); do echo "/news?page=$i"; done)
measure_cold "French news list, pages 2,000–2,009" $(for i in $(seq 2000 2009); do echo "/fr/actualites?page=$i"; done)
measure_cold "directory, pages 100–109" $(for i in $(seq 100 109); do echo "/participants?page=$i"; done)
measure_cold "sitemap parts, English news 1–5" $(for i in $(seq 1 5); do echo "/sitemap.xml?part=NewsItem.en.$i"; done)
measure_cold "country pages" /countries/france /countries/spain /countries/romania /countries/hungary /countries/greece /countries/slovak-republic /countries/serbia /countries/portugal
measure_cold "participant pages" $members
measure_cold "searches" "/search?q=housing" "/search?q=health" "/search?q=youth" "/search?q=training" "/search?q=women" "/search?q=culture"
# The next 10 pages after the deep cursor's (wrk read only that one), timed as they are walked.
load=$(cut -d' ' -f1-3 /proc/loadavg)
cold_row "REST news list by cursor, 10 pages from 10,000 deep" "/api/content/NewsItem?culture=en&first=20&after=…" "$load" $(python3 - "$base" "$deep_cursor" <<'PY'
import json, sys, time, urllib.parse, urllib.request
base, after = sys.argv[1], urllib.parse.unquote(sys.argv[2])
after = json.load(urllib.request.urlopen(f"{base}/api/content/NewsItem?culture=en&first=20&after={urllib.parse.quote(after)}"))["nextCursor"]
for _ in range(10):
    start = time.monotonic()
    after = json.load(urllib.request.urlopen(f"{base}/api/content/NewsItem?culture=en&first=20&after={urllib.parse.quote(after)}"))["nextCursor"]
    print(f"{time.monotonic() - start:.6f}")
PY
)
stop_site
{
  echo "Big site, cold reads (each path once, in turn; read cache misses), $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores"
  echo
  echo "| what | first path | requests | median | max | load average before (1/5/15 min) |"
  echo "|---|---|---|---|---|---|"
  printf '%s\n' "${cold_rows[@]}"
} >"$out/big-cold.md"
cat "$out/big-cold.md"
