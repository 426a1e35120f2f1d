"""The annotation-table generator the blind-written news floods share (gaza-flood/src, drc-flood/src): a flood's
src/ holds its table (table.json: one object per report, the fields of `row`), its developments (devs.py: DEVS),
its outlets (outlet_codes.json) and the head and tail of its ledger; its gen.py loads them with `load`, says how
report numbers in its notes are written (`first_numbers`), and `write` turns them into reports/, labels.jsonl and
ledger.md beside src/, then prints the length check."""
import json
import os
import re
import shutil
from collections import defaultdict


def row(o, pub, slug, group, title, byline, paras, ch=(), rs=(), note=""):
    """o outlet code; pub RFC3339 UTC; ch: list of (dev, issue, party, kind, evidence, note); rs: devs restated."""
    return dict(o=o, pub=pub, slug=slug, group=group, title=title, byline=byline,
                paras=[p.strip() for p in paras.strip().split("\n") if p.strip()],
                ch=list(ch), rs=list(rs), note=note)


def load(src, devs):
    """The reports of `src`'s table in order of publication, numbered, with outlet, url and file name; the number of
    each development's first report."""
    with open(os.path.join(src, "outlet_codes.json"), encoding="utf-8") as f:
        outlets = {code: tuple(entry) for code, entry in json.load(f).items()}
    with open(os.path.join(src, "table.json"), encoding="utf-8") as f:
        reports = sorted((dict(x, ch=[tuple(c) for c in x["ch"]]) for x in json.load(f)), key=lambda x: x["pub"])
    assert len({x["pub"] for x in reports}) == len(reports), "duplicate published"
    for i, x in enumerate(reports, 1):
        x["n"] = i
        name, pattern = outlets[x["o"]]
        x["outlet"] = name
        x["url"] = pattern.format(y=x["pub"][:4], m=x["pub"][5:7], d=x["pub"][8:10], slug=x["slug"])
        x["file"] = f"{i:03d}-{x['slug']}.txt"
    first = {}
    for x in reports:
        for c in x["ch"]:
            first.setdefault(c[0], x["n"])
            assert first[c[0]] == x["n"], f"dev {c[0]} labelled twice"
    assert sorted(first) == sorted(devs), set(devs) - set(first)
    for x in reports:
        for d in x["rs"]:
            assert first[d] < x["n"], f"{x['file']} restates dev {d} before its first report"
    return reports, first


def first_numbers(first):
    """Writes `{first:N}` in a text as the number of development N's first report."""
    return lambda text: re.sub(r"\{first:(\d+)\}", lambda m: f"{first[int(m.group(1))]:03d}", text)


def write(src, reports, first, devs, fix, ledger_fix=None, words_of_briefs=(40, 90), words_of_reports=(120, 240),
          brief_paragraphs=None):
    """Writes reports/, labels.jsonl and ledger.md beside `src`; `fix` rewrites the report numbers of a development's
    summary, `ledger_fix` (default `fix`) those of the whole ledger."""
    root = os.path.dirname(src)
    rd = os.path.join(root, "reports")
    shutil.rmtree(rd, ignore_errors=True)
    os.makedirs(rd)
    for x in reports:
        with open(os.path.join(rd, x["file"]), "w", encoding="utf-8") as f:
            f.write(f"url: {x['url']}\ntitle: {x['title']}\noutlet: {x['outlet']}\npublished: {x['pub']}\n"
                    f"byline: {x['byline']}\ngroup: {x['group']}\n---\n" + "\n".join(x["paras"]) + "\n")
    with open(os.path.join(root, "labels.jsonl"), "w", encoding="utf-8") as f:
        for x in reports:
            f.write(json.dumps({"report": x["url"], "group": x["group"], "title": x["title"]}, ensure_ascii=False) + "\n")
        for x in reports:
            for (d, issue, party, kind, evidence, note) in x["ch"]:
                f.write(json.dumps({"report": x["url"], "issue": issue, "party": party, "kind": kind,
                                    "evidence": evidence, "note": note}, ensure_ascii=False) + "\n")
    restaters = defaultdict(list)
    for x in reports:
        for d in x["rs"]:
            restaters[d].append(x)
    with open(os.path.join(src, "ledger_head.md"), encoding="utf-8") as f:
        lines = [f.read().rstrip() + "\n", "\n## Developments\n"]
    for d in sorted(devs):
        title, summary = devs[d]
        fx = reports[first[d] - 1]
        lines.append(f"\n### {d}. {title}\n\n{fix(summary)}\n")
        lines.append(f"\n* First report: **{fx['n']:03d}** ({fx['outlet']}, {fx['pub']}, group {fx['group']}) — {fx['title']}")
        for c in fx["ch"]:
            if c[0] == d:
                lines.append(f"  * `{c[1]}` / `{c[2] if c[2] else 'null'}` / `{c[3]}`: {c[5]}")
        rs = restaters[d]
        lines.append("* Later reports restating it (no change): " +
                     ", ".join(f"{y['n']:03d} ({y['outlet']}, {y['group']})" for y in rs) + f" — {len(rs)} in all")
    lines.append("\n## Reports\n\nEvery report in order of `published`: its changes, what it restates and what is "
                 "deliberately not labelled.\n")
    for x in reports:
        lines.append(f"\n### {x['n']:03d} · {x['group']} · {x['pub']} · {x['outlet']}\n*{x['title']}*  \n`{x['url']}`\n")
        if x["ch"]:
            lines.append("Expected changes:")
            for c in x["ch"]:
                lines.append(f"- `{c[1]}` / `{c[2] if c[2] else 'null'}` ({c[3]}): {c[5]}")
        else:
            lines.append("Expected changes: none (" + ("unrelated report" if x["group"] == "D" else "restatement") + ").")
        if x["rs"]:
            lines.append("\nRestates: " + ", ".join(f"development {d} (first in {first[d]:03d})" for d in x["rs"]) + ".")
        if x["note"]:
            lines.append("\nNot labelled / notes: " + x["note"])
    with open(os.path.join(src, "ledger_tail.md"), encoding="utf-8") as f:
        lines.append("\n" + f.read().rstrip() + "\n")
    with open(os.path.join(root, "ledger.md"), "w", encoding="utf-8") as f:
        f.write((ledger_fix or fix)("\n".join(lines)))

    def words(x):
        return len(" ".join(x["paras"]).split())
    bad = [(x["file"], words(x)) for x in reports
           if not (words_of_briefs[0] <= words(x) <= words_of_briefs[1]
                   or words_of_reports[0] <= words(x) <= words_of_reports[1])]
    if brief_paragraphs:
        bad += [(x["file"], "paras") for x in reports
                if words(x) <= words_of_briefs[1] and len(x["paras"]) > brief_paragraphs]
    print("reports", len(reports), "first:", {d: first[d] for d in sorted(first)})
    print("length problems:", bad)
