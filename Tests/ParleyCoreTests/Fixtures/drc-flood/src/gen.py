#!/usr/bin/env python3
"""Generate reports/, labels.jsonl and ledger.md of drc-flood from the annotation table (table.json, devs)."""
import sys, os, re, json, shutil
from collections import defaultdict
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import common
# The annotation table: one object per report, in order of writing (see common.r for the fields).
with open(os.path.join(HERE, 'table.json'), encoding='utf-8') as f:
    common.R.extend(dict(x, ch=[tuple(c) for c in x['ch']]) for x in json.load(f))
from devs import DEVS
ROOT = os.path.dirname(HERE)
R = sorted(common.R, key=lambda x: x['pub'])
assert len({x['pub'] for x in R}) == len(R), "duplicate published"
for i, x in enumerate(R, 1):
    x['n'] = i
    name, pat = common.OUT[x['o']]
    x['outlet'] = name
    y, m, d = x['pub'][:4], x['pub'][5:7], x['pub'][8:10]
    x['url'] = pat.format(y=y, m=m, d=d, slug=x['slug'])
    x['file'] = f"{i:03d}-{x['slug']}.txt"
assert len({x['url'] for x in R}) == len(R), "duplicate url"
first = {}
for x in R:
    for c in x['ch']:
        first.setdefault(c[0], x['n'])
        assert first[c[0]] == x['n'], f"dev {c[0]} labelled twice"
assert sorted(first) == sorted(DEVS), set(DEVS) - set(first)
def fix(note):
    # {first:N} -> the number of development N's first report
    return re.sub(r'\{first:(\d+)\}', lambda m: f"{first[int(m.group(1))]:03d}", note)
for x in R:
    x['note'] = fix(x['note'])
    x['ch'] = [c[:5] + (fix(c[5]),) for c in x['ch']]
    for d in x['rs']:
        assert first[d] < x['n'], f"{x['file']} restates dev {d} before its first report"
    assert (x['group'] in 'BC') == bool(x['ch']), f"{x['file']}: group {x['group']} vs changes"

# reports
rd = os.path.join(ROOT, 'reports')
shutil.rmtree(rd, ignore_errors=True); os.makedirs(rd)
for x in R:
    with open(os.path.join(rd, x['file']), 'w', encoding='utf-8') as f:
        f.write(f"url: {x['url']}\ntitle: {x['title']}\noutlet: {x['outlet']}\npublished: {x['pub']}\n"
                f"byline: {x['byline']}\ngroup: {x['group']}\n---\n" + "\n".join(x['paras']) + "\n")
# labels
with open(os.path.join(ROOT, 'labels.jsonl'), 'w', encoding='utf-8') as f:
    for x in R:
        f.write(json.dumps({"report": x['url'], "group": x['group'], "title": x['title']}, ensure_ascii=False) + "\n")
    for x in R:
        for (d, iss, party, kind, ev, note) in x['ch']:
            f.write(json.dumps({"report": x['url'], "issue": iss, "party": party, "kind": kind, "evidence": ev,
                                "note": note}, ensure_ascii=False) + "\n")
# ledger
restaters = defaultdict(list)
for x in R:
    for d in x['rs']:
        restaters[d].append(x)
L = [open(os.path.join(HERE, 'ledger_head.md'), encoding='utf-8').read().rstrip() + "\n", "\n## Developments\n"]
for d in sorted(DEVS):
    t, summ = DEVS[d]
    fx = R[first[d] - 1]
    L.append(f"\n### {d}. {t}\n\n{fix(summ)}\n")
    L.append(f"\n* First report: **{fx['n']:03d}** ({fx['outlet']}, {fx['pub']}, group {fx['group']}) — {fx['title']}")
    for c in fx['ch']:
        if c[0] == d:
            L.append(f"  * `{c[1]}` / `{c[2] if c[2] else 'null'}` / `{c[3]}`: {c[5]}")
    rs = restaters[d]
    L.append("* Later reports restating it (no change): " +
             ", ".join(f"{y['n']:03d} ({y['outlet']}, {y['group']})" for y in rs) + f" — {len(rs)} in all")
L.append("\n## Reports\n\nEvery report in order of `published`: its changes, what it restates and what is deliberately not labelled.\n")
for x in R:
    L.append(f"\n### {x['n']:03d} · {x['group']} · {x['pub']} · {x['outlet']}\n*{x['title']}*  \n`{x['url']}`\n")
    if x['ch']:
        L.append("Expected changes:")
        for c in x['ch']:
            L.append(f"- `{c[1]}` / `{c[2] if c[2] else 'null'}` ({c[3]}): {c[5]}")
    else:
        L.append("Expected changes: none (" + ("unrelated report" if x['group'] == 'D' else "restatement") + ").")
    if x['rs']:
        L.append("\nRestates: " + ", ".join(f"development {d} (first in {first[d]:03d})" for d in x['rs']) + ".")
    if x['note']:
        L.append("\nNot labelled / notes: " + x['note'])
L.append("\n" + open(os.path.join(HERE, 'ledger_tail.md'), encoding='utf-8').read().rstrip() + "\n")
txt = "\n".join(L)
txt = fix(txt)
open(os.path.join(ROOT, 'ledger.md'), 'w', encoding='utf-8').write(txt)
# word counts
def words(x):
    return len(' '.join(x['paras']).split())
bad = [(x['file'], words(x)) for x in R if not (40 <= words(x) <= 90 or 120 <= words(x) <= 240)]
bad += [(x['file'], 'paras') for x in R if words(x) <= 90 and len(x['paras']) > 3]
print("reports", len(R), "first:", {d: first[d] for d in sorted(first)})
print("length problems:", bad)
