#!/usr/bin/env bash
# Everything CI checks, from a clean clone on Debian 12: installs what is
# missing, builds (Release), runs every ctest suite offscreen, runs the
# libFuzzer targets (ASan+UBSan) and the benchmarks, and ends with one
# "tests: N passed, N failed" line.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
fuzz_seconds="${BC25_FUZZ_SECONDS:-30}"
export QT_QPA_PLATFORM=offscreen

"$root/scripts/install-deps.sh"
"$root/scripts/build.sh" Release "$root/build"

echo "== unit, integration and UI tests (ctest)"
ctest_log="$(mktemp)"
set +e
ctest --test-dir "$root/build" --output-on-failure -j 2 2>&1 | tee "$ctest_log"
ctest_status=${PIPESTATUS[0]}
set -e
passed=$(grep -cE '^ *[0-9]+/[0-9]+ Test +#[0-9]+: .* Passed' "$ctest_log" || true)
failed=$(grep -cE '^ *[0-9]+/[0-9]+ Test +#[0-9]+: .*(Failed|Timeout|Exception|Not Run)' "$ctest_log" || true)
rm -f "$ctest_log"

echo "== fuzzing (${fuzz_seconds} s per target, clang-14, ASan+UBSan)"
fuzz_failed=0
if [ "$fuzz_seconds" -gt 0 ]; then
    CC=clang-14 CXX=clang++-14 "$root/scripts/build.sh" Debug "$root/build-fuzz" \
        -DBC25_BUILD_FUZZ=ON -DBC25_BUILD_TESTS=OFF -DBC25_BUILD_BENCH=OFF >/dev/null
    for target in fuzz_atparser fuzz_assembler fuzz_fields fuzz_virtualmodule; do
        corpus="$root/build-fuzz/corpus-$target"
        mkdir -p "$corpus"
        cp -n "$root"/tests/fuzz/seeds/* "$corpus"/ 2>/dev/null || true
        if "$root/build-fuzz/tests/$target" -max_total_time="$fuzz_seconds" -print_final_stats=1 \
                -error_exitcode=77 -timeout=10 -rss_limit_mb=2048 "$corpus" >"$root/build-fuzz/$target.log" 2>&1; then
            echo "fuzz $target: no finding in ${fuzz_seconds} s ($(grep -m1 -o 'stat::number_of_executed_units: *[0-9]*' "$root/build-fuzz/$target.log" | grep -o '[0-9]*$') runs)"
            passed=$((passed + 1))
        else
            echo "fuzz $target: FINDING (log below)"
            tail -n 60 "$root/build-fuzz/$target.log"
            fuzz_failed=1
            failed=$((failed + 1))
        fi
    done
fi

echo "== a real window under Xvfb: screenshot"
if "$root/tests/screenshot.sh" "$root/build" "$root/build/screenshot.png" en; then
    passed=$((passed + 1))
else
    echo "screenshot FAILED"
    failed=$((failed + 1))
fi

echo "== benchmarks (figures for the README)"
for bench in "$root"/build/tests/bench_*; do
    [ -f "$bench" ] && [ -x "$bench" ] || continue
    # What a flood costs to show, and starting the window, are measured on a real X display.
    runner=()
    case "$(basename "$bench")" in bench_displaycost|bench_startup) on_x=1 ;; *) on_x=0 ;; esac
    if [ "$on_x" = 1 ] && command -v xvfb-run >/dev/null; then
        runner=(xvfb-run -a -s "-screen 0 1600x1000x24")
    fi
    "${runner[@]}" "$bench" || { echo "benchmark $(basename "$bench") failed"; failed=$((failed + 1)); }
done

echo "tests: $passed passed, $failed failed"
if [ "$ctest_status" -ne 0 ] || [ "$fuzz_failed" -ne 0 ] || [ "$failed" -ne 0 ]; then
    exit 1
fi
