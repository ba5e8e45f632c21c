#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 DeltaTrace contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing, builds, and runs every test through ctest.
#   scripts/test.sh          the normal build (build/)
#   scripts/test.sh asan     the whole suite under address + undefined-behaviour sanitizers
set -euo pipefail
cd "$(dirname "$0")/.."
preset="${1:-dev}"

bash scripts/install-deps.sh
cmake --preset "$preset" >/dev/null
cmake --build --preset "$preset" -j "$(nproc)"
ctest --preset "$preset" -j "$(nproc)"
