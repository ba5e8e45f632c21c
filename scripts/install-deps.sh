#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 DeltaTrace contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# The one list of what DeltaTrace needs from Debian 12. Both README commands and CI call this.
# It installs only what is missing, so a second run costs a dpkg query and nothing more.
set -euo pipefail

PACKAGES=(
  build-essential cmake ninja-build pkg-config
  qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-svg-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  libgl-dev libqt6opengl6-dev libeigen3-dev zlib1g-dev
  fonts-nanum xvfb xauth
  clang libclang-rt-14-dev llvm-14
  python3 python3-numpy
  desktop-file-utils appstream dpkg-dev
  poppler-utils
)

missing=()
for p in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

echo "install-deps: installing ${missing[*]}" >&2
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q
$SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
