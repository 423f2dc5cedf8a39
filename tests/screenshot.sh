#!/usr/bin/env bash
# Starts the workbench in a real X window (Xvfb), runs a short demo on the
# built-in virtual module and saves the window for the README:
#   tests/screenshot.sh [build dir] [output.png] [language]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${1:-$root/build}"
out="${2:-$root/docs/screenshot.png}"
lang="${3:-en}"
command -v xvfb-run >/dev/null || { echo "error: xvfb-run is missing (apt-get install xvfb xauth)" >&2; exit 1; }
mkdir -p "$(dirname "$out")"
unset QT_QPA_PLATFORM
export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-$(mktemp -d)}"
echo "== screenshot of $build/app/bc25-workbench ($lang) into $out"
timeout 120 xvfb-run -a -s "-screen 0 1280x720x24" \
    "$build/app/bc25-workbench" --lang "$lang" --screenshot "$out"
test -s "$out"
