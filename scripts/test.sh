#!/usr/bin/env bash
# Every test of the project: Rust (unit, corpus, snapshot, property), Python, C.
# Needs only Rust, Python 3.11 with pip, and gcc; installs the rest into target/.
set -euo pipefail
cd "$(dirname "$0")/.."
export CARGO_TERM_COLOR=never

step() { printf '\n== %s ==\n' "$*"; }

step "format and lints"
cargo fmt --all -- --check
cargo clippy --workspace --all-targets --features gongwen/cli -- -D warnings

step "rust tests"
cargo test --workspace --features gongwen/cli

step "no-default-features build"
cargo check -p gongwen --no-default-features

for extra in scripts/test-*.sh; do
    [ -e "$extra" ] || continue
    step "$extra"
    bash "$extra"
done

step "seed scores"
cargo build --release -p gongwen --features cli
if [ -f ../shared/tools/eval.py ]; then
    python3 ../shared/tools/eval.py tests/fixtures/corpus tests/fixtures/corpus --bin target/release/gongwen | tail -n 1
fi
echo "all tests passed"
