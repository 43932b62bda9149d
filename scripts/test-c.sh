#!/usr/bin/env bash
# C API tests: build libgongwen, compile the C tests against the committed header with
# -std=c11 -Wall -Wextra -Werror, run them under AddressSanitizer + UndefinedBehaviorSanitizer
# (static library) and, when present, valgrind (shared library); build examples/c and check
# that gw-tasks prints what the CLI prints. The header drift test runs in
# `cargo test --workspace` (bindings-c/tests/header.rs).
# Needs only Rust, gcc, make and Python 3.
set -euo pipefail
cd "$(dirname "$0")/.."
export CARGO_TERM_COLOR=never

FIXTURE=tests/fixtures/corpus/002_1db4aff5efda3015.txt
EXPECTED_TASKS=154

echo "-- build libgongwen and the CLI"
cargo build --release -p gongwen-c
cargo build --release -p gongwen --features cli

echo "-- every function of the header is exported by libgongwen.so and called by the C tests"
header_fns=$(grep -oE '\bgw_[a-z0-9_]+\(' bindings-c/include/gongwen.h | tr -d '(' | sort -u)
exported=$(nm -D --defined-only target/release/libgongwen.so | awk '$3 ~ /^gw_/ {print $3}' | sort -u)
if [ "$header_fns" != "$exported" ]; then
    diff <(echo "$header_fns") <(echo "$exported") >&2 || true
    echo "header functions (<) and exported symbols (>) differ" >&2
    exit 1
fi
for fn in $header_fns; do
    grep -q "\b$fn(" tests/c/test_gongwen.c || { echo "tests/c/test_gongwen.c never calls $fn" >&2; exit 1; }
done
echo "$(echo "$header_fns" | wc -l) functions, all exported and tested"

echo "-- C tests (ASAN + UBSan, static library)"
make -s -C tests/c clean
make -s -C tests/c all
log=$(mktemp)
trap 'rm -f "$log"' EXIT
status=0
ASAN_OPTIONS=detect_leaks=1:halt_on_error=1 \
UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
    tests/c/test_gongwen "$FIXTURE" 2>"$log" || status=$?
cat "$log" >&2
if [ "$status" -ne 0 ] || grep -qE 'Sanitizer|runtime error' "$log"; then
    echo "C tests failed under the sanitizers (exit $status)" >&2
    exit 1
fi

echo "-- LeakSanitizer canary: a leaked document must be reported"
canary_dir=$(mktemp -d)
gcc -std=c11 -Wall -Wextra -Werror -fsanitize=address -Ibindings-c/include \
    -o "$canary_dir/leak" tests/c/leak_canary.c \
    target/release/libgongwen.a -lpthread -ldl -lm -lrt -lutil -lgcc_s
if ASAN_OPTIONS=detect_leaks=1 "$canary_dir/leak" 2>"$canary_dir/log" \
    || ! grep -q "LeakSanitizer: detected memory leaks" "$canary_dir/log"; then
    rm -rf "$canary_dir"
    if ! command -v valgrind >/dev/null 2>&1; then
        echo "LeakSanitizer does not work here and valgrind is missing: leaks go unchecked" >&2
        exit 1
    fi
    echo "LeakSanitizer does not work here; valgrind checks leaks below" >&2
else
    rm -rf "$canary_dir"
    echo "leak detection works"
fi

if command -v valgrind >/dev/null 2>&1; then
    echo "-- C tests (valgrind, shared library)"
    valgrind --quiet --leak-check=full --show-leak-kinds=definite,indirect \
        --errors-for-leak-kinds=definite,indirect --error-exitcode=1 \
        tests/c/test_gongwen_plain "$FIXTURE" >/dev/null
else
    echo "-- valgrind not found: running the shared-library build plainly"
    tests/c/test_gongwen_plain "$FIXTURE" >/dev/null
fi

echo "-- gw_document_to_json and gw_document_to_html equal \`gongwen parse --format json\` and \`gongwen html\` on every fixture"
checked=0
for fixture in tests/fixtures/corpus/*.txt; do
    if ! cmp -s <(tests/c/gw_json "$fixture") <(target/release/gongwen parse "$fixture" --format json); then
        echo "C JSON differs from the CLI on $fixture" >&2
        exit 1
    fi
    if ! cmp -s <(tests/c/gw_json --html "$fixture") <(target/release/gongwen html "$fixture"); then
        echo "C HTML differs from the CLI on $fixture" >&2
        exit 1
    fi
    checked=$((checked + 1))
done
echo "$checked fixtures: same JSON and HTML"

echo "-- examples/c: gw-tasks against the CLI"
make -s -C examples/c clean
make -s -C examples/c
python3 tests/c/compare_tasks.py examples/c/gw-tasks target/release/gongwen "$FIXTURE" "$EXPECTED_TASKS"
make -s -C examples/c clean
make -s -C examples/c SHARED=1
python3 tests/c/compare_tasks.py examples/c/gw-tasks target/release/gongwen "$FIXTURE" "$EXPECTED_TASKS"

echo "-- README: the C program compiles and runs"
readme_dir=$(mktemp -d)
trap 'rm -f "$log"; rm -rf "$readme_dir"' EXIT
awk '/^## C$/ {in_c = 1} /^## Command line/ {in_c = 0}
     in_c && /^```c$/ {grab = 1; next} grab && /^```$/ {exit} grab {print}' README.md \
    >"$readme_dir/tasks.c"
test -s "$readme_dir/tasks.c"
gcc -std=c11 -Wall -Wextra -Werror -O2 -Ibindings-c/include "$readme_dir/tasks.c" \
    target/release/libgongwen.a -lpthread -ldl -lm -o "$readme_dir/tasks"
"$readme_dir/tasks" | grep -q "发展改革委 (lead)"
echo "README C program ok"
