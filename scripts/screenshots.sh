#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 DeltaTrace contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Screenshots of the window for a person to look over after a visual change: every experiment of
# every lesson at the screen sizes of a classroom (1024x768, 1366x768, 1600x1000, 1920x1080), in
# Korean and in English, and presenter mode at 1024x768. Each is the real app rendered on a
# virtual X screen of that size (xvfb-run), one process per picture.
#
# It builds nothing: build first (scripts/test.sh, or cmake --preset dev && ninja -C build).
#   scripts/screenshots.sh OUT_DIR [BUILD_DIR]      (BUILD_DIR: build, from the repository root)
# Names: LESSON-EXPERIMENT-WxH-LANG[-presenter].png. Exits 1 if any picture failed.
set -euo pipefail

if [[ $# -lt 1 || $# -gt 2 ]]; then
    echo "usage: scripts/screenshots.sh OUT_DIR [BUILD_DIR]" >&2
    exit 2
fi
mkdir -p "$1"
out=$(cd "$1" && pwd)
root=$(cd "$(dirname "$0")/.." && pwd)
build=${2:-$root/build}
build=$(cd "$build" && pwd)
app=$build/src/app/deltatrace
cli=$build/src/cli/deltatrace-cli
for program in "$app" "$cli"; do
    if [[ ! -x $program ]]; then
        echo "screenshots.sh: $program is not built" >&2
        exit 1
    fi
done
command -v xvfb-run >/dev/null || { echo "screenshots.sh: xvfb-run is missing (apt-get install xvfb)" >&2; exit 1; }

sizes=(1024x768 1366x768 1600x1000 1920x1080)
languages=(ko en)
failed=0

# shot LESSON_FILE EXPERIMENT GOTO SIZE LANG NAME [--presenter]
shot() {
    local file=$1 experiment=$2 position=$3 size=$4 language=$5 name=$6
    shift 6
    if xvfb-run -a -s "-screen 0 ${size}x24" "$app" --size "$size" "$@" --lesson "$file" \
        --experiment "$experiment" --goto "$position" --lang "$language" --screenshot "$out/$name.png" \
        </dev/null >/dev/null 2>"$out/$name.log"; then
        rm -f "$out/$name.log"
        echo "$name.png"
    else
        echo "FAILED: $name (see $out/$name.log)" >&2
        failed=1
    fi
}

# The experiments, from the lessons themselves: "    file: PATH" starts a lesson, then one line
# per experiment, "    ID  rule=RULE epochs=N ...".
experiments=$("$cli" list "$root/lessons" |
    awk '/^    file: / { file = $2 } /^    [^ ]+ +rule=/ { sub("epochs=", "", $3); print file, $1, $3 }')
[[ -n $experiments ]] || { echo "screenshots.sh: no lessons found in $root/lessons" >&2; exit 1; }

while read -r file experiment epochs; do
    lesson=$(basename "$file" .lesson.json)
    # A step early in the run, at its delta (its output if the rule computes none): a position
    # where the diagram, the formula and the charts all have something to show.
    if ((epochs > 1)); then
        position="$((epochs / 40)):1:delta"
    else
        position="0:1"
    fi
    for size in "${sizes[@]}"; do
        for language in "${languages[@]}"; do
            shot "$file" "$experiment" "$position" "$size" "$language" "$lesson-$experiment-$size-$language"
        done
    done
    for language in "${languages[@]}"; do
        shot "$file" "$experiment" "$position" 1024x768 "$language" "$lesson-$experiment-1024x768-$language-presenter" --presenter
    done
done <<<"$experiments"

exit "$failed"
