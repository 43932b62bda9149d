#!/usr/bin/env bash
# Robustness extras beyond `cargo test --workspace` (which already runs the property and
# adversarial tests): a time-boxed libFuzzer smoke run of each fuzz target in tests/fuzz.
#
# cargo-fuzz wants nightly; we run it on stable with RUSTC_BOOTSTRAP=1. Cost on 2 cores:
# installing cargo-fuzz ~30 s, building the fuzz crate with ASan ~100 s, fuzzing
# FUZZ_SECONDS per target (default 30, so ~120 s for the four).
# Reports a SKIPPED line (counted as skipped) when cargo-fuzz cannot be installed.
set -euo pipefail
cd "$(dirname "$0")/.."

FUZZ_SECONDS="${FUZZ_SECONDS:-30}"

if ! cargo fuzz --version >/dev/null 2>&1; then
    echo "cargo-fuzz not found: installing it (cargo install cargo-fuzz --locked)"
    if ! cargo install cargo-fuzz --locked; then
        # Counted as skipped by scripts/test.sh, never as passed.
        echo "SKIPPED: fuzz smoke: cargo-fuzz could not be installed"
        exit 0
    fi
fi

cd tests/fuzz
export RUSTC_BOOTSTRAP=1
cargo fuzz build -O
for target in parse parse_bytes read_html read_docx; do
    echo "== fuzz $target for ${FUZZ_SECONDS}s =="
    mkdir -p "corpus/$target"
    cargo fuzz run -O "$target" "corpus/$target" seeds -- \
        -dict=dict -max_len=4096 -max_total_time="$FUZZ_SECONDS" -print_final_stats=1 2>&1 |
        grep -E '^(Done|stat::number_of_executed_units)|ERROR|panicked|SUMMARY' || true
    if [ -n "$(ls -A "artifacts/$target" 2>/dev/null)" ]; then
        echo "fuzz $target found crashes in tests/fuzz/artifacts/$target:" >&2
        ls "artifacts/$target" >&2
        echo "copy each to tests/fuzz/regressions/ and add it to tests/tests/adversarial.rs" >&2
        exit 1
    fi
done
