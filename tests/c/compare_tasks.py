#!/usr/bin/env python3
"""Check that examples/c/gw-tasks prints the same tasks as the CLI.

Usage: compare_tasks.py GW_TASKS GONGWEN_CLI FILE [EXPECTED_ROWS]

Compares, row by row, the number, the lead units, all units and the text (tabs and line
breaks as spaces) of `gw-tasks FILE` with `gongwen tasks FILE --format jsonl`.
"""
import json
import subprocess
import sys


def main() -> int:
    gw_tasks, cli, path = sys.argv[1:4]
    expected = int(sys.argv[4]) if len(sys.argv) > 4 else None
    tsv = subprocess.run([gw_tasks, path], check=True, capture_output=True, text=True).stdout
    jsonl = subprocess.run(
        [cli, "tasks", path, "--format", "jsonl"], check=True, capture_output=True, text=True
    ).stdout
    rows = [line.split("\t") for line in tsv.splitlines()]
    tasks = [json.loads(line) for line in jsonl.splitlines() if line.strip()]
    problems = []
    if expected is not None and len(rows) != expected:
        problems.append(f"gw-tasks printed {len(rows)} rows, expected {expected}")
    if len(rows) != len(tasks):
        problems.append(f"gw-tasks printed {len(rows)} rows, the CLI {len(tasks)} tasks")
    for i, (row, task) in enumerate(zip(rows, tasks)):
        if len(row) != 4:
            problems.append(f"row {i + 1}: {len(row)} columns, expected 4")
            continue
        text = task["text"].replace("\t", " ").replace("\r", " ").replace("\n", " ")
        want = [
            "" if task["number"] is None else str(task["number"]),
            ";".join(task["lead"]),
            ";".join(task["units"]),
            text,
        ]
        for name, got, exp in zip(("number", "lead", "units", "text"), row, want):
            if got != exp:
                problems.append(f"row {i + 1} {name}: gw-tasks {got!r}, CLI {exp!r}")
    for p in problems[:20]:
        print(p, file=sys.stderr)
    if problems:
        print(f"gw-tasks differs from the CLI: {len(problems)} problems", file=sys.stderr)
        return 1
    print(f"gw-tasks matches the CLI: {len(rows)} rows (number, lead, units, text)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
