#!/usr/bin/env python3
"""Consistency checks for the israel-lebanon evaluation set (../check_stream.py). Run in this folder: python3 check.py"""
import os
import runpy
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.argv = [sys.argv[0], HERE]
runpy.run_path(os.path.join(HERE, "..", "check_stream.py"), run_name="__main__")
