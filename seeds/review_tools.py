"""The helpers every seed model's review script uses (seeds/review_SLUG.py): find a proposed fact by issue,
party, value and the start of its evidence, then fix, drop or add facts, each with the reason why. The input is
the model `parley model init` proposes (or `parley replay --absorb --write-model` writes: the same facts without
`confidence` and `review`); saving removes init's `confidence` and `review` marks, since every fact has now been
read, keeps the developments in step with the facts that remain, and says how many marked facts the review
corrected or dropped. docs/models.md ("The review helpers") describes each helper with an example.

    from review_tools import Review
    r = Review("drc-rwanda")
    r.fix("talks", "russia", "held", "The first sentence ...", why="...", party=None)
    r.save(learn={...})
"""
import json
import os
import re
import sys


def _beside_script(name):
    """`name` in the folder of the script being run (the review script), or None when it is not a file there."""
    script = sys.argv[0] if sys.argv and sys.argv[0] else ""
    path = os.path.join(os.path.dirname(os.path.abspath(script)), name) if script else None
    return path if path and os.path.isfile(path) else None


def _script_name(slug):
    """The review script as the history note names it: `seeds/review_SLUG.py` for a script of the repository's
    seeds/ (beside this file), else the script as it was run (a model kept in its own folder)."""
    script = sys.argv[0] if sys.argv and sys.argv[0] else ""
    if not script or not script.endswith(".py"):
        return f"review_{slug}.py"
    here = os.path.dirname(os.path.abspath(__file__))
    if os.path.dirname(os.path.abspath(script)) == here:
        return f"seeds/{os.path.basename(script)}"
    return script


class Review:
    def __init__(self, slug, seed=None):
        """Reads the model to review: the script's first argument, else `SLUG.model.json` beside the script, else
        `seeds/SLUG.model.json`; `save` writes it back there, or to the script's second argument when given. `seed` is the seed report `sentence` quotes; by default `SLUG.seed.txt` beside the
        review script (a script kept with its model, in or outside the repository), else beside the model, else
        `seeds/SLUG.seed.txt` from the working directory. Facts added by hand get the source `seed:SLUG` and the
        outlet `seed article`."""
        self.slug = slug
        if len(sys.argv) > 1:
            self.path = sys.argv[1]
        else:
            self.path = _beside_script(f"{slug}.model.json") or f"seeds/{slug}.model.json"
        # A second argument is where `save` writes (`review_SLUG.py SLUG.proposed.json SLUG.model.json`): the
        # proposal stays as init wrote it, and a script that stops half way leaves no half-reviewed model behind.
        self.out = sys.argv[2] if len(sys.argv) > 2 else self.path
        self.saved = False
        self.seed_candidates = [seed] if seed else [
            c for c in (_beside_script(f"{slug}.seed.txt"),
                        os.path.join(os.path.dirname(os.path.abspath(self.path)), f"{slug}.seed.txt"),
                        f"seeds/{slug}.seed.txt") if c]
        self.seed = next((c for c in self.seed_candidates if os.path.isfile(c)), self.seed_candidates[0])
        self.source, self.outlet = f"seed:{slug}", "seed article"
        with open(self.path, encoding="utf-8") as f:
            self.model = json.load(f)
        self.facts = self.model["facts"]
        self.added = 0
        self.marked = {f["id"] for f in self.facts if f.get("review")}
        self.touched = set()    # facts corrected or dropped
        self.cleaned = set()    # facts whose only change was their places (see `fix`)
        self.memory_changes = []

    def _not_saved(self, what):
        if self.saved:
            raise SystemExit(f"review: {what} after save(): call save() last; nothing after it is written")

    def find(self, key):
        issue, party, value, start = key
        for f in self.facts:
            if f["issue"] == issue and f.get("party") == party and f["value"] == value \
                    and f["evidence"].startswith(start):
                return f
        raise SystemExit(f"review: no fact {issue}/{party}/{value} '{start}'")

    def fix(self, *key, why, **changes):
        """Changes the fields given (`party=None` for no party, `value=`, `attribute=`, `issue=`, `quantities=`,
        `when=`, `places=`, `evidence=`...). A fix that changes only `places` is counted apart from corrections
        (`save` says how many facts only had their places cleaned). A fix that changes the party, the value or the attribute drops `via`
        (extraction read a document's clause, and the reading was wrong) unless it sets `via` itself
        (`via="document"` keeps it, `via=None` removes it in any case)."""
        self._not_saved("fix")
        if not changes:
            raise SystemExit(f"review: fix {'/'.join(str(k) for k in key)} changes nothing: a fact right as read needs"
                             " no call (save removes its mark); give the fields to change")
        f = self.find(key)
        if set(changes) == {"places"}:
            self.cleaned.add(f["id"])   # a clean-up of what was read as places, not a correction of the reading
        else:
            self.touched.add(f["id"])
        before = {k: f.get(k) for k in ("party", "value", "attribute")}
        f.update(changes)
        if "via" in changes:
            if changes["via"] is None:
                f.pop("via")
        elif any(k in changes and changes[k] != before[k] for k in before):
            f.pop("via", None)   # a document owner's clause no longer: the reading was wrong

    def drop(self, *key, why):
        self._not_saved("drop")
        f = self.find(key)
        self.touched.add(f["id"])
        self.facts.remove(f)

    def add(self, issue, party, attribute, value, evidence, why, fact_id=None, after=None, **extra):
        """A fact extraction missed, under `fact_id` (default `review-SLUG-NN`), appended, or placed right after the
        fact with id `after`."""
        self._not_saved("add")
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
        one report learns them); `why`, the reason, is printed by `save` with what changed."""
        self._not_saved("memory")
        keys = set(self.model["known_terms"].get(issue, []))
        self.model["known_terms"][issue] = sorted((keys - set(forget)) | set(learn))
        self.memory_changes.append((issue, len(keys & set(forget)), len(set(learn) - keys), why))

    def sentence(self, start):
        """The seed sentence that starts with `start` (for facts added by hand)."""
        if not os.path.isfile(self.seed):
            raise SystemExit("review: no seed report: looked for " + ", ".join(self.seed_candidates)
                             + f"; pass it as Review(\"{self.slug}\", seed=\"PATH/{self.slug}.seed.txt\")")
        with open(self.seed, encoding="utf-8") as f:
            text = f.read().split("---\n", 1)[1]
        for para in text.splitlines():
            i = para.find(start)
            if i >= 0:
                end = para.find(". ", i)
                return para[i:] if end < 0 else para[i:end + 1]
        raise SystemExit(f"review: no sentence '{start}'")

    def keep_developments_in_step(self):
        """Each development (`alert_id`, `issue`, `party`) describes the alert whose facts have ids `ALERTID-f`,
        `ALERTID-f2`...: a development none of whose facts remains is removed, and one whose facts moved takes the
        issue and party of its first remaining fact."""
        kept = []
        for d in self.model["developments"]:
            pattern = re.compile(re.escape(d["alert_id"]) + r"-f\d*")
            facts = [f for f in self.facts if pattern.fullmatch(f["id"])]
            if not facts:
                continue
            d["issue"] = facts[0]["issue"]
            d.pop("party", None)   # Parley writes a development of no party without the field
            if facts[0].get("party") is not None:
                d["party"] = facts[0]["party"]
            kept.append(d)
        self.model["developments"] = kept

    def save(self, forget=(), learn=(), note=None, keep_changed=False, final_newline=False,
             keep_developments=False):
        """Writes the reviewed model: `via` kept only on parties' stances, the developments kept in step with the
        facts that remain (as they were, with `keep_developments`), the seed's history record noting the review
        (`note`, default naming the review script: `seeds/review_SLUG.py` in the repository, else the script as it
        was run) and listing only facts that remain (all it lists, with `keep_changed`), restatement memory without
        the keys of `forget` (misread dates) and with those of `learn` (dates and numbers the seed states but
        extraction missed); `final_newline` ends the file with a newline."""
        if not keep_developments:
            self.keep_developments_in_step()
        for f in self.facts:
            if f.get("party") is None or f["attribute"] != "stance":
                f.pop("via", None)
            f.pop("confidence", None)   # init's reading, superseded by the review
            f.pop("review", None)
        record = self.model["history"][-1]
        record["note"] = note or f"seed article absorbed, then hand-reviewed ({_script_name(self.slug)})"
        kept = {f["id"] for f in self.facts}
        if not keep_changed:
            record["facts_changed"] = [i for i in record["facts_changed"] if i in kept]
        terms = set(self.model["known_terms"].get("*", []))
        self.model["known_terms"]["*"] = sorted((terms - set(forget)) | set(learn))
        self._not_saved("save")
        self.saved = True
        with open(self.out, "w", encoding="utf-8") as f:
            json.dump(self.model, f, indent=2, ensure_ascii=False, sort_keys=True)
            if final_newline:
                f.write("\n")
        print(f"review: {len(self.facts)} facts", end="")
        if self.marked:
            print(f"; of {len(self.marked)} marked for review, {len(self.marked & self.touched)} corrected or dropped;"
                  f" of {len(self.touched)} corrected or dropped, {len(self.touched - self.marked)} not marked",
                  end="")
        cleaned = self.cleaned - self.touched
        if cleaned:
            print(f"; {len(cleaned)} only had their places cleaned ({len(cleaned & self.marked)} of them marked)", end="")
        print()
        for issue, forgot, learned, why in self.memory_changes:
            print(f"memory of {issue}: {forgot} key(s) forgotten, {learned} learned" + (f": {why}" if why else ""))
