#!/usr/bin/env bash
# Browser tests of the HTML view (`gongwen html`): every seed's page is opened in a real
# headless Chromium (Debian's chromium + chromium-driver, driven by Selenium from a venv in
# target/browserenv) and its DOM, after the page's script ran, is checked against the CLI:
# one heading/unit/target mark per outline row/unit mention/target, the text in order, a
# click on a matrix row highlighting exactly that unit's tasks, no console errors. A
# screenshot of seed 002 is written to target/browser/. Installs chromium with apt-get when
# missing; when that is impossible it prints a SKIPPED line and exits 0.
set -euo pipefail
cd "$(dirname "$0")/.."
export CARGO_TERM_COLOR=never
mkdir -p target/browser

skip() {
    echo "SKIPPED: browser tests not run: $*"
    exit 0
}

need_install=()
command -v chromium >/dev/null 2>&1 || need_install+=(chromium)
command -v chromedriver >/dev/null 2>&1 || need_install+=(chromium-driver)
# A CJK font, so the screenshot shows the text rather than boxes.
if command -v fc-list >/dev/null 2>&1 && [ -z "$(fc-list :lang=zh 2>/dev/null)" ]; then
    need_install+=(fonts-wqy-zenhei)
fi
if [ ${#need_install[@]} -gt 0 ]; then
    echo "-- installing ${need_install[*]} with apt-get (Debian packages)"
    command -v apt-get >/dev/null 2>&1 || skip "chromium is missing and there is no apt-get to install it"
    if ! { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_install[@]}"; } \
        >target/browser/apt.log 2>&1; then
        tail -n 5 target/browser/apt.log
        skip "apt-get could not install ${need_install[*]} (log: target/browser/apt.log)"
    fi
fi
command -v chromium >/dev/null 2>&1 || skip "chromium is still missing after apt-get"
command -v chromedriver >/dev/null 2>&1 || skip "chromedriver is still missing after apt-get"
echo "-- $(chromium --version 2>/dev/null | head -n 1), $(chromedriver --version | head -n 1)"

echo "-- build the CLI"
cargo build --release -p gongwen --features cli

PYTHON="${PYTHON:-python3}"
VENV=target/browserenv
if ! "$VENV/bin/python" -c "import selenium, pytest" >/dev/null 2>&1; then
    "$PYTHON" -m venv --clear "$VENV"
    "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check pytest "selenium>=4.10"
fi

start=$(date +%s)
GONGWEN_BIN=target/release/gongwen "$VENV/bin/python" -m pytest -q -p no:cacheprovider tests/browser "$@"
echo "browser suite took $(( $(date +%s) - start )) s"
