#!/usr/bin/env bash
# The 10,000-case fuzz run of issue #11.9 (the test suite runs 150 cases with a fixed seed).
# Usage: bench/fuzz/run.sh [cases] [minutes]   → bench/fuzz/last-run.txt (a time budget stops it early)
set -euo pipefail
cd "$(dirname "$0")/../.."
export COURSE_FUZZ_CASES="${1:-10000}"
export COURSE_FUZZ_MINUTES="${2:-100000}"
export COURSE_FUZZ_REPORT="$PWD/bench/fuzz/last-run.txt"
nice -n 10 dotnet test tests/Course.Tests --filter "FullyQualifiedName~Course.Tests.Fuzz.FuzzTests" --logger "console;verbosity=minimal"
cat "$COURSE_FUZZ_REPORT"
