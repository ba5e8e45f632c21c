#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 DeltaTrace contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing, builds, and starts DeltaTrace on lesson 1.
# Extra arguments go to the application (see `deltatrace --help`).
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-deps.sh
cmake --preset dev >/dev/null
cmake --build --preset dev -j "$(nproc)"

app=build/src/app/deltatrace
if [ $# -eq 0 ]; then
  set -- --lesson lessons/01-delta-rule.lesson.json --experiment forward
fi
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  echo "run.sh: no display here; starting DeltaTrace in a virtual X server (xvfb-run)." >&2
  echo "        On a desktop it opens a window; here, try: $app --screenshot lesson1.png" >&2
  exec xvfb-run -a -s '-screen 0 1600x1000x24' "$app" "$@"
fi
exec "$app" "$@"
