#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 DeltaTrace contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds a release build and prints every benchmark figure as one table (engine, then GUI).
# numpy is compared side by side when /usr/bin/python3 has it (python3-numpy).
#   scripts/bench.sh [--quick]
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
cmake --preset release -DDELTATRACE_BUILD_TESTS=ON >/dev/null
cmake --build --preset release -j "$(nproc)" --target deltatrace deltatrace-bench deltatrace-guibench
build-release/tests/bench/deltatrace-bench "$@" 2>/dev/null
QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}" build-release/tests/bench/deltatrace-guibench "$@" 2>/dev/null | tail -n +3
