#!/usr/bin/env python3
"""The closing count of scripts/test.sh: adds up what every runner reported in each step's
log and prints `total: N passed, M failed, K skipped`.

cargo: "test result: ok. 5 passed; 1 failed; 2 ignored" (ignored counts as skipped);
pytest: "=== 70 passed, 1 failed, 2 skipped in 3.1s ==="; the C tests: "N passed, M failed";
a corpus score check: one check; a "SKIPPED: suite: reason" line: one skipped. A step that
exited non-zero while its runner counted no failure (a lint, a build, a crash) is one failure.

usage: scripts/count-results.py LOG_DIR STEPS   (LOG_DIR holds K.log and K.status, K = 1..STEPS)
"""
import re, sys


def count(text: str) -> tuple[int, int, int]:
    p = f = s = 0
    for line in text.splitlines():
        m = re.match(r'test result: \w+\. (\d+) passed; (\d+) failed; (\d+) ignored', line)
        if m:
            p += int(m[1]); f += int(m[2]); s += int(m[3])
        elif re.search(r'\d+ (passed|failed|skipped|errors?)\b.* in [\d.]+s\b', line) and \
                not line.startswith('test result'):
            for num, what in re.findall(r'(\d+) (passed|failed|skipped|errors?|xfailed|xpassed)', line):
                if what in ('passed', 'xfailed'):
                    p += int(num)
                elif what == 'skipped':
                    s += int(num)
                else:
                    f += int(num)
        elif re.match(r'^\d+ passed, \d+ failed$', line):
            a, b = re.findall(r'\d+', line)
            p += int(a); f += int(b)
        elif line.startswith('SKIPPED:'):
            s += 1
        elif re.match(r'^(seeds|dev): total ', line):
            p += 1
        elif re.match(r'^(seeds|dev): .*(below its floor|failed)', line):
            f += 1
    return p, f, s


def main() -> None:
    logs, steps = sys.argv[1], int(sys.argv[2])
    passed = failed = skipped = 0
    for k in range(1, steps + 1):
        text = open(f'{logs}/{k}.log', encoding='utf-8', errors='replace').read()
        status = int(open(f'{logs}/{k}.status').read().strip() or 1)
        p, f, s = count(text)
        if status != 0 and f == 0:
            f = 1
        passed += p; failed += f; skipped += s
    print(f'\ntotal: {passed} passed, {failed} failed, {skipped} skipped')


if __name__ == '__main__':
    main()
