#!/usr/bin/env python3
"""Consistency checks for the ru-flood evaluation stream. Run in this folder: python3 check.py

Checks: report headers (url, title, outlet, published, byline, group), numbering in order of publication, body lengths
(short briefs 40-90 words, other reports 120-300), groups, labels (one report line per report with the same group and
title, then the expected changes), evidence verbatim in the body, issue/party/kind ids in the vocabulary
(/work/shared/spec/issues.md), one change per report/issue/party, no null and named party on one issue in one report,
A and D without changes, B and C with at least one, every kind represented, outlets described in outlets.json and
feeds built for each, evidence of summary-only outlets in the first paragraph, and a score.py format run.
Prints the counts and OK.

Another flood in this layout runs the same checks with its own folder and vocabulary:
  python3 ../ru-flood/check.py FOLDER [--spec VOCABULARY.md] [--long-max N] [--summary-strict]
(`--long-max`: the longest report, 300 words by default; `--summary-strict`: a summary-only outlet's first paragraph
is one sentence and it carries no first report). gaza-flood/check.py does.
"""
import argparse, glob, json, os, re, subprocess, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
_parser = argparse.ArgumentParser(description="Consistency checks of a flood stream (see the docstring).")
_parser.add_argument("folder", nargs="?", default=HERE)
_parser.add_argument("--spec")
_parser.add_argument("--long-max", type=int, default=300)
_parser.add_argument("--summary-strict", action="store_true")
_options = _parser.parse_args()
SPEC_ARG = _options.spec and os.path.abspath(_options.spec)
LONG_MAX, SUMMARY_STRICT = _options.long_max, _options.summary_strict
os.chdir(os.path.abspath(_options.folder))
errors = []
err = errors.append


def find(*cands):
    for c in cands:
        if os.path.exists(c):
            return c
    return cands[-1]


SPEC = SPEC_ARG or find(os.path.join(HERE, "..", "..", "shared", "spec", "issues.md"), "/work/shared/spec/issues.md")
SCORE = find(os.path.join(HERE, "..", "..", "shared", "eval", "score.py"), "/work/shared/eval/score.py")

voc = open(SPEC, encoding="utf-8").read()


def ids_in(section):
    part = voc.split(section, 1)[1].split("\n## ", 1)[0]
    return set(re.findall(r"^\| `([a-z0-9.-]+)` \|", part, re.M))


parties, issues, kinds = ids_in("## Parties"), ids_in("## Issues"), ids_in("## Kinds of change")
print(f"vocabulary: {len(parties)} parties, {len(issues)} issues, {len(kinds)} kinds")

# reports
HEADER_RULES = [
    ("group", lambda v: v in ("A", "B", "C", "D"), "bad group"),
    ("published", lambda v: re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", v), "bad published"),
    ("url", lambda v: re.match(r"https://[a-z0-9.-]+\.example/", v), "url not under an .example domain"),
]
reports, files = {}, sorted(glob.glob("reports/*.txt"))
for i, f in enumerate(files, 1):
    if not re.fullmatch(rf"reports/{i:03d}-[a-z0-9-]+\.txt", f):
        err(f"{f}: not numbered {i:03d}-slug.txt")
    text = open(f, encoding="utf-8").read()
    head, sep, body = text.partition("\n---\n")
    if not sep:
        err(f"{f}: no --- line"); continue
    meta = dict(l.split(": ", 1) for l in head.splitlines() if ": " in l)
    missing = [k for k in ("url", "title", "outlet", "published", "byline", "group") if not meta.get(k)]
    errors.extend(f"{f}: header {k} missing" for k in missing)
    errors.extend(f"{f}: {message}" for key, valid, message in HEADER_RULES if not valid(meta.get(key, "")))
    paras = [p for p in body.split("\n") if p.strip()]
    n = len(body.split())
    if not (40 <= n <= 90 or 120 <= n <= LONG_MAX):
        err(f"{f}: body has {n} words (want 40-90 or 120-{LONG_MAX})")
    if n <= 90 and len(paras) > 3:
        err(f"{f}: short brief with {len(paras)} paragraphs")
    meta.update(body=body, paras=paras, file=f, words=n)
    if meta.get("url") in reports:
        err(f"{f}: duplicate url")
    reports[meta["url"]] = meta
order = sorted(reports.values(), key=lambda m: m["published"])
if [m["file"] for m in order] != [m["file"] for m in sorted(order, key=lambda m: m["file"])]:
    err("file numbering does not follow published order")
if len({m["published"] for m in order}) != len(order):
    err("two reports share a published time")

# outlets and feeds
outlets = json.load(open("outlets.json", encoding="utf-8"))
used = Counter(m["outlet"] for m in reports.values())
for o in used:
    if o not in outlets:
        err(f"outlet {o} not in outlets.json")
summary_only = {o for o, c in outlets.items() if c.get("content") == "summary"}
if len(summary_only) < 3:
    err("fewer than three summary-only outlets")
for o, c in outlets.items():
    path = os.path.join("feeds", c.get("slug", o) + ".xml")
    if not os.path.exists(path):
        err(f"feed missing: {path}"); continue
    xml = open(path, encoding="utf-8").read()
    items = xml.count("<item>") + xml.count("<entry>")
    if items != used.get(o, 0):
        err(f"{path}: {items} items, {used.get(o, 0)} reports")

# labels
head_lines, changes, seen_change = {}, [], False
for i, line in enumerate(open("labels.jsonl", encoding="utf-8"), 1):
    o = json.loads(line)
    if "issue" in o:
        changes.append(o); seen_change = True
    else:
        if seen_change:
            err(f"labels.jsonl:{i}: report line after change lines")
        if o["report"] in head_lines:
            err(f"labels.jsonl:{i}: report listed twice")
        head_lines[o["report"]] = o
for url, m in reports.items():
    h = head_lines.get(url)
    if not h:
        err(f"{m['file']}: no report line in labels"); continue
    if h["group"] != m["group"] or h["title"] != m["title"]:
        err(f"{m['file']}: group/title differ in labels")
for url in head_lines:
    if url not in reports:
        err(f"labels: report line for unknown report {url}")
seen, per_report = set(), {}
for c in changes:
    m = reports.get(c["report"])
    if not m:
        err(f"label for unknown report {c['report']}"); continue
    for k in ("issue", "party", "kind", "evidence", "note"):
        if k not in c:
            err(f"{m['file']}: change without {k}")
    if not any(c["evidence"] in p for p in m["paras"]):
        err(f"{m['file']}: evidence not verbatim in one paragraph: {c['evidence'][:60]}")
    if m["outlet"] in summary_only and c["evidence"] not in m["paras"][0]:
        err(f"{m['file']}: summary-only outlet, evidence not in the first paragraph")
    if "->" not in c.get("note", ""):
        err(f"{m['file']}: note is not 'before -> after'")
    if c["issue"] not in issues:
        err(f"unknown issue {c['issue']}")
    if c["party"] is not None and c["party"] not in parties:
        err(f"unknown party {c['party']}")
    if c["kind"] not in kinds:
        err(f"unknown kind {c['kind']}")
    key = (c["report"], c["issue"], c["party"])
    if key in seen:
        err(f"duplicate (report, issue, party) {key}")
    seen.add(key)
    per_report.setdefault(c["report"], []).append(c)
for (rep, iss, party) in seen:
    if party is not None and (rep, iss, None) in seen:
        err(f"null and named party on one issue: {rep} {iss}")
for url, m in reports.items():
    n = len(per_report.get(url, []))
    if m["group"] in "AD" and n:
        err(f"{m['file']}: group {m['group']} has {n} changes")
    if m["group"] in "BC" and not n:
        err(f"{m['file']}: group {m['group']} has no change")

if SUMMARY_STRICT:
    for url, m in reports.items():
        if m["outlet"] in summary_only and per_report.get(url):
            err(f"{m['file']}: summary-only outlet carries a first report")
        if m["outlet"] in summary_only and len(re.findall(r"[.!?](?:\s|$)", m["paras"][0])) != 1:
            err(f"{m['file']}: summary-only outlet, first paragraph is not one sentence")

# counts
g = Counter(m["group"] for m in reports.values())
gc = Counter(reports[c["report"]]["group"] for c in changes)
print(f"reports {len(reports)}, expected changes {len(changes)}")
print("| group | reports | expected changes |")
for k, name in (("A", "restatement"), ("B", "new development"), ("C", "mixed"), ("D", "unrelated")):
    print(f"| {k} {name} | {g[k]} | {gc[k]} |")
print(f"| total | {len(reports)} | {len(changes)} |")
wc = [m["words"] for m in reports.values()]
print(f"short briefs (40-90 words): {sum(w <= 90 for w in wc)}; longer (120-{LONG_MAX}): {sum(w >= 120 for w in wc)}; "
      f"words {min(wc)}-{max(wc)}")
print("by outlet:", ", ".join(f"{o} {n}" for o, n in used.most_common()))
print("by issue:", ", ".join(f"{k} {n}" for k, n in Counter(c["issue"] for c in changes).most_common()))
print("by party:", ", ".join(f"{k} {n}" for k, n in Counter(str(c["party"]).replace("None", "null") for c in changes).most_common()))
print("by kind:", ", ".join(f"{k} {n}" for k, n in Counter(c["kind"] for c in changes).most_common()))
missing = kinds - {c["kind"] for c in changes}
if missing:
    err(f"kinds not represented: {sorted(missing)}")

# scorer format check
r = subprocess.run([sys.executable, SCORE, "labels.jsonl", "/dev/null"], capture_output=True, text=True)
print("score.py rc", r.returncode, "|", r.stdout.strip().splitlines()[0] if r.stdout.strip() else r.stderr.strip()[-200:])
if r.returncode != 0:
    err("score.py failed")

print("OK" if not errors else "\n".join(["ERRORS:"] + errors))
sys.exit(1 if errors else 0)
