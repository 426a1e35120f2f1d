#!/usr/bin/env python3
"""Build reports/, labels.jsonl and ledger.md from the annotation table in src/b*.txt (one source for all)."""
import glob, json, os, re, sys
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = {
 "DW": ("Dhow Wire", "https://www.dhowwire.example/news/{y}/{m}/{d}/{slug}"),
 "CN": ("Caspian Newswire", "https://caspiannews.example/wire/{y}{m}{d}-{slug}"),
 "TL": ("Tehran Ledger", "https://www.tehranledger.example/politics/{slug}-{y}{m}{d}"),
 "KC": ("Khaleej Courier", "https://www.khaleejcourier.example/region/{y}/{m}/{slug}"),
 "PR": ("Potomac Record", "https://www.potomacrecord.example/world/{y}/{m}/{d}/{slug}/"),
 "RL": ("Rhine Letter", "https://rhineletter.example/issues/{y}-{m}-{d}/{slug}"),
 "AL": ("Atrium Live", "https://live.atrium.example/{y}/{m}/{d}/{slug}"),
 "FR": ("Fulcrum Review", "https://fulcrumreview.example/essays/{slug}"),
 "GB": ("Glance Briefs", "https://glance.example/b/{y}{m}{d}/{slug}"),
 "ND": ("Nutshell Daily", "https://nutshell.example/{y}/{m}/{d}/{slug}"),
}
SUMMARY_ONLY = {"Caspian Newswire", "Glance Briefs", "Nutshell Daily"}
DEV = {
 "R1": "first round held in Muscat 12 April; second round set for 19 April",
 "W367": "Witkoff: Iran need not enrich beyond 3.67% (14 April)",
 "WZERO": "Witkoff: Iran must stop and eliminate enrichment (15 April)",
 "R2": "second round held in Rome 19 April; experts from 23 April; third round 26 April in Muscat",
 "EXP": "expert talks moved to 26 April; Anton, Takht-Ravanchi and Gharibabadi lead technical teams",
 "R3": "third round held in Muscat 26 April with first expert talks; next round provisionally 3 May",
 "POST": "3 May round postponed by Oman (1 May)",
 "SEC": "Trump threatens secondary sanctions on any buyer of Iranian oil (1 May)",
 "R4S": "fourth round set for 11 May in Muscat (announced 9 May)",
 "R4": "fourth round held in Muscat 11 May; Oman to announce next",
 "SHAM": "Shamkhani: Iran would give up HEU stock and enrich only to civilian levels for lifting of all sanctions (14-15 May)",
 "E3I": "Iran–E3 deputies meet in Istanbul 16 May",
 "R5S": "fifth round set for 23 May in Rome (announced 20 May)",
 "R5": "fifth round held in Rome 23 May, 'some but not conclusive progress'",
 "IAEA": "IAEA quarterly report: 408.6 kg of 60% uranium; comprehensive report on undeclared sites (31 May)",
 "PROP": "US written proposal delivered to Iran through Oman (31 May)",
 "CONS": "US proposal allows limited low-level enrichment for an interim period, then a regional consortium (2 June)",
 "KREJ": "Khamenei: US proposal '100 per cent' against Iran's interests (4 June)",
 "RES": "E3 and US circulate draft IAEA Board resolution finding Iran in breach (5 June)",
 "R6": "Trump: next round on Thursday 12 June (9 June)",
}

def parse():
    items = []
    for path in sorted(glob.glob(os.path.join(HERE, "src", "b*.txt"))):
        cur = None
        for line in open(path, encoding="utf-8"):
            line = line.rstrip("\n")
            if line.startswith("### "):
                f = [x.strip() for x in line[4:].split(" | ")]
                assert len(f) == 6, line
                cur = dict(slug=f[0], out=f[1], published=f[2], byline=f[3], group=f[4], title=f[5],
                           paras=[], changes=[], devs=[], src=path)
                items.append(cur)
            elif line.startswith("+ "):
                f = [x.strip() for x in line[2:].split(" | ")]
                assert len(f) == 5, line
                cur["changes"].append(dict(issue=f[0], party=None if f[1] == "null" else f[1], kind=f[2], evidence=f[3], note=f[4]))
            elif line.startswith("@"):
                cur["devs"] = line[1:].split()
            elif line.strip():
                cur["paras"].append(line.strip())
    items.sort(key=lambda m: m["published"])
    for i, m in enumerate(items, 1):
        m["n"] = i
        y, mo, d = m["published"][:4], m["published"][5:7], m["published"][8:10]
        name, pat = OUT[m["out"]]
        m["outlet"] = name
        m["url"] = pat.format(y=y, m=mo, d=d, slug=m["slug"])
        m["file"] = f"{i:03d}-{m['slug']}.txt"
    return items

def main():
    items = parse()
    rdir = os.path.join(HERE, "reports")
    os.makedirs(rdir, exist_ok=True)
    for f in os.listdir(rdir):
        os.remove(os.path.join(rdir, f))
    for m in items:
        head = [f"url: {m['url']}", f"title: {m['title']}", f"outlet: {m['outlet']}", f"published: {m['published']}",
                f"byline: {m['byline']}", f"group: {m['group']}", "---"]
        open(os.path.join(rdir, m["file"]), "w", encoding="utf-8").write("\n".join(head + m["paras"]) + "\n")
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for m in items:
            f.write(json.dumps({"report": m["url"], "group": m["group"], "title": m["title"]}, ensure_ascii=False) + "\n")
        for m in items:
            for c in m["changes"]:
                f.write(json.dumps({"report": m["url"], "issue": c["issue"], "party": c["party"], "kind": c["kind"],
                                    "evidence": c["evidence"], "note": c["note"]}, ensure_ascii=False) + "\n")
    # which development does each change report carry (first report of a dev) and which reports restate it
    first = {}
    for m in items:
        if m["changes"]:
            dev = m.get("firstdev")
    json.dump([{k: m[k] for k in ("n", "file", "url", "outlet", "published", "group", "title", "devs")} |
               {"changes": m["changes"], "words": sum(len(p.split()) for p in m["paras"]), "paras": len(m["paras"])}
               for m in items], open(os.path.join(HERE, "src", "table.json"), "w"), ensure_ascii=False, indent=1)
    print(len(items), "reports written")

if __name__ == "__main__":
    main()
