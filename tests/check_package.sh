#!/usr/bin/env bash
# The .deb as a user gets it: cpack builds it from the build tree, it is
# unpacked into a scratch root (no system install), its control fields and
# files are checked, and each program's --version runs from there.
# Usage: check_package.sh BUILD_DIR VERSION
set -euo pipefail
build="$1"
version="$2"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

(cd "$build" && cpack -G DEB -B "$work/out" >"$work/cpack.log" 2>&1) || { cat "$work/cpack.log"; exit 1; }
deb="$(ls "$work"/out/bc25-workbench_"$version"_*.deb)"
echo "package: $(basename "$deb")"
[ "$(dpkg-deb -f "$deb" Package)" = bc25-workbench ]
[ "$(dpkg-deb -f "$deb" Version)" = "$version" ]
dpkg-deb -f "$deb" Depends | grep -q libqt6serialport6
dpkg-deb -f "$deb" Depends | grep -q liblua5.4-0

dpkg-deb -x "$deb" "$work/root"
for file in usr/bin/bc25-workbench usr/bin/bc25-sim usr/bin/bc25-decode usr/bin/bc25-run \
            usr/share/applications/bc25-workbench.desktop \
            usr/share/icons/hicolor/scalable/apps/bc25-workbench.svg \
            usr/share/metainfo/io.github.bc25workbench.metainfo.xml; do
    [ -f "$work/root/$file" ] || { echo "missing from the package: $file"; exit 1; }
done
if command -v desktop-file-validate >/dev/null; then
    desktop-file-validate "$work/root/usr/share/applications/bc25-workbench.desktop"
fi
if command -v appstreamcli >/dev/null; then
    appstreamcli validate --no-net "$work/root/usr/share/metainfo/io.github.bc25workbench.metainfo.xml" >/dev/null
fi
for program in bc25-decode bc25-sim bc25-run bc25-workbench; do
    out="$(QT_QPA_PLATFORM=offscreen "$work/root/usr/bin/$program" --version)"
    echo "$out"
    grep -q "$version" <<<"$out" || { echo "$program --version does not say $version"; exit 1; }
done
echo "package_installs: ok"
