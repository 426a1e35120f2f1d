"""The helpers every seed model's review script uses (seeds/review_SLUG.py): find an absorbed fact by issue,
party, value and the start of its evidence, then fix, drop or add facts, each with the reason why.

    from review_tools import Review
    r = Review("drc-rwanda")
    r.fix("talks", "russia", "held", "The first sentence ...", why="...", party=None)
    r.save(note_terms={...})
"""
import json
import sys


class Review:
    def __init__(self, slug):
        self.slug = slug
        self.path = sys.argv[1] if len(sys.argv) > 1 else f"seeds/{slug}.model.json"
        self.source, self.outlet = f"seed:{slug}", "seed article"
        with open(self.path, encoding="utf-8") as f:
            self.model = json.load(f)
        self.facts = self.model["facts"]
        self.added = 0

    def find(self, key):
        issue, party, value, start = key
        for f in self.facts:
            if f["issue"] == issue and f.get("party") == party and f["value"] == value \
                    and f["evidence"].startswith(start):
                return f
        raise SystemExit(f"review: no fact {issue}/{party}/{value} '{start}'")

    def fix(self, *key, why, **changes):
        f = self.find(key)
        f.update(changes)
        if "party" in changes:
            f.pop("via", None)   # a document owner's clause no longer: the party was wrong

    def drop(self, *key, why):
        self.facts.remove(self.find(key))

    def add(self, issue, party, attribute, value, evidence, why, **extra):
        self.added += 1
        fact_id = f"review-{self.slug}-{self.added:02d}"
        fact = dict(id=fact_id, issue=issue, party=party, attribute=attribute, value=value, quantities=[], when=[],
                    places=[], evidence=evidence, source=self.source, outlet=self.outlet,
                    version=self.model["version"])
        fact.update(extra)
        self.facts.append(fact)
        self.model["history"][-1]["facts_changed"].append(fact_id)

    def sentence(self, start):
        """The seed sentence that starts with `start` (for facts added by hand)."""
        with open(f"seeds/{self.slug}.seed.txt", encoding="utf-8") as f:
            text = f.read().split("---\n", 1)[1]
        for para in text.splitlines():
            i = para.find(start)
            if i >= 0:
                end = para.find(". ", i)
                return para[i:] if end < 0 else para[i:end + 1]
        raise SystemExit(f"review: no sentence '{start}'")
