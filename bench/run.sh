#!/usr/bin/env bash
# Build speed and peak memory: our generator against Hugo on the same synthetic course.
#
#   bench/run.sh                 # sizes 60 1000 5000 (10/5/3 timed runs)
#   SIZES="60 1000" bench/run.sh
#   ONLY=hugo bench/run.sh       # one tool only (ours | hugo)
#
#   CLI="dotnet src/Course.Cli/bin/Release/net10.0/course.dll" bench/run.sh   # time the JIT build instead
#
#   PASSES=2 bench/run.sh        # time every size twice (the passes are merged, as in perf-anchors)
#
# The machine is shared: before every timing the script waits (up to QUIET_MAX_WAIT s, default
# 900) until the 1-minute load average is below QUIET_LOAD (default 1.5), and records the load.
#
# Everything goes to bench/work/ (gitignored): bin/course (our CLI, published native), cN/course,
# cN/hugo (inputs), cN/out-* (outputs), results/*.json (hyperfine), results/*.time (GNU time -v). The table at the end is also written
# to bench/work/results/summary.md.
set -euo pipefail

BENCH="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$BENCH/.." && pwd)"
WORK="$BENCH/work"
RESULTS="$WORK/results"
SIZES="${SIZES:-60 1000 5000}"
ONLY="${ONLY:-}"
HUGO="${HUGO:-/usr/bin/hugo}"
# Ours is the native (ahead-of-time compiled) binary that `dotnet publish` makes, as it is shipped.
# CLI=... times another build of the CLI instead, e.g. CLI="dotnet src/Course.Cli/bin/Release/net10.0/course.dll"
# (then nothing is published).
case "$(uname -m)" in aarch64 | arm64) RID=linux-arm64 ;; *) RID=linux-x64 ;; esac
CLI_DIR="$WORK/bin"
CLI="${CLI:-}"
mkdir -p "$RESULTS"

TOOLS="ours hugo"
PASSES="${PASSES:-1}"
QUIET_LOAD="${QUIET_LOAD:-1.5}"
QUIET_MAX_WAIT="${QUIET_MAX_WAIT:-900}"
wait_quiet() {
  local waited=0
  while awk -v max="$QUIET_LOAD" '{ exit !($1 >= max) }' /proc/loadavg && (( waited < QUIET_MAX_WAIT )); do
    sleep 10; waited=$((waited + 10))
  done
  echo "$1: load average $(cut -d' ' -f1-3 /proc/loadavg) (waited ${waited} s)" >> "$RESULTS/versions.txt"
}
runs_for() { case "$1" in 60) echo 10 ;; 1000) echo 5 ;; *) echo 3 ;; esac; }
want() { [[ -z "$ONLY" || "$ONLY" == "$1" ]]; }

if want ours && [[ -z "$CLI" ]]; then
  echo "== publishing our CLI (Release, native AOT, $RID)"
  rm -rf "$CLI_DIR"
  (cd "$ROOT" && dotnet publish src/Course.Cli -c Release -r "$RID" -o "$CLI_DIR" -nologo -v quiet -clp:ErrorsOnly) >&2
  [[ -x "$CLI_DIR/course" ]] || { echo "no $CLI_DIR/course after the publish" >&2; exit 1; }
  CLI="$CLI_DIR/course"
fi

{
  echo "machine: $(nproc) vCPU, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(. /etc/os-release && echo "$PRETTY_NAME")"
  echo "hugo: $("$HUGO" version | cut -d' ' -f2)"
  echo "dotnet: $(dotnet --version)"
  echo "ours: ${CLI:-not timed}"
  echo "hyperfine: $(hyperfine --version | cut -d' ' -f2)"
  echo "commit: $(git -C "$ROOT" rev-parse --short HEAD)"
} >> "$RESULTS/versions.txt"

for n in $SIZES; do
  dir="$WORK/c$n"
  echo "== generating $n pages"
  python3 "$BENCH/gen-course.py" "$n" "$dir"
  read -ra ours <<< "$CLI"
  ours+=(build --input "$dir/course" --output "$dir/out-ours" --theme "$ROOT/theme")
  hugo=("$HUGO" --quiet --source "$dir/hugo" --destination "$dir/out-hugo")

  # One untimed build each: the course must build cleanly (exit 0) and we record what was written.
  for tool in $TOOLS; do
    want "$tool" || continue
    declare -n cmd="$tool"
    rm -rf "$dir/out-$tool"
    if ! "${cmd[@]}" > "$RESULTS/c$n-$tool.log" 2>&1; then
      echo "$tool failed on $n pages; see $RESULTS/c$n-$tool.log" >&2
      tail -20 "$RESULTS/c$n-$tool.log" >&2
      exit 1
    fi
    echo "$(find "$dir/out-$tool" -type f | wc -l) files, $(du -sb "$dir/out-$tool" | cut -f1) bytes" > "$RESULTS/c$n-$tool.size"
  done

  # Clean builds: --prepare removes the output folder before every timed run.
  for pass in $(seq 1 "$PASSES"); do
    args=(-N --warmup 1 --runs "$(runs_for "$n")" --export-json "$RESULTS/c$n-pass$pass${ONLY:+-$ONLY}.json")
    for tool in $TOOLS; do
      want "$tool" || continue
      declare -n cmd="$tool"
      args+=(--prepare "rm -rf $dir/out-$tool" -n "$tool" "${cmd[*]}")
    done
    wait_quiet "timing $n pages, pass $pass"
    echo "== timing $n pages, pass $pass"
    hyperfine "${args[@]}"
  done

  # Peak memory: GNU time, clean builds, MEM_RUNS runs each.
  for tool in $TOOLS; do
    want "$tool" || continue
    declare -n cmd="$tool"
    for r in $(seq 1 "${MEM_RUNS:-1}"); do
      rm -rf "$dir/out-$tool"
      wait_quiet "memory $n pages, $tool, run $r"
      /usr/bin/time -v -o "$RESULTS/c$n-$tool-$r.time" "${cmd[@]}" > /dev/null 2>&1
    done
  done
done

python3 "$BENCH/summarize.py" "$RESULTS" $SIZES | tee "$RESULTS/summary.md"
