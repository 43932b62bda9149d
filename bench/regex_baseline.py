"""A hand-written regex parser of the kind users write today (the baseline in bench/peers.py).

Headings, numbered tasks and their responsible units, line by line, with the `re` module:
no page chrome, no pinyin readings, no nested parentheses, no spans, no dates or targets.
It does less than gongwen; it is here to say what speed people give up, or gain.

    python bench/regex_baseline.py FILE   # prints headings, tasks and units as JSON lines
"""

from __future__ import annotations

import json
import re
import sys

HEADING = re.compile(
    r"^\s*(?P<marker>第[一二三四五六七八九十百零〇\d]+[章节条]|[一二三四五六七八九十]+[、．.]"
    r"|[（(][一二三四五六七八九十]+[）)])\s*(?P<title>[^。]*)"
)
TASK = re.compile(r"^\s*(?P<number>\d+|[０-９]+)[.．、](?P<text>.*?)[（(](?P<clause>[^（）()]*)[）)][。.]?\s*$")
ROLE = re.compile(r"(牵头|负责|配合|参与|协助|按职责分工负责|等相关单位|等单位|等)+$")
SPLIT = re.compile(r"[、，,；;]")
LABEL = re.compile(r"^(牵头单位|配合单位|责任单位)[：:]")


def parse(text: str) -> dict:
    headings, tasks = [], []
    for line in text.splitlines():
        m = TASK.match(line)
        if m and re.search("牵头|负责|配合|责任单位", m.group("clause")):
            units, lead = [], []
            for part in SPLIT.split(m.group("clause")):
                part = LABEL.sub("", part.strip())
                is_lead = "牵头" in part
                name = ROLE.sub("", part)
                for n in name.split("、"):
                    if n:
                        units.append(n)
                        if is_lead:
                            lead.append(n)
            tasks.append(
                {"number": int(m.group("number")), "text": m.group("text"), "lead": lead, "units": units}
            )
            continue
        m = HEADING.match(line)
        if m and len(m.group("title")) <= 40:
            headings.append({"marker": m.group("marker"), "title": m.group("title")})
    return {"headings": headings, "tasks": tasks}


if __name__ == "__main__":
    with open(sys.argv[1], encoding="utf-8") as f:
        doc = parse(f.read())
    for h in doc["headings"]:
        print(json.dumps(h, ensure_ascii=False))
    for t in doc["tasks"]:
        print(json.dumps(t, ensure_ascii=False))
