#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 DeltaTrace contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the libFuzzer targets (clang, address + undefined sanitizers) and runs each one for
# SECONDS (default 60) on its seed corpus. New inputs go to a scratch corpus in build-fuzz/,
# crashes to build-fuzz/artifacts/, each run's whole output to build-fuzz/fuzz_<target>.log.
# Prints the executions and coverage of every run; exits non-zero if any target found a crash,
# a leak, a hang or an oversized allocation (CI runs it).
#   scripts/fuzz.sh [SECONDS] [TARGET...]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(lessonloader tracefile)

# The seed folders of each target (libFuzzer reads them recursively and never writes to them).
# The lesson loader starts from the real lessons and the good and bad test lessons themselves.
seeds_of() {
  case "$1" in
    lessonloader) echo "lessons tests/data/lessons" ;;
    tracefile) echo "tests/corpus/tracefile tests/data/traces" ;;
    *) echo "fuzz.sh: no fuzz target '$1' (there are: lessonloader tracefile)" >&2; return 1 ;;
  esac
}
for t in "${targets[@]}"; do seeds_of "$t" >/dev/null; done

bash scripts/install-deps.sh
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz -j "$(nproc)"

mkdir -p build-fuzz/artifacts
failed=()
for t in "${targets[@]}"; do
  read -r -a seeds <<<"$(seeds_of "$t")"
  work="build-fuzz/corpus-$t"
  log="build-fuzz/fuzz_$t.log"
  mkdir -p "$work"
  echo "== fuzz_$t for ${seconds}s (seeds: ${seeds[*]})"
  # rss_limit and malloc_limit catch unbounded allocations; timeout catches hangs. The status is
  # the fuzzer's own: its output goes to a file, not through a pipe.
  status=0
  "build-fuzz/tests/fuzz/fuzz_$t" "$work" "${seeds[@]}" \
      -max_total_time="$seconds" -rss_limit_mb=2048 -malloc_limit_mb=1024 -timeout=10 \
      -max_len=65536 -print_final_stats=1 -artifact_prefix="build-fuzz/artifacts/fuzz_$t-" \
      >"$log" 2>&1 || status=$?
  grep -E "^INFO: seed corpus|^#[0-9]+[[:space:]]+(INITED|DONE)|^stat::(number_of_executed_units|average_exec_per_sec|new_units_added|peak_rss_mb)" "$log" || true
  if [ "$status" -ne 0 ]; then
    echo "!! fuzz_$t failed (exit status $status); its report, from $log:" >&2
    tail -n 60 "$log" >&2
    failed+=("$t")
  fi
done

if [ ${#failed[@]} -gt 0 ]; then
  echo "fuzz.sh: findings in ${failed[*]}; the inputs are in build-fuzz/artifacts/" >&2
  exit 1
fi
