#!/usr/bin/env bash
# Search benchmark: index the built course with Pagefind, then run the public queries against
# Pagefind and our own search in headless Chromium.
#
#   bench/search/run.sh                 # builds the course into bench/work/search/site first
#   SITE=output bench/search/run.sh     # use an existing build instead
#   THROTTLE=4 bench/search/run.sh      # emulate a 4x slower CPU (phone-like)
#   ENGINES=pagefind bench/search/run.sh  # one engine only
#   NETWORK=150,1600 bench/search/run.sh  # serve over a slow link: 150 ms per response, 1.6 Mbit/s
#
# Results: bench/work/search/report-<throttle>x[-<network>].md and .json.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
WORK="$ROOT/bench/work/search"
THROTTLE="${THROTTLE:-1}"
NETWORK="${NETWORK:-}"
NAME="report-${THROTTLE}x${NETWORK:+-${NETWORK/,/ms-}kbit}"
mkdir -p "$WORK"

if [[ -z "${SITE:-}" ]]; then
  SITE="$WORK/site"
  echo "== building the course into $SITE" >&2
  (cd "$ROOT" && dotnet run --project src/Course.Cli -c Release -- build --output "$SITE") >&2
fi
SITE="$(cd "$SITE" && pwd)"

(cd "$HERE" && [[ -d node_modules/playwright-core && -d node_modules/pagefind ]] || npm ci --no-audit --no-fund) >&2

echo "== indexing $SITE with Pagefind" >&2
rm -rf "$WORK/pagefind"
start=$(date +%s.%N)
# Only the page content is indexed (<main>), as our own index does; nav and footers would rank
# every page for every chapter title.
(cd "$HERE" && npx pagefind --site "$SITE" --output-path "$WORK/pagefind" --root-selector main) > "$WORK/pagefind.log"
end=$(date +%s.%N)
{
  echo "Pagefind indexing: $(echo "$end - $start" | bc) s wall (npx included); $(grep -E 'Indexed [0-9]+ pages' "$WORK/pagefind.log" | xargs)"
  echo "Pagefind bundle: $(find "$WORK/pagefind" -type f | wc -l) files, $(du -sb "$WORK/pagefind" | cut -f1) bytes"
} | tee "$WORK/pagefind-size.txt" >&2

(cd "$HERE" && node search-bench.mjs --site "$SITE" --pagefind "$WORK/pagefind" --throttle "$THROTTLE" --engines "${ENGINES:-ours,pagefind}" \
  ${NETWORK:+--network "$NETWORK"} --json "$WORK/$NAME.json" ${VERBOSE:+--verbose}) | tee "$WORK/$NAME.md"
