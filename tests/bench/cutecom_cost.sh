#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Issue 8's comparison, on this machine: CuteCom 0.51 and the workbench shown
# the same 921600-baud stream of module output (direct-push URCs with
# payload, OK and QPING lines), each in a 1600x1000 window under Xvfb; prints
# each one's CPU seconds per MB received. The stream is recorded from a live
# run of bench_displaycost (the window on bc25-sim), then replayed into a
# pseudo-terminal at the line's pace for both.
#   tests/bench/cutecom_cost.sh BUILD_DIR [SECONDS]
# Needs cutecom (apt install cutecom); skips when it is missing.
set -euo pipefail
build=$(cd "${1:?build directory}" && pwd)
seconds=${2:-20}
here=$(cd "$(dirname "$0")" && pwd)
command -v cutecom >/dev/null || { echo "cutecom_cost: skipped, cutecom is not installed"; exit 0; }

work=$(mktemp -d)
pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT

export XDG_CONFIG_HOME="$work/config" HOME="$work"
mkdir -p "$XDG_CONFIG_HOME/CuteCom"
xvfb-run -a -s "-screen 0 1600x1000x24" "$build/tests/bench_displaycost" "$seconds" --record "$work/stream.bin" | tail -n 1
gcc -shared -fPIC -O2 -o "$work/modemlines.so" "$here/cutecom/modemlines.c" -ldl

display=:$((90 + RANDOM % 100))
Xvfb "$display" -screen 0 1600x1000x24 >/dev/null 2>&1 & pids+=($!)
export DISPLAY=$display
python3 "$here/cutecom/replay.py" "$work/stream.bin" 92160 "$work/start" >"$work/pty" & pids+=($!)
for _ in $(seq 50); do [ -s "$work/pty" ] && break; sleep 0.1; done
pty=$(cat "$work/pty")
cat >"$XDG_CONFIG_HOME/CuteCom/CuteCom5.conf" <<CONF
[sessions]
1\\BaudRate=921600
1\\DataBits=8
1\\Device=$pty
1\\FlowControl=0
1\\OpenMode=3
1\\Parity=0
1\\StopBits=1
1\\name=Default
size=1
CONF
LD_PRELOAD="$work/modemlines.so" cutecom >"$work/cutecom.log" 2>&1 & pids+=($!)
cutecom=$!
for _ in $(seq 100); do window=$(xdotool search --pid "$cutecom" 2>/dev/null | tail -n 1) && [ -n "$window" ] && break; sleep 0.1; done
sleep 1
xdotool windowsize "$window" 1600 1000
sleep 0.5
xdotool mousemove 50 43 click 1 # Open
for _ in $(seq 50); do ls -l "/proc/$cutecom/fd" | grep -q "$pty" && break; sleep 0.1; done
ls -l "/proc/$cutecom/fd" | grep -q "$pty" || { echo "cutecom_cost: CuteCom did not open $pty"; exit 1; }
touch "$work/start"
sleep 2
ticks() { awk '{print $14 + $15}' "/proc/$cutecom/stat"; }
before=$(ticks)
sleep "$seconds"
after=$(ticks)
hz=$(getconf CLK_TCK)
python3 - "$before" "$after" "$hz" "$seconds" <<'PY'
import sys
before, after, hz, seconds = (float(x) for x in sys.argv[1:])
cpu = (after - before) / hz
mb = seconds * 92160 / 1e6
print(f"cutecom_cost: CuteCom 0.51, the same stream replayed at 921600 baud for {seconds:.0f} s: "
      f"{mb:.2f} MB, CPU {cpu:.2f} s = {cpu / mb:.2f} s/MB")
PY
kill "$cutecom"
touch "$work/start"
xvfb-run -a -s "-screen 0 1600x1000x24" "$build/tests/bench_displaycost" "$seconds" --replay "$work/stream.bin" | tail -n 1
