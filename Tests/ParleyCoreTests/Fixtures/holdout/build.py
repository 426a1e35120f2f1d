#!/usr/bin/env python3
"""Build the held-out stream from source.txt: reports/NNN-slug.txt, feeds/OUTLET.xml and labels.jsonl.

usage: python3 build.py [DIR]  (run from anywhere; builds DIR, by default the folder of this file, whose
                              outlets.json, when present, replaces the outlet table below)

source.txt holds one block per report (header lines, '---', one paragraph per line) followed by its expected
changes as '@ ISSUE PARTY KIND | EVIDENCE PREFIX | NOTE'. The evidence is the full sentence of the body that starts
with the prefix, so labels always quote the report verbatim. The script checks every label against
../../../../../shared/spec/issues.md vocabulary and fails loudly on any inconsistency.
"""
import html
import json
import re
import sys
from datetime import datetime, timezone
from email.utils import format_datetime
from pathlib import Path

HERE = Path(sys.argv[1]).resolve() if len(sys.argv) > 1 else Path(__file__).resolve().parent
OUTLETS = {
    "harbor": ("Harbor Line", "harbor-line", "https://www.harborline.example/", "news/world/{y}/{m}/{d}/{slug}"),
    "capitol": ("Capitol Ledger", "capitol-ledger", "https://www.capitolledger.example/",
                "national-security/{y}/{m}/{d}/{slug}"),
    "leftbank": ("Left Bank Herald", "left-bank-herald", "https://www.leftbankherald.example/",
                 "news/{y}-{m}-{d}/{slug}"),
    "rhine": ("Rhine Gazette", "rhine-gazette", "https://www.rhinegazette.example/", "europe/{y}/{m}/{d}/{slug}"),
    "volga": ("Volga Review", "volga-review", "https://www.volgareview.example/", "politics/{y}{m}{d}-{slug}"),
    "goldenhorn": ("Golden Horn Times", "golden-horn-times", "https://www.goldenhorntimes.example/",
                   "diplomacy/{y}/{m}/{d}/{slug}"),
    "pacific": ("Pacific Rim Record", "pacific-rim-record", "https://www.pacificrimrecord.example/",
                "world/{y}/{m}/{d}/{slug}"),
    "lantern": ("Northern Lantern", "northern-lantern", "https://www.northernlantern.example/",
                "analysis/{y}/{m}/{d}/{slug}"),
}
if (HERE / "outlets.json").exists():
    OUTLETS = {key: tuple(value) for key, value in json.loads((HERE / "outlets.json").read_text()).items()}
ISSUES = {"talks", "leaders-meeting", "ceasefire", "prisoner-exchange", "bodies-repatriation", "children",
          "territory", "security-guarantees", "military-limits", "sanctions", "reparations", "language-culture",
          "elections", "peace-plan", "nuclear-plant"}
PARTIES = {"ukraine", "russia", "united-states", "turkey", "europe", None}
KINDS = {"meeting.new", "participant.changed", "proposal.new", "position.new", "position.changed",
         "status.changed", "quantity.changed", "issue.new"}
# A sentence ends at . ! or ? (optionally followed by a closing quote) before whitespace or the paragraph's end.
SENTENCE_END = re.compile(r"[.!?][\"'”’]?(?=\s|$)")


def fail(msg):
    sys.exit(f"build.py: {msg}")


def sentence_from(body, prefix, where):
    hits = [p for p in body if prefix in p]
    if len(hits) != 1:
        fail(f"{where}: evidence prefix {prefix!r} found in {len(hits)} paragraphs")
    para = hits[0]
    start = para.index(prefix)
    end = SENTENCE_END.search(para, start + len(prefix) - 1)
    return para[start:end.end()] if end else para[start:]


def parse(text):
    reports = []
    for block in text.split("\n===")[1:]:
        head, _, rest = block.partition("\n---\n")
        meta = dict(line.split(": ", 1) for line in head.strip().splitlines())
        lines = [l for l in rest.strip().splitlines() if l.strip()]
        body = [l for l in lines if not l.startswith("@ ")]
        labels = []
        for l in lines:
            if l.startswith("@ "):
                key, prefix, note = (part.strip() for part in l[2:].split("|"))
                issue, party, kind = key.split()
                labels.append((issue, None if party == "null" else party, kind, prefix, note))
        reports.append((meta, body, labels))
    return reports


def main():
    reports = parse((HERE / "source.txt").read_text(encoding="utf-8"))
    reports.sort(key=lambda r: r[0]["published"])
    (HERE / "reports").mkdir(exist_ok=True)
    (HERE / "feeds").mkdir(exist_ok=True)
    for old in (HERE / "reports").glob("*.txt"):
        old.unlink()
    label_rows, items, seen_keys = [], {}, set()
    for n, (meta, body, labels) in enumerate(reports, 1):
        name, _, root, pattern = OUTLETS[meta["outlet"]]
        when = datetime.strptime(meta["published"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)
        url = root + pattern.format(y=f"{when:%Y}", m=f"{when:%m}", d=f"{when:%d}", slug=meta["slug"])
        group = meta["group"]
        if group in ("A", "D") and labels:
            fail(f"{url}: group {group} with expected changes")
        if group in ("B", "C") and not labels:
            fail(f"{url}: group {group} without expected changes")
        header = [f"url: {url}", f"title: {meta['title']}", f"outlet: {name}", f"published: {meta['published']}",
                  f"byline: {meta['byline']}", f"group: {group}", "---"]
        (HERE / "reports" / f"{n:03d}-{meta['slug']}.txt").write_text("\n".join(header + body) + "\n",
                                                                     encoding="utf-8")
        label_rows.append({"report": url, "group": group, "title": meta["title"]})
        for issue, party, kind, prefix, note in labels:
            if issue not in ISSUES or party not in PARTIES or kind not in KINDS:
                fail(f"{url}: bad label {issue} {party} {kind}")
            if (url, issue, party) in seen_keys:
                fail(f"{url}: two lines for {issue} {party}")
            seen_keys.add((url, issue, party))
            evidence = sentence_from(body, prefix, url)
            label_rows.append({"report": url, "issue": issue, "party": party, "kind": kind,
                               "evidence": evidence, "note": note})
        items.setdefault(meta["outlet"], []).append((when, url, meta, body))
    with open(HERE / "labels.jsonl", "w", encoding="utf-8") as f:
        for row in label_rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    for key, entries in items.items():
        name, file, root, _ = OUTLETS[key]
        entries.sort(key=lambda e: e[0], reverse=True)
        newest = format_datetime(entries[0][0], usegmt=True)
        out = ['<?xml version="1.0" encoding="utf-8"?>',
               '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" '
               'xmlns:dc="http://purl.org/dc/elements/1.1/">',
               f"<channel><title>{html.escape(name)}</title><link>{root}</link>"
               f"<description>Latest reports from {html.escape(name)}</description><language>en</language>"
               f"<lastBuildDate>{newest}</lastBuildDate>"]
        for when, url, meta, body in entries:
            content = "".join(f"<p>{html.escape(p, quote=False)}</p>" for p in body)
            out.append(f"<item><title>{html.escape(meta['title'], quote=False)}</title><link>{url}</link>"
                       f'<guid isPermaLink="true">{url}</guid><pubDate>{format_datetime(when, usegmt=True)}</pubDate>'
                       f"<dc:creator>{html.escape(meta['byline'])}</dc:creator>"
                       f"<description>{html.escape(body[0], quote=False)}</description>"
                       f"<content:encoded><![CDATA[{content}]]></content:encoded></item>")
        out.append("</channel>\n</rss>\n")
        (HERE / "feeds" / f"{file}.xml").write_text("\n".join(out), encoding="utf-8")
    groups = {}
    for r in label_rows:
        if "group" in r:
            groups[r["group"]] = groups.get(r["group"], 0) + 1
    print(f"{len(reports)} reports {dict(sorted(groups.items()))}, "
          f"{sum(1 for r in label_rows if 'issue' in r)} expected changes, {len(items)} feeds")


if __name__ == "__main__":
    main()
