"""The helpers every seed model's review script uses (seeds/review_SLUG.py): find a proposed fact by issue,
party, value and the start of its evidence, then fix, drop or add facts, each with the reason why. The input is
the model `parley model init` proposes (or `parley replay --absorb --write-model` writes: the same facts without
`confidence` and `review`); saving removes init's `confidence` and `review` marks, since every fact has now been
read, and says how many marked facts the review corrected or dropped.

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
        self.marked = {f["id"] for f in self.facts if f.get("review")}
        self.touched = set()

    def find(self, key):
        issue, party, value, start = key
        for f in self.facts:
            if f["issue"] == issue and f.get("party") == party and f["value"] == value \
                    and f["evidence"].startswith(start):
                return f
        raise SystemExit(f"review: no fact {issue}/{party}/{value} '{start}'")

    def fix(self, *key, why, **changes):
        f = self.find(key)
        self.touched.add(f["id"])
        f.update(changes)
        if "party" in changes:
            f.pop("via", None)   # a document owner's clause no longer: the party was wrong

    def drop(self, *key, why):
        f = self.find(key)
        self.touched.add(f["id"])
        self.facts.remove(f)

    def add(self, issue, party, attribute, value, evidence, why, fact_id=None, after=None, **extra):
        """A fact extraction missed, under `fact_id` (default `review-SLUG-NN`), appended, or placed right after the
        fact with id `after`."""
        self.added += 1
        fact_id = fact_id or f"review-{self.slug}-{self.added:02d}"
        fact = dict(id=fact_id, issue=issue, party=party, attribute=attribute, value=value, quantities=[], when=[],
                    places=[], evidence=evidence, source=self.source, outlet=self.outlet,
                    version=self.model["version"])
        fact.update(extra)
        changed = self.model["history"][-1]["facts_changed"]
        if after is None:
            self.facts.append(fact)
            changed.append(fact_id)
        else:
            self.facts.insert(next(i for i, f in enumerate(self.facts) if f["id"] == after) + 1, fact)
            changed.insert(changed.index(after) + 1, fact_id)

    def development(self, alert_id):
        """The corroboration memory entry (development) of an alert of the seed (`KeyError` if there is none)."""
        return next(d for d in self.model["developments"] if d["alert_id"] == alert_id)

    def memory(self, issue, forget=(), learn=(), why=""):
        """Restatement memory of one issue without the keys of `forget` and with those of `learn` (kept sorted, as
        one report learns them)."""
        keys = set(self.model["known_terms"].get(issue, []))
        self.model["known_terms"][issue] = sorted((keys - set(forget)) | set(learn))

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

    def save(self, forget=(), learn=(), note=None, keep_changed=False, final_newline=False):
        """Writes the reviewed model: `via` kept only on parties' stances, the seed's history record noting the
        review (`note`, default naming this script) and listing only facts that remain (all it lists, with
        `keep_changed`), restatement memory without the keys of `forget` (misread dates) and with those of `learn`
        (dates and numbers the seed states but extraction missed); `final_newline` ends the file with a newline."""
        for f in self.facts:
            if f.get("party") is None or f["attribute"] != "stance":
                f.pop("via", None)
            f.pop("confidence", None)   # init's reading, superseded by the review
            f.pop("review", None)
        record = self.model["history"][-1]
        record["note"] = note or f"seed article absorbed, then hand-reviewed (seeds/review_{self.slug}.py)"
        kept = {f["id"] for f in self.facts}
        if not keep_changed:
            record["facts_changed"] = [i for i in record["facts_changed"] if i in kept]
        terms = set(self.model["known_terms"].get("*", []))
        self.model["known_terms"]["*"] = sorted((terms - set(forget)) | set(learn))
        with open(self.path, "w", encoding="utf-8") as f:
            json.dump(self.model, f, indent=2, ensure_ascii=False, sort_keys=True)
            if final_newline:
                f.write("\n")
        print(f"review: {len(self.facts)} facts", end="")
        if self.marked:
            print(f"; of {len(self.marked)} marked for review, {len(self.marked & self.touched)} corrected or dropped;"
                  f" of {len(self.touched)} corrected or dropped, {len(self.touched - self.marked)} not marked",
                  end="")
        print()
