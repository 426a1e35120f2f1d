#!/usr/bin/env python3
"""Consistency checks for a labelled stream kept here (gaza, syria-israel, us-china-trade): headers, groups, word
counts, evidence verbatim, ids in the vocabulary, one change per report/issue/party, A and D without changes, B and C
with at least one, every kind represented, score.py's format. Each stream's check.py runs it on its own folder:
python3 check.py there, or python3 check_stream.py FOLDER."""
import glob, json, os, re, subprocess, sys

HERE = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else ".")
os.chdir(HERE)
errors = []

def err(msg):
    errors.append(msg)

# vocabulary ids
voc = open("vocabulary.md", encoding="utf-8").read()
def ids_in(section):
    part = voc.split(section, 1)[1].split("\n## ", 1)[0]
    return set(re.findall(r"^\| `([a-z0-9.-]+)` \|", part, re.M))
parties, issues, kinds = ids_in("## Parties"), ids_in("## Issues"), ids_in("## Kinds of change")
print(f"vocabulary: {len(parties)} parties, {len(issues)} issues, {len(kinds)} kinds")
if not (4 <= len(parties) <= 7): err("parties count out of 4-7")
if not (9 <= len(issues) <= 13): err("issues count out of 9-13")

# reports
reports = {}
for f in sorted(glob.glob("reports/*.txt")):
    text = open(f, encoding="utf-8").read()
    head, sep, body = text.partition("\n---\n")
    if not sep: err(f"{f}: no --- line"); continue
    meta = dict(l.split(": ", 1) for l in head.splitlines() if ": " in l)
    for k in ("url", "title", "outlet", "published", "byline", "group"):
        if not meta.get(k): err(f"{f}: header {k} missing")
    if meta.get("group") not in ("A", "B", "C", "D"): err(f"{f}: bad group")
    if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", meta.get("published", "")): err(f"{f}: bad published")
    n = len(body.split())
    if not (130 <= n <= 320): err(f"{f}: body has {n} words")
    meta["body"], meta["file"] = body, f
    reports[meta["url"]] = meta
order = sorted(reports.values(), key=lambda m: m["published"])
if [m["file"] for m in order] != sorted(m["file"] for m in order): err("file numbering does not follow published order")
seedw = len(open("seed.txt", encoding="utf-8").read().split())
if not (800 <= seedw <= 1000): err(f"seed has {seedw} words")

# labels
head_lines, changes = {}, []
for i, line in enumerate(open("labels.jsonl", encoding="utf-8"), 1):
    o = json.loads(line)
    if "issue" in o: changes.append(o)
    else: head_lines[o["report"]] = o
for url, m in reports.items():
    h = head_lines.get(url)
    if not h: err(f"{m['file']}: no report line in labels"); continue
    if h["group"] != m["group"] or h["title"] != m["title"]: err(f"{m['file']}: group/title differ in labels")
seen = set()
per_report = {}
for c in changes:
    m = reports.get(c["report"])
    if not m: err(f"label for unknown report {c['report']}"); continue
    if c["evidence"] not in m["body"]: err(f"{m['file']}: evidence not verbatim: {c['evidence'][:60]}")
    if c["issue"] not in issues: err(f"unknown issue {c['issue']}")
    if c["party"] is not None and c["party"] not in parties: err(f"unknown party {c['party']}")
    if c["kind"] not in kinds: err(f"unknown kind {c['kind']}")
    key = (c["report"], c["issue"], c["party"])
    if key in seen: err(f"duplicate (report, issue, party) {key}")
    seen.add(key)
    per_report.setdefault(c["report"], []).append(c)
for (rep, iss, party) in seen:
    if party is not None and (rep, iss, None) in seen: err(f"null and named party on one issue: {rep} {iss}")
for url, m in reports.items():
    n = len(per_report.get(url, []))
    if m["group"] in "AD" and n: err(f"{m['file']}: group {m['group']} has {n} changes")
    if m["group"] in "BC" and not n: err(f"{m['file']}: group {m['group']} has no change")

# counts
from collections import Counter
print("reports by group:", dict(sorted(Counter(m["group"] for m in reports.values()).items())))
print("changes:", len(changes))
print("by issue:", Counter(c["issue"] for c in changes).most_common())
print("by party:", Counter(str(c["party"]).replace("None", "null") for c in changes).most_common())
print("by kind:", Counter(c["kind"] for c in changes).most_common())
missing = kinds - {c["kind"] for c in changes}
if missing: err(f"kinds not represented: {missing}")

# scorer format check
score = os.path.join(HERE, "..", "..", "..", "..", "..", "shared", "eval", "score.py")
if not os.path.exists(score): score = "/work/shared/eval/score.py"
r = subprocess.run([sys.executable, score, "labels.jsonl", "/dev/null"], capture_output=True, text=True)
print("score.py rc", r.returncode, "|", r.stdout.strip().splitlines()[0] if r.stdout.strip() else r.stderr.strip()[-200:])
if r.returncode != 0: err("score.py failed")

print("\nOK" if not errors else "\n".join(["ERRORS:"] + errors))
sys.exit(1 if errors else 0)
