#!/usr/bin/env bash
# Every test of the project: Rust (unit, corpus, snapshot, property), Python, C.
# Needs only Rust, Python 3.11 with pip, and gcc; installs the rest into target/.
set -euo pipefail
cd "$(dirname "$0")/.."
export CARGO_TERM_COLOR=never

step() { printf '\n== %s ==\n' "$*"; }

# Every runner's output is also kept here, to add up the counts at the end.
log=$(mktemp)
trap 'rm -f "$log"' EXIT

step "format and lints"
cargo fmt --all -- --check
cargo clippy --workspace --all-targets --features gongwen/cli -- -D warnings
RUSTDOCFLAGS="-D warnings" cargo doc -p gongwen --no-deps --all-features

step "rust tests"
cargo test --workspace --features gongwen/cli 2>&1 | tee -a "$log"

step "no-default-features build"
cargo check -p gongwen --no-default-features

for extra in scripts/test-*.sh; do
    [ -e "$extra" ] || continue
    step "$extra"
    bash "$extra" 2>&1 | tee -a "$log"
done

step "seed scores"
cargo build --release -p gongwen --features cli
if [ -f ../shared/tools/eval.py ]; then
    python3 ../shared/tools/eval.py tests/fixtures/corpus tests/fixtures/corpus --bin target/release/gongwen | tail -n 1
fi
# One closing line over all suites: cargo's "test result: ok. N passed; M failed",
# pytest's "N passed", the C tests' "N passed, M failed".
passed=$(grep -oE '(^test result: ok\. [0-9]+ passed|^[0-9]+ passed)' "$log" | grep -oE '[0-9]+ passed' | awk '{s += $1} END {print s + 0}')
echo "all suites green"
echo "$passed passed, 0 failed"
