#!/usr/bin/env bash
# CPU time of one build, before and after a change (issue #18.6: the refactorings do not make the build slower).
#
#   bench/compare-cpu.sh <git-ref-before> <git-ref-after>      e.g. bench/compare-cpu.sh 12d551f^ main
#
# Builds the CLI of each ref in Release (JIT, as `dotnet run` users get it; bench/run.sh times the native
# binary instead), generates the 1,000-page synthetic course (bench/gen-course.py, seed as compare-output.sh),
# then builds it RUNS times (default 5) with each CLI, interleaved (before, after, before, …) so a change
# in the machine's load hits both alike, each with its own theme. Prints user+sys CPU seconds and wall
# seconds of every run, the medians and the ratio after ÷ before. Output under bench/work/cpu/ (gitignored).
# REUSE=1 keeps the CLIs and the course of the last run. NATIVE=1 compares the native (ahead-of-time
# compiled) binaries that `dotnet publish -r linux-x64` makes instead, as bench/run.sh times them against
# Hugo (no JIT: only the work and the runtime's thread pool and GC settings count); its files go to bench/work/cpu-native/.
set -euo pipefail
BEFORE="${1:?usage: bench/compare-cpu.sh <git-ref-before> <git-ref-after>}"
AFTER="${2:?usage: bench/compare-cpu.sh <git-ref-before> <git-ref-after>}"
RUNS="${RUNS:-5}"
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
WORK="$ROOT/bench/work/cpu"
RID="linux-$(uname -m | sed -e 's/x86_64/x64/' -e 's/aarch64/arm64/')"
[ -n "${NATIVE:-}" ] && WORK="$ROOT/bench/work/cpu-native"
SEED="${SEED:-$ROOT/../shared/seeds/000_5896b11f6f0aeb5c.txt}"
[ -f "$SEED" ] || SEED=/work/shared/seeds/000_5896b11f6f0aeb5c.txt
cd "$ROOT"
if [ -z "${REUSE:-}" ] || { [ ! -f "$WORK/after-cli/course.dll" ] && [ ! -x "$WORK/after-cli/course" ]; }; then
  rm -rf "$WORK"
  for side in before after; do
    ref="$BEFORE"; [ "$side" = after ] && ref="$AFTER"
    echo "== $side: exporting $ref ($(git rev-parse --short "$ref")) and building its CLI (Release${NATIVE:+, native $RID})"
    mkdir -p "$WORK/$side"
    git archive "$ref" | tar -x -C "$WORK/$side"
    ln -sfn "$ROOT/theme/node_modules" "$WORK/$side/theme/node_modules"
    if [ -n "${NATIVE:-}" ]; then
      nice -n 10 dotnet publish -c Release -r "$RID" "$WORK/$side/src/Course.Cli" -v q -nologo -o "$WORK/$side-cli" >"$WORK/build-$side.log"
    else
      nice -n 10 dotnet build -c Release "$WORK/$side/src/Course.Cli" -v q -nologo -o "$WORK/$side-cli" >"$WORK/build-$side.log"
    fi
  done
  python3 bench/gen-course.py 1000 "$WORK/gen" --seed "$SEED" >/dev/null
  mv "$WORK/gen/course" "$WORK/course"
  rm -rf "$WORK/gen"
fi

# Each build writes a new folder, and the old ones are deleted after the last run: on this machine's ext4
# (no journal) a file created within seconds of thousands of deletions costs far more kernel time (the
# allocator steps over recently freed inodes), which would charge one side for the other's clean-up,
# and the side writing more files the most.
rm -rf "$WORK"/out-*
echo "run side cpu_s wall_s load1" >"$WORK/runs.txt"
for run in $(seq 1 "$RUNS"); do
  for side in before after; do
    cli=(dotnet "$WORK/$side-cli/course.dll")
    [ -n "${NATIVE:-}" ] && cli=("$WORK/$side-cli/course")
    (cd "$WORK" && /usr/bin/time -f "%U %S %e" -o "$WORK/time.txt" "${cli[@]}" build --input "$WORK/course" --theme "$WORK/$side/theme" --output "$WORK/out-$side-$run" >"$WORK/build-$side-$run.log" 2>&1) \
      || { echo "the $side build failed: see $WORK/build-$side-$run.log"; exit 2; }
    read -r user sys wall <"$WORK/time.txt"
    echo "$run $side $(python3 -c "print(f'{$user + $sys:.2f}')") $wall $(cut -d' ' -f1 /proc/loadavg)" | tee -a "$WORK/runs.txt"
  done
done
rm -rf "$WORK"/out-*
python3 - "$WORK/runs.txt" <<'PY'
import statistics, sys
rows = [line.split() for line in open(sys.argv[1]).read().splitlines()[1:]]
med = {side: statistics.median(float(r[2]) for r in rows if r[1] == side) for side in ("before", "after")}
wall = {side: statistics.median(float(r[3]) for r in rows if r[1] == side) for side in ("before", "after")}
for side in ("before", "after"):
    cpus = sorted(float(r[2]) for r in rows if r[1] == side)
    print(f"{side}: CPU median {med[side]:.2f} s (min {cpus[0]:.2f}, max {cpus[-1]:.2f}), wall median {wall[side]:.2f} s")
print(f"after / before: CPU {med['after'] / med['before']:.3f}, wall {wall['after'] / wall['before']:.3f}")
PY
