#!/usr/bin/env bash
# Every test of the project: lints, Rust (unit, corpus, snapshot, property, adversarial),
# the extra suites in scripts/test-*.sh (C, Python, browser, fuzz smoke), and the corpus
# scores against their floors. Needs only Rust, Python 3.11 with pip, and gcc; installs the
# rest (into target/, or with apt-get where a suite needs a system package).
#
# Every suite runs even when an earlier one failed. The closing line adds up what each runner
# reported — cargo test, pytest, the C tests, the score checks — and counts a suite that could
# not run as skipped (with its reason above), never as passed. The script exits non-zero when
# anything failed.
set -uo pipefail
cd "$(dirname "$0")/.."
export CARGO_TERM_COLOR=never

logs=$(mktemp -d)
trap 'rm -rf "$logs"' EXIT
failed_steps=()
n=0

step() { printf '\n== %s ==\n' "$*"; }

# run NAME CMD...: run a step, keep its output and exit status for the count.
run() {
    local name=$1
    shift
    step "$name"
    n=$((n + 1))
    "$@" 2>&1 | tee "$logs/$n.log"
    local status=${PIPESTATUS[0]}
    echo "$status" >"$logs/$n.status"
    if [ "$status" -ne 0 ]; then
        echo "STEP FAILED: $name (exit $status)"
        failed_steps+=("$name")
    fi
}

run "format" cargo fmt --all -- --check
run "clippy" cargo clippy --workspace --all-targets --features gongwen/cli -- -D warnings
run "rustdoc" env RUSTDOCFLAGS="-D warnings" cargo doc -p gongwen --no-deps --all-features
run "rust tests" cargo test --workspace --features gongwen/cli --no-fail-fast
run "no-default-features build" cargo check -p gongwen --no-default-features

for extra in scripts/test-*.sh; do
    [ -e "$extra" ] || continue
    run "$extra" bash "$extra"
done

# Corpus scores: the seeds stay exact; the dev corpus (26 documents from 16 other places,
# copied to tests/fixtures/dev) keeps its floors. Raise a floor when a change lifts a score.
run "release build" cargo build --release -p gongwen --features cli
if [ -f ../shared/tools/eval.py ]; then
    run "seed scores" python3 scripts/check-scores.py seeds tests/fixtures/corpus tests/fixtures/corpus \
        headings=1 tasks=1 units=1 lead=1 kind_acc=1 title_acc=1 date_acc=1
    run "dev scores" python3 scripts/check-scores.py dev tests/fixtures/dev/gold tests/fixtures/dev/docs \
        headings=0.99 tasks=0.99 units=0.99 lead=0.99 kind_acc=1 title_acc=1 date_acc=1
else
    run "corpus scores" echo "SKIPPED: corpus scores: ../shared/tools/eval.py not found"
fi

python3 scripts/count-results.py "$logs" "$n"
if [ "${#failed_steps[@]}" -ne 0 ]; then
    echo "failed steps: ${failed_steps[*]}" >&2
    exit 1
fi
