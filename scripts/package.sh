#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 DeltaTrace contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds DeltaTrace's Debian package in a release build and checks it:
#   scripts/package.sh          ->  build-package/deltatrace_<version>_amd64.deb
# Install it on a lab machine with: sudo apt install ./deltatrace_<version>_amd64.deb
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh

# Its own build folder: a release build without tests, apart from the benchmarks' (build-release).
cmake -S . -B build-package -G Ninja -DCMAKE_BUILD_TYPE=Release -DDELTATRACE_BUILD_TESTS=OFF >/dev/null
cmake --build build-package
(cd build-package && cpack -G DEB >/dev/null)
deb=$(ls -t build-package/deltatrace_*.deb | head -n 1)

# The metadata must pass the tools that desktops and software centres run on it.
desktop-file-validate resources/linux/org.deltatrace.DeltaTrace.desktop
appstreamcli validate --no-net resources/linux/org.deltatrace.DeltaTrace.metainfo.xml >/dev/null
# The package must hold what the menu entry, the file types and the manual pages point to.
contents=$(dpkg-deb --contents "$deb")
for f in usr/bin/deltatrace usr/bin/deltatrace-cli \
         usr/share/applications/org.deltatrace.DeltaTrace.desktop \
         usr/share/metainfo/org.deltatrace.DeltaTrace.metainfo.xml \
         usr/share/mime/packages/org.deltatrace.DeltaTrace.xml \
         usr/share/icons/hicolor/scalable/apps/org.deltatrace.DeltaTrace.svg \
         usr/share/man/man1/deltatrace.1 usr/share/man/man1/deltatrace-cli.1 \
         usr/share/deltatrace/lessons/03-backprop-xor.lesson.json; do
  if ! grep -q "\./$f\$" <<<"$contents"; then
    echo "package.sh: $deb lacks /$f" >&2
    exit 1
  fi
done
echo "$deb"
dpkg-deb --field "$deb" Package Version Depends Recommends
