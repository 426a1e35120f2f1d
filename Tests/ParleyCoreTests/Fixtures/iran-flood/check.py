#!/usr/bin/env python3
"""Consistency checks for the iran-flood evaluation stream. Run in this folder: python3 check.py

Checks: report headers and numbering in order of publication; groups; word counts (short wire briefs 40-90 words in
1-3 paragraphs, the rest 120-300); labels agree with the reports; evidence is one sentence of the body, verbatim (in
the first paragraph for summary-only outlets, whose feeds carry nothing else); issue, party and kind ids are in the
vocabulary; one change per report/issue/party; no null and named party on one issue in one report; A and D carry no
change, B and C at least one; every kind represented (except issue.new, see README); feeds built for every outlet;
score.py runs on the labels. Prints the counts and OK.
"""
import collections
import glob
import json
import os
import re
import subprocess
import sys
import xml.dom.minidom

HERE = os.path.dirname(os.path.abspath(__file__))
VOCAB = "/work/shared/eval/iran-nuclear/vocabulary.md"
SCORE = "/work/shared/eval/score.py"
NOT_EXPECTED_KINDS = {"issue.new"}  # every issue of the vocabulary is already in the seed (README)
errors = []


def err(msg):
    errors.append(msg)


def vocabulary():
    text = open(VOCAB, encoding="utf-8").read()
    sections = re.split(r"(?m)^## ", text)
    ids = {}
    for sec in sections:
        name = sec.split("\n", 1)[0].strip().lower()
        found = re.findall(r"(?m)^\| `([a-z0-9.\-]+)` \|", sec)
        if name.startswith("parties"):
            ids["party"] = set(found)
        elif name.startswith("issues"):
            ids["issue"] = set(found)
        elif name.startswith("kinds"):
            ids["kind"] = set(found)
    return ids


def read_report(path):
    text = open(path, encoding="utf-8").read()
    head, sep, body = text.partition("\n---\n")
    if not sep:
        err(f"{path}: no --- line")
    meta = {}
    for line in head.splitlines():
        k, c, v = line.partition(":")
        if c:
            meta[k.strip()] = v.strip()
    meta["paras"] = [p.strip() for p in body.split("\n") if p.strip()]
    meta["file"] = os.path.basename(path)
    return meta


def main():
    voc = vocabulary()
    outlets = json.load(open(os.path.join(HERE, "outlets.json"), encoding="utf-8"))
    summary_only = {n for n, c in outlets.items() if c.get("content") == "summary"}
    files = sorted(glob.glob(os.path.join(HERE, "reports", "*.txt")))
    reports = [read_report(f) for f in files]
    by_url = {}
    last = ""
    for i, r in enumerate(reports, 1):
        for key in ("url", "title", "outlet", "published", "byline", "group"):
            if not r.get(key):
                err(f"{r['file']}: header {key} missing")
        if not r["file"].startswith(f"{i:03d}-"):
            err(f"{r['file']}: expected number {i:03d}")
        if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", r.get("published", "")):
            err(f"{r['file']}: published not RFC 3339 UTC")
        if r.get("published", "") < last:
            err(f"{r['file']}: out of order")
        last = r.get("published", "")
        if r.get("group") not in ("A", "B", "C", "D"):
            err(f"{r['file']}: bad group")
        if r.get("outlet") not in outlets:
            err(f"{r['file']}: outlet not in outlets.json")
        if r["url"] in by_url:
            err(f"{r['file']}: duplicate url")
        by_url[r["url"]] = r
        words = sum(len(p.split()) for p in r["paras"])
        r["words"] = words
        if words <= 90:
            if words < 40 or len(r["paras"]) > 3:
                err(f"{r['file']}: short report must be 40-90 words in 1-3 paragraphs ({words}, {len(r['paras'])})")
        elif not 120 <= words <= 300:
            err(f"{r['file']}: {words} words, outside 120-300")
        if r.get("outlet") in summary_only and r.get("group") == "D" and False:
            pass

    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
    rep_lines = [l for l in labels if "issue" not in l]
    changes = [l for l in labels if "issue" in l]
    if len(rep_lines) != len(reports) or {l["report"] for l in rep_lines} != set(by_url):
        err("labels: report lines do not match the reports")
    for l in rep_lines:
        r = by_url.get(l["report"])
        if r and (r["group"] != l["group"] or r["title"] != l["title"]):
            err(f"labels: {r['file']} group/title differ")
    per = collections.defaultdict(list)
    for c in changes:
        r = by_url.get(c["report"])
        if not r:
            err(f"change on unknown report {c['report']}")
            continue
        per[c["report"]].append(c)
        if c["issue"] not in voc["issue"]:
            err(f"{r['file']}: issue {c['issue']} not in vocabulary")
        if c["party"] is not None and c["party"] not in voc["party"]:
            err(f"{r['file']}: party {c['party']} not in vocabulary")
        if c["kind"] not in voc["kind"]:
            err(f"{r['file']}: kind {c['kind']} not in vocabulary")
        ev = c.get("evidence", "")
        paras = r["paras"][:1] if r["outlet"] in summary_only else r["paras"]
        if not any(ev in p for p in paras):
            err(f"{r['file']}: evidence not verbatim in {'the first paragraph' if r['outlet'] in summary_only else 'the body'}")
        if "->" not in c.get("note", ""):
            err(f"{r['file']}: note without 'before -> after'")
    for url, r in by_url.items():
        cs = per.get(url, [])
        if r["group"] in ("A", "D") and cs:
            err(f"{r['file']}: group {r['group']} with changes")
        if r["group"] in ("B", "C") and not cs:
            err(f"{r['file']}: group {r['group']} without changes")
        keys = [(c["issue"], c["party"]) for c in cs]
        if len(keys) != len(set(keys)):
            err(f"{r['file']}: two changes on one issue and party")
        for issue in {c["issue"] for c in cs}:
            parties = [c["party"] for c in cs if c["issue"] == issue]
            if None in parties and len(parties) > 1:
                err(f"{r['file']}: null and named party on {issue}")
    kinds = collections.Counter(c["kind"] for c in changes)
    for k in voc["kind"] - NOT_EXPECTED_KINDS:
        if k not in kinds:
            err(f"kind {k} not represented")

    feeds = os.path.join(HERE, "feeds")
    counts = collections.Counter(r["outlet"] for r in reports)
    for name, cfg in outlets.items():
        path = os.path.join(feeds, cfg["slug"] + ".xml")
        if not os.path.exists(path):
            err(f"feed {path} missing")
            continue
        dom = xml.dom.minidom.parse(path)
        n = len(dom.getElementsByTagName("item")) + len(dom.getElementsByTagName("entry"))
        if n != counts.get(name, 0):
            err(f"feed {cfg['slug']}: {n} items, {counts.get(name, 0)} reports")
    if len(summary_only) < 3:
        err("fewer than three summary-only outlets")

    import tempfile
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as tmp:
        pass
    run = subprocess.run([sys.executable, SCORE, os.path.join(HERE, "labels.jsonl"), tmp.name], capture_output=True, text=True)
    os.unlink(tmp.name)
    if run.returncode != 0 or "expected changes" not in run.stdout:
        err("score.py failed: " + run.stdout + run.stderr)

    groups = collections.Counter(r["group"] for r in reports)
    gchanges = collections.Counter(by_url[c["report"]]["group"] for c in changes)
    print("| group | reports | expected changes |")
    print("| --- | --- | --- |")
    for g, name in (("A", "restatement"), ("B", "new development"), ("C", "mixed"), ("D", "unrelated")):
        print(f"| {g} {name} | {groups[g]} | {gchanges[g]} |")
    print(f"| total | {len(reports)} | {len(changes)} |")
    short = sum(1 for r in reports if r["words"] <= 90)
    print(f"short reports (40-90 words): {short}; others 120-300: {len(reports) - short}; "
          f"words {min(r['words'] for r in reports)}-{max(r['words'] for r in reports)}")
    print("by issue:", ", ".join(f"{k} {v}" for k, v in collections.Counter(c['issue'] for c in changes).most_common()))
    print("by party:", ", ".join(f"{k} {v}" for k, v in collections.Counter(str(c['party']) if c['party'] else 'null' for c in changes).most_common()))
    print("by kind:", ", ".join(f"{k} {v}" for k, v in kinds.most_common()))
    print("by outlet:", ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))
    print(run.stdout.strip().splitlines()[0] if run.stdout else "")
    if errors:
        print("\n".join("ERROR " + e for e in errors))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
