#!/usr/bin/env python3
"""Consistency checks for the thai-cambodia set: run in this folder (python3 check.py)."""
import glob, json, os, re, subprocess, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
errors = []

def err(msg):
    errors.append(msg)

# vocabulary ids
voc = open(os.path.join(HERE, 'vocabulary.md'), encoding='utf-8').read()
def ids_in(section):
    part = voc.split('## ' + section, 1)[1].split('\n## ', 1)[0]
    return set(re.findall(r'^\| `([a-z0-9.-]+)` \|', part, re.M))
parties, issues, kinds = ids_in('Parties'), ids_in('Issues'), ids_in('Kinds of change')
print(f"vocabulary: {len(parties)} parties, {len(issues)} issues, {len(kinds)} kinds")

# reports
reports = {}
for f in sorted(glob.glob(os.path.join(HERE, 'reports', '*.txt'))):
    text = open(f, encoding='utf-8').read()
    head, sep, body = text.partition('\n---\n')
    if not sep:
        err(f'{f}: no --- line'); continue
    meta = dict(l.split(': ', 1) for l in head.splitlines() if ': ' in l)
    for k in ('url', 'title', 'outlet', 'published', 'byline', 'group'):
        if not meta.get(k):
            err(f'{f}: header {k} missing')
    if meta.get('group') not in ('A', 'B', 'C', 'D'):
        err(f'{f}: bad group {meta.get("group")}')
    if not re.fullmatch(r'\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ', meta.get('published', '')):
        err(f'{f}: published not RFC 3339 UTC')
    words = len(body.split())
    if not 130 <= words <= 320:
        err(f'{f}: body has {words} words')
    meta['body'] = body
    meta['file'] = os.path.basename(f)
    reports[meta['url']] = meta
order = [m['published'] for m in sorted(reports.values(), key=lambda m: m['file'])]
if order != sorted(order):
    err('reports are not numbered in order of publication')
print('reports:', len(reports), dict(sorted(Counter(m['group'] for m in reports.values()).items())))

seed_words = len(open(os.path.join(HERE, 'seed.txt'), encoding='utf-8').read().split())
if not 800 <= seed_words <= 1000:
    err(f'seed has {seed_words} words')

# labels
labels = [json.loads(l) for l in open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8')]
heads = [l for l in labels if 'issue' not in l]
changes = [l for l in labels if 'issue' in l]
if {h['report'] for h in heads} != set(reports):
    err('report lines in labels.jsonl do not match reports/')
for h in heads:
    r = reports.get(h['report'])
    if r and (r['group'] != h['group'] or r['title'] != h['title']):
        err(f'{h["report"]}: group/title differ from the report file')
seen = set()
per_report = Counter()
for c in changes:
    r = reports.get(c['report'])
    if not r:
        err(f'change on unknown report {c["report"]}'); continue
    per_report[c['report']] += 1
    if c['issue'] not in issues: err(f'{r["file"]}: unknown issue {c["issue"]}')
    if c['party'] is not None and c['party'] not in parties: err(f'{r["file"]}: unknown party {c["party"]}')
    if c['kind'] not in kinds: err(f'{r["file"]}: unknown kind {c["kind"]}')
    if c['evidence'] not in r['body']: err(f'{r["file"]}: evidence not verbatim: {c["evidence"][:60]}')
    key = (c['report'], c['issue'], c['party'])
    if key in seen: err(f'{r["file"]}: duplicate (issue, party) {c["issue"]} {c["party"]}')
    seen.add(key)
    if c['party'] is None and any(k[0] == c['report'] and k[1] == c['issue'] and k[2] is not None for k in seen) or \
       c['party'] is not None and (c['report'], c['issue'], None) in seen:
        err(f'{r["file"]}: null and named party on the same issue {c["issue"]}')
    if not c.get('note'): err(f'{r["file"]}: note missing')
for url, r in reports.items():
    n = per_report[url]
    if r['group'] in ('A', 'D') and n: err(f'{r["file"]}: group {r["group"]} has {n} changes')
    if r['group'] in ('B', 'C') and not n: err(f'{r["file"]}: group {r["group"]} has no change')
print('expected changes:', len(changes))
print('  by issue:', dict(Counter(c['issue'] for c in changes).most_common()))
print('  by party:', dict(Counter(str(c['party']).replace('None', 'null') for c in changes).most_common()))
print('  by kind:', dict(Counter(c['kind'] for c in changes).most_common()))
print('  by group:', dict(sorted(Counter(reports[c['report']]['group'] for c in changes).items())))
missing_kinds = kinds - {c['kind'] for c in changes}
if missing_kinds: err(f'kinds not represented: {sorted(missing_kinds)}')

# score.py format check
score = os.path.join(HERE, '..', '..', 'shared', 'eval', 'score.py')
if not os.path.exists(score):
    score = '/work/shared/eval/score.py'
p = subprocess.run([sys.executable, score, os.path.join(HERE, 'labels.jsonl'), '/dev/null'], capture_output=True, text=True)
if p.returncode != 0:
    err('score.py failed: ' + p.stderr.strip())
else:
    print('score.py:', p.stdout.strip().splitlines()[-1])

for e in errors:
    print('ERROR', e)
print('OK' if not errors else f'{len(errors)} errors')
sys.exit(1 if errors else 0)
