#!/usr/bin/env bash
# Search at scale (issue 16.7): synthetic courses of 1,000 and 5,000 pages (bench/gen-course.py), built by
# our CLI and indexed by Pagefind 1.6.0 from the same output, then the public queries typed into both in
# headless Chromium (search-bench.mjs): bytes downloaded before the first result, side by side. Also the
# build's CPU with and without the search index (GNU time, user+sys), for the index's share.
#
#   bench/search/scale.sh              # 1000 and 5000 pages
#   SIZES=1000 bench/search/scale.sh   # one size
#   CLI="dotnet src/Course.Cli/bin/Debug/net10.0/course.dll" bench/search/scale.sh   # an existing build
#   KEEP_PAGEFIND=1 SIZES=5000 bench/search/scale.sh   # reuse the Pagefind bundle of an earlier run
#   RUNS=3 SIZES=1000 bench/search/scale.sh           # each build 3 times (CPU time is noisy on a shared machine)
#
# Results: bench/work/search-scale/report-<N>.md, cpu-<N>.txt, pagefind-<N>.txt.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
WORK="$ROOT/bench/work/search-scale"
SEED="${SEED:-$ROOT/../../shared/seeds/000_5896b11f6f0aeb5c.txt}"
QUERIES="${QUERIES:-$HERE/scale-queries.yml}"
mkdir -p "$WORK"
(cd "$HERE" && [[ -d node_modules/playwright-core && -d node_modules/pagefind ]] || npm ci --no-audit --no-fund) >&2
# CLI="dotnet path/to/course.dll" times another build of the CLI (default: a Release build)
if [[ -n "${CLI:-}" ]]; then
  read -r -a CLI <<< "$CLI"
else
  (cd "$ROOT" && dotnet build src/Course.Cli -c Release -v q -nologo) >&2
  CLI=(dotnet "$ROOT/src/Course.Cli/bin/Release/net10.0/course.dll")
fi

for n in ${SIZES:-1000 5000}; do
  dir="$WORK/c$n"
  [[ -d "$dir/course" ]] || python3 "$ROOT/bench/gen-course.py" "$n" "$dir" --seed "$SEED" >&2
  # RUNS=n builds each variant n times, alternating: on a shared machine one build's CPU time varies by
  # ±20 %, so compare the smallest of each.
  : > "$WORK/cpu-$n.txt"
  for run in $(seq "${RUNS:-1}"); do
    for variant in with without; do
      rm -rf "$dir/site-$variant"
      flags=(); [[ $variant == without ]] && flags=(--no-search-index)
      /usr/bin/time -f "$variant search index (run $run): %U s user, %S s system, %e s wall, %M KiB peak" -a -o "$WORK/cpu-$n.txt" \
        "${CLI[@]}" build --input "$dir/course" --output "$dir/site-$variant" --theme "$ROOT/theme" "${flags[@]}" > "$WORK/build-$n-$variant.log"
    done
  done
  grep -h "search index" "$WORK/build-$n-with.log" >> "$WORK/cpu-$n.txt" || true
  # KEEP_PAGEFIND=1 keeps a bundle indexed from an earlier run of the same generated course (the pages'
  # text is what Pagefind indexes; it takes 13 minutes at 5,000 pages on this machine).
  if [[ -z "${KEEP_PAGEFIND:-}" || ! -f "$dir/pagefind/pagefind.js" ]]; then
    rm -rf "$dir/pagefind"
    (cd "$HERE" && npx pagefind --site "$dir/site-with" --output-path "$dir/pagefind" --root-selector main) > "$WORK/pagefind-$n.txt"
    echo "Pagefind bundle: $(find "$dir/pagefind" -type f | wc -l) files, $(du -sb "$dir/pagefind" | cut -f1) bytes" >> "$WORK/pagefind-$n.txt"
  fi
  (cd "$HERE" && node search-bench.mjs --site "$dir/site-with" --pagefind "$dir/pagefind" --queries "$QUERIES" \
    --json "$WORK/report-$n.json" ${VERBOSE:+--verbose}) | tee "$WORK/report-$n.md"
done
