#!/usr/bin/env python3
"""compare-json.py A B [keys…]: compare two snapshot-json.sh directories, ignoring the given
JSON keys (e.g. a field a change added). Prints the files that differ."""
import json, os, sys
a, b, ignore = sys.argv[1], sys.argv[2], set(sys.argv[3:])
def strip(x):
    if isinstance(x, dict): return {k: strip(v) for k, v in x.items() if k not in ignore}
    if isinstance(x, list): return [strip(v) for v in x]
    return x
bad = 0
for f in sorted(os.listdir(a)):
    try:
        x = strip(json.load(open(os.path.join(a, f)))); y = strip(json.load(open(os.path.join(b, f))))
    except Exception as e:
        x = open(os.path.join(a, f)).read(); y = open(os.path.join(b, f)).read()
    if x != y:
        bad += 1; print("DIFFERS", f)
print("identical" if not bad else f"{bad} differ", "(ignoring", sorted(ignore), ")")
