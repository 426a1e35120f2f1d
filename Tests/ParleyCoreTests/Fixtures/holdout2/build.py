#!/usr/bin/env python3
"""Build holdout2 (reports/, feeds/, labels.jsonl) from its source.txt with the first holdout's builder and this
folder's outlets.json. usage: python3 build.py"""
import runpy
import sys
from pathlib import Path

here = Path(__file__).resolve().parent
sys.argv = [str(here.parent / "holdout" / "build.py"), str(here)]
runpy.run_path(sys.argv[0], run_name="__main__")
