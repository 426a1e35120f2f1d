# Annotation table helpers for drc-flood. Reports are appended in order of publication.
import json
import os

R = []
# Outlet code -> (name, URL pattern): outlet_codes.json.
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "outlet_codes.json"), encoding="utf-8") as _f:
    OUT = {code: tuple(entry) for code, entry in json.load(_f).items()}
def r(o, pub, slug, group, title, byline, paras, ch=(), rs=(), note=""):
    """o outlet code; pub RFC3339 UTC; ch: list of (dev, issue, party, kind, evidence, note); rs: devs restated."""
    R.append(dict(o=o, pub=pub, slug=slug, group=group, title=title, byline=byline,
                  paras=[p.strip() for p in paras.strip().split("\n") if p.strip()],
                  ch=list(ch), rs=list(rs), note=note))
