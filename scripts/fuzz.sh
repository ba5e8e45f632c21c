#!/usr/bin/env bash
# Builds the libFuzzer targets (clang, address + undefined sanitizers) and runs each one for
# SECONDS (default 60) on its seed corpus under tests/corpus/<target>. New inputs go to a
# scratch corpus in build-fuzz/, crashes to build-fuzz/artifacts/. Prints executions and coverage.
#   scripts/fuzz.sh [SECONDS] [TARGET...]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(lessonloader tracefile)

bash scripts/install-deps.sh
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz -j "$(nproc)"

mkdir -p build-fuzz/artifacts
for t in "${targets[@]}"; do
  work="build-fuzz/corpus-$t"
  mkdir -p "$work"
  echo "== fuzz_$t for ${seconds}s (seed corpus tests/corpus/$t)"
  # rss_limit and malloc_limit catch unbounded allocations; timeout catches hangs.
  "build-fuzz/tests/fuzz/fuzz_$t" "$work" "tests/corpus/$t" \
      -max_total_time="$seconds" -rss_limit_mb=2048 -malloc_limit_mb=1024 -timeout=10 \
      -max_len=65536 -print_final_stats=1 -artifact_prefix=build-fuzz/artifacts/ 2>&1 \
    | grep -E "^#[0-9]+.*(DONE|INITED)|stat::number_of_executed_units|stat::peak_rss|cov:|ERROR|SUMMARY" | tail -6
done
