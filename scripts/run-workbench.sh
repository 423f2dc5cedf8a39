#!/usr/bin/env bash
# Installs what is missing, builds, and starts the workbench. Arguments go to
# the program (--port NAME, --baud N, --virtual, --lang zh_CN|en); with no
# --port it starts on the built-in virtual BC25.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$root/scripts/install-deps.sh"
"$root/scripts/build.sh" Release "$root/build"
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
    echo "No display: running the workbench in a virtual X server (xvfb-run); nothing will be visible." >&2
    echo "Run it from a desktop session to see the window." >&2
    exec xvfb-run -a -s "-screen 0 1400x900x24" "$root/build/app/bc25-workbench" "$@"
fi
echo "== starting bc25-workbench $*"
exec "$root/build/app/bc25-workbench" "$@"
