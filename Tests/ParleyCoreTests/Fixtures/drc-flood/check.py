#!/usr/bin/env python3
"""Consistency checks for the drc-flood evaluation stream. Run in this folder: python3 check.py

The ru-flood stream's checks (../ru-flood/check.py: headers, numbering, lengths, groups, labels, evidence verbatim,
ids, feeds, a score.py run) with this folder, the eastern DR Congo vocabulary
(shared/eval/drc-rwanda/vocabulary.md, with the shared folder beside the repository), longer reports of at most 240
words, and summary-only outlets held to a one-sentence first paragraph that carries no first report.
Prints the counts and OK.
"""
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.exit(subprocess.call([sys.executable, os.path.join(HERE, "..", "ru-flood", "check.py"), HERE,
                          "--spec", os.path.join(HERE, "..", "..", "..", "..", "..", "shared", "eval", "drc-rwanda",
                                                 "vocabulary.md"),
                          "--long-max", "240", "--summary-strict"]))
