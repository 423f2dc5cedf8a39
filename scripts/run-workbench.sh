#!/usr/bin/env bash
# Installs what is missing, builds, and starts the workbench. Arguments go to
# the program; with no --port it starts on the built-in virtual module.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$root/scripts/install-deps.sh"
"$root/scripts/build.sh" Release "$root/build" >/dev/null
if [ -x "$root/build/app/bc25-workbench" ]; then
    exec "$root/build/app/bc25-workbench" "$@"
fi
echo "The GUI is not built yet; showing the decoder instead." >&2
exec "$root/build/app/bc25-decode" --help
