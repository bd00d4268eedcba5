#!/usr/bin/env bash
# Is the built site byte-identical to what another commit builds? (issue #18.6: refactorings change nothing visible)
#
#   bench/compare-output.sh <git-ref>          e.g. bench/compare-output.sh main
#
# Builds two courses with the CLI of <git-ref> and with the CLI of the working tree: the real course
# (input/) and the 1,000-page synthetic course of bench/gen-course.py (seed: ../shared/seeds, or SEED=...),
# then compares the outputs with `diff -r`. Both sides build the same input files (the working tree's),
# so only the generator and the theme differ. <git-ref>'s tree is exported with `git archive` and uses
# the working tree's npm packages; when theme/admin is not installed, both sides build with
# 'editor: false'. Exit 0 when every file is identical, 1 with the differing files listed.
# REUSE_REF=1 keeps the exported ref and its CLI from the last run. Everything goes to bench/work/compare/ (gitignored).
set -euo pipefail
REF="${1:?usage: bench/compare-output.sh <git-ref>}"
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
WORK="$ROOT/bench/work/compare"
SEED="${SEED:-$ROOT/../shared/seeds/000_5896b11f6f0aeb5c.txt}"
[ -f "$SEED" ] || SEED=/work/shared/seeds/000_5896b11f6f0aeb5c.txt
cd "$ROOT"
if [ -n "${REUSE_REF:-}" ] && [ -f "$WORK/ref-cli/course.dll" ]; then
  echo "== reusing the exported $REF and its CLI (REUSE_REF)"
  rm -rf "$WORK/inputs" "$WORK"/out-* "$WORK/work-cli"
else
  rm -rf "$WORK"
  mkdir -p "$WORK/ref"
  echo "== exporting $REF ($(git rev-parse --short "$REF")) and building its CLI"
  git archive "$REF" | tar -x -C "$WORK/ref"
  nice -n 10 dotnet build "$WORK/ref/src/Course.Cli" -v q -nologo -o "$WORK/ref-cli"
fi
mkdir -p "$WORK/inputs"
ln -sfn "$ROOT/theme/node_modules" "$WORK/ref/theme/node_modules"
[ -d theme/admin/node_modules ] && ln -sfn "$ROOT/theme/admin/node_modules" "$WORK/ref/theme/admin/node_modules"
cmp -s theme/package-lock.json "$WORK/ref/theme/package-lock.json" || echo "note: theme/package-lock.json differs from $REF's; both use the working tree's packages"
echo "== building the working tree's CLI"
nice -n 10 dotnet build src/Course.Cli -v q -nologo -o "$WORK/work-cli"

echo "== inputs: the real course and the 1,000-page synthetic course"
cp -r input "$WORK/inputs/real"
python3 bench/gen-course.py 1000 "$WORK/gen" --seed "$SEED" >/dev/null
mv "$WORK/gen/course" "$WORK/inputs/bench"
rm -rf "$WORK/gen"
if [ ! -d theme/admin/node_modules ]; then
  sed -i 's/^editor: true/editor: false/' "$WORK/inputs/"*/course.yml
fi

status=0
for course in real bench; do
  for side in ref work; do
    theme="$ROOT/theme"
    [ "$side" = ref ] && theme="$WORK/ref/theme"
    (cd "$WORK" && nice -n 10 dotnet "$WORK/$side-cli/course.dll" build --input "$WORK/inputs/$course" --theme "$theme" --output "$WORK/out-$side-$course" >"$WORK/build-$side-$course.log" 2>&1) \
      || { echo "the $side build of the $course course failed: see $WORK/build-$side-$course.log"; exit 2; }
  done
  if diff -r -q "$WORK/out-ref-$course" "$WORK/out-work-$course" >"$WORK/diff-$course.txt"; then
    echo "$course course: identical ($(find "$WORK/out-work-$course" -type f | wc -l) files)"
  else
    echo "$course course: $(wc -l <"$WORK/diff-$course.txt") difference(s):"
    head -n 20 "$WORK/diff-$course.txt"
    status=1
  fi
done
exit $status
