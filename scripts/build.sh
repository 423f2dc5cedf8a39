#!/usr/bin/env bash
# Configures and builds one build tree: scripts/build.sh [Release|Debug] [build dir] [cmake args...]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
type="${1:-Release}"
dir="${2:-$root/build}"
shift $(( $# > 2 ? 2 : $# ))
jobs="${BC25_JOBS:-2}"

echo "== configure ($type) in $dir"
cmake -S "$root" -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE="$type" "$@"
echo "== build with $jobs jobs"
cmake --build "$dir" -j "$jobs"
