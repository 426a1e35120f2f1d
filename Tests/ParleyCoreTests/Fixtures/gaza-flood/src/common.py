# Annotation table helpers for gaza-flood. Reports are appended in order of publication.
R = []
OUT = {
 "MW": ("Meridian Wire", "https://www.meridianwire.example/mideast/{y}/{m}/{d}/{slug}"),
 "HP": ("Halyard Press", "https://halyardpress.example/world/{y}-{m}-{d}/{slug}"),
 "YD": ("Yarkon Daily", "https://www.yarkondaily.example/news/{y}/{m}/{d}/{slug}"),
 "SD": ("Saraya Daily", "https://sarayadaily.example/region/{y}{m}{d}/{slug}"),
 "CD": ("Capitol Dispatch", "https://www.capitoldispatch.example/world/{y}/{m}/{d}/{slug}"),
 "TN": ("Truce Notes", "https://trucenotes.example/letters/{y}-{m}-{d}-{slug}"),
 "SL": ("Shoreline Live", "https://live.shorelinedesk.example/{y}/{m}/{d}/{slug}"),
 "PR": ("Parapet Review", "https://parapetreview.example/essays/{y}/{m}/{slug}"),
 "NS": ("Nutshell", "https://nutshell.example/b/{y}/{m}/{d}/{slug}"),
 "KN": ("Knowable", "https://knowable.example/explainers/{y}/{m}/{d}/{slug}"),
}
def r(o, pub, slug, group, title, byline, paras, ch=(), rs=(), note=""):
    """o outlet code; pub RFC3339 UTC; ch: list of (dev, issue, party, kind, evidence, note); rs: devs restated."""
    R.append(dict(o=o, pub=pub, slug=slug, group=group, title=title, byline=byline,
                  paras=[p.strip() for p in paras.strip().split("\n") if p.strip()],
                  ch=list(ch), rs=list(rs), note=note))
