#!/usr/bin/env python3
"""Generate reports/, labels.jsonl and ledger.md of gaza-flood from the annotation table (table.json, devs), with the
generator the floods share (../../flood_annotation.py)."""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path[:0] = [HERE, os.path.dirname(os.path.dirname(HERE))]
import flood_annotation
from devs import DEVS

R, first = flood_annotation.load(HERE, DEVS)
# This table's notes name first reports by the numbers they had while it was written.
GUESS = {"001": 1, "016": 2, "020": 3, "036": 4, "038": 5, "049": 6, "051": 7, "057": 8, "063": 9, "068": 10,
         "071": 11, "076": 12, "080": 13, "087": 14, "093": 15, "094": 16, "100": 17, "104": 18}


def fix(note):
    return re.sub(r'\b(\d{3})\b', lambda m: f"{first[GUESS[m.group(1)]]:03d}" if m.group(1) in GUESS else m.group(1), note)


for x in R:
    x['note'] = fix(x['note'])
flood_annotation.write(HERE, R, first, DEVS, fix, ledger_fix=flood_annotation.first_numbers(first))
