#!/usr/bin/env bash
# snapshot-json.sh BIN OUTDIR: `BIN parse` of every fixture document, one JSON file each.
# Take one before a refactor and one after, then compare them with
#   python3 scripts/compare-json.py BEFORE AFTER [keys to ignore…]
set -euo pipefail
bin=$1
out=$2
root="$(cd "$(dirname "$0")/.." && pwd)/tests/fixtures"
rm -rf "$out"
mkdir -p "$out"
find "$root/corpus" "$root/dev/docs" "$root/classes/docs" "$root/notices" "$root/documents" \
    -type f \( -name '*.txt' -o -name '*.html' -o -name '*.htm' -o -name '*.docx' \) | sort |
    while read -r f; do
        name=$(echo "${f#"$root"/}" | tr '/' '_')
        "$bin" parse "$f" >"$out/$name.json" 2>/dev/null || echo "FAILED $?" >"$out/$name.json"
    done
ls "$out" | wc -l
