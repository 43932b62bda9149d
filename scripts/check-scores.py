#!/usr/bin/env python3
"""Score the CLI on a gold corpus with ../shared/tools/eval.py and compare every total with a
floor. Prints the eval total line, one line per metric below its floor, and exits 1 when any
metric is below (2 when the scorer cannot run).

usage: scripts/check-scores.py NAME GOLD_DIR DOCS_DIR metric=floor ... [--bin PATH]
"""
import json, subprocess, sys


def main() -> int:
    args = sys.argv[1:]
    binary = 'target/release/gongwen'
    if '--bin' in args:
        i = args.index('--bin')
        binary = args[i + 1]
        del args[i:i + 2]
    name, gold, docs, *floors = args
    p = subprocess.run([sys.executable, '../shared/tools/eval.py', gold, docs, '--bin', binary, '--json'],
                       capture_output=True, text=True)
    lines = p.stdout.strip().splitlines()
    if p.returncode != 0 or len(lines) < 2:
        print(f'{name}: the scorer failed: {p.stderr.strip()[-300:]}')
        return 2
    print(f'{name}: {lines[-2]}')
    totals = json.loads(lines[-1])
    below = 0
    for spec in floors:
        metric, floor = spec.split('=')
        got = totals.get(metric)
        if got is None or got + 1e-9 < float(floor):
            print(f'{name}: {metric} = {got} is below its floor {floor}')
            below += 1
    if totals.get('errors'):
        print(f'{name}: the CLI failed on {totals["errors"]} documents')
        below += 1
    return 1 if below else 0


if __name__ == '__main__':
    sys.exit(main())
