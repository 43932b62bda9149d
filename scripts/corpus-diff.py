#!/usr/bin/env python3
"""Show where the CLI differs from gold, document by document (a debugging aid beside
../shared/tools/eval.py, which only scores).

usage: scripts/corpus-diff.py GOLD_DIR DOCS_DIR [--bin PATH] [--only SUBSTR]
"""
import argparse, json, os, subprocess, unicodedata
from collections import Counter


def norm(s):
    return ''.join(unicodedata.normalize('NFKC', s or '').split())


def run(bin_, verb, doc, fmt):
    p = subprocess.run([bin_, verb, doc, '--format', fmt], capture_output=True)
    return p.stdout.decode('utf-8', 'replace')


def jsonl(text):
    return [json.loads(l) for l in text.splitlines() if l.strip()]


def diff(label, gold, pred):
    g, p = Counter(gold), Counter(pred)
    missing = list((g - p).elements())
    extra = list((p - g).elements())
    if missing or extra:
        print(f'  {label}:')
        for m in missing:
            print(f'    - {m}')
        for e in extra:
            print(f'    + {e}')


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('gold')
    ap.add_argument('docs')
    ap.add_argument('--bin', default='target/release/gongwen')
    ap.add_argument('--only', default='')
    a = ap.parse_args()
    for gf in sorted(os.listdir(a.gold)):
        if not gf.endswith('.json') or a.only not in gf:
            continue
        g = json.load(open(os.path.join(a.gold, gf), encoding='utf-8'))
        doc = os.path.join(a.docs, g['file'])
        print(f'== {g["file"]}')
        pj = json.loads(run(a.bin, 'parse', doc, 'json') or '{}')
        for k in ('kind', 'title', 'date'):
            v = pj.get(k)
            if isinstance(v, dict):
                v = v.get('text', v.get('value'))
            gv = g.get(k)
            same = norm(v) == norm(gv) if k == 'title' else v == gv
            if not same:
                print(f'  {k}: gold={gv!r} got={v!r}')
        outline = [h for h in jsonl(run(a.bin, 'outline', doc, 'jsonl')) if not h.get('run_in')]
        diff('headings', [(h['level'], norm(h['title'])) for h in g.get('headings', [])],
             [(h['level'], norm(h['title'])) for h in outline])
        tasks = [t for t in jsonl(run(a.bin, 'tasks', doc, 'jsonl')) if t.get('number') is not None]
        gt = g.get('tasks', [])
        diff('tasks', [t['number'] for t in gt], [t['number'] for t in tasks])
        diff('units', [(t['number'], norm(u)) for t in gt for u in t['units']],
             [(t['number'], norm(u)) for t in tasks for u in t.get('units', [])])
        diff('lead', [(t['number'], norm(u)) for t in gt for u in t['lead']],
             [(t['number'], norm(u)) for t in tasks for u in t.get('lead', [])])


if __name__ == '__main__':
    main()
