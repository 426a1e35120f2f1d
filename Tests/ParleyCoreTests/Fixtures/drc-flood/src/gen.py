#!/usr/bin/env python3
"""Generate reports/, labels.jsonl and ledger.md of drc-flood from the annotation table (table.json, devs), with the
generator the floods share (../../flood_annotation.py)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path[:0] = [HERE, os.path.dirname(os.path.dirname(HERE))]
import flood_annotation
from devs import DEVS

R, first = flood_annotation.load(HERE, DEVS)
assert len({x['url'] for x in R}) == len(R), "duplicate url"
fix = flood_annotation.first_numbers(first)   # {first:N}: the number of development N's first report
for x in R:
    x['note'] = fix(x['note'])
    x['ch'] = [c[:5] + (fix(c[5]),) for c in x['ch']]
    assert (x['group'] in 'BC') == bool(x['ch']), f"{x['file']}: group {x['group']} vs changes"
flood_annotation.write(HERE, R, first, DEVS, fix, brief_paragraphs=3)
