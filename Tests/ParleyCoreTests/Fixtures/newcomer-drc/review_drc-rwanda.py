"""Hand review of the facts `parley model init` proposed from drc-rwanda.seed.txt.
Usage: python3 review_drc-rwanda.py PROPOSED.json  (rewrites the file; apply to a fresh proposal only)."""
import json, sys
path = sys.argv[1]
m = json.load(open(path))
facts = {f["id"]: f for f in m["facts"]}
SEED = "seed:drc-rwanda"
marked = {f["id"] for f in m["facts"] if "review" in f}
touched = set()

def fix(fid, why, **kw):
    f = facts[fid]; touched.add(fid)
    for k, v in kw.items(): f[k] = v
    if "party" in kw or "via" in kw: f.pop("via", None); f.pop("about", None)

def drop(fid, why):
    touched.add(fid); del facts[fid]

added = []
def add(issue, party, attribute, value, evidence, why, quantities=(), when=(), places=()):
    fid = "review-drc-rwanda-%02d" % (len(added) + 1)
    facts[fid] = {"id": fid, "issue": issue, "party": party, "attribute": attribute, "value": value,
                  "quantities": list(quantities), "when": list(when), "places": list(places),
                  "evidence": evidence, "source": SEED, "outlet": "seed article", "version": m["version"]}
    added.append(fid)

# --- proposed facts ---
drop("pa-d66536f9470c994d-f", "Boulos is an adviser, not a head of state: no leaders' meeting")
fix("pa-484f8f2bb34fbcdb-f", "the US stance is in the next sentence: agreed on a way forward for Kinshasa's minerals proposal",
    value="accepts", places=["kinshasa"],
    evidence="Massad Boulos, named this week as the State Department's senior adviser for Africa, said after the meeting that Washington had taken note of Kinshasa's proposal and had agreed with Tshisekedi on a way forward for developing it.")
fix("pa-ba4cc28a10a112d8-f", "not commentary: Congo's minerals-for-security offer is its proposal")
fix("pa-ec30f0c9479c512d-f", "withdrawal from Walikale carried out, confirmed Thursday 3 April; '1' is not a quantity",
    quantities=[], when=["2025-04-03"], places=["walikale"])
drop("pa-ec30f0c9479c512d-f2", "the 22 March announcement of the same pullback, now completed (kept above)")
fix("pa-e4f92339faec8988-f", "the Doha meeting of Tshisekedi, Kagame and the Emir is a joint meeting, not Rwanda's",
    party=None, attribute="meeting", value="held", when=["2025-03-18"], places=["doha"])
fix("pa-e1a9d5c3e0d4b17f-f", "joint statement of the three leaders: Congo calls for a ceasefire (not a document clause; '3 countries' is not a count)",
    quantities=[], when=["2025-03-18"], via=None)
add("ceasefire", "rwanda", "stance", "demands",
    "In a joint statement, the three leaders called for an immediate and unconditional ceasefire.",
    "Kagame was one of the three leaders", when=["2025-03-18"])
fix("pa-e1a9d5c3e0d4b17f-f2", "the UN Security Council has no id: party null; it demanded a halt, nothing was agreed; 2773 is a resolution number",
    party=None, value="demands", quantities=[])
fix("pa-9cd5827ed85576b7-f", "Qatar, not Congo, offers to facilitate talks; 'the two' is no count", party="qatar", quantities=[])
fix("pa-9cd5827ed85576b7-f2", "the Luanda round of 18 March collapsed: a meeting of both sides, no party",
    party=None, attribute="meeting", value="collapsed", when=["2025-03-18"], places=["luanda"])
fix("pa-9cd5827ed85576b7-f3", "Kinshasa agreed to attend the Luanda talks", value="accepts")
fix("pa-38ed89c972ba83de-f", "'congolese' is not a place", places=[])
fix("pa-38ed89c972ba83de-f2", "UN Security Council (no id): demand, not agreement; 2773 is a resolution number",
    party=None, value="demands", quantities=[])
fix("pa-2e804cc60b2aa377-f", "Kinshasa does demand Rwanda's withdrawal; 'congolese' is not a place", places=[])
fix("pa-2e804cc60b2aa377-f2", "UN Security Council (no id): called on Rwanda's forces to leave",
    party=None, value="demands", quantities=[])
fix("pa-235290feeedd8e74-f", "Rwandan officials speak, not a clause of Congo's proposal", party="rwanda")
fix("pa-60251b7eb5f131b0-f", "'rwanda' is a party, not a place", places=[])
fix("pa-94b79bee2b66783a-f", "the M23 does demand the return of refugees; 'rwanda' not a place", places=[])
fix("pa-fd2b2d49be303ac5-f", "'They' are the M23 rebels (previous sentence): correct")
fix("pa-c09636499be37bc6-f", "the fate of the 1,400 disarmed soldiers is unsettled, nobody's act: status suspended, party null",
    party=None, attribute="status", value="suspended")
fix("pa-e8022889ce8e94f1-f", "sanctions imposed by the US Treasury in February: an act, status agreed; Treasury/Rwanda are not places",
    attribute="status", value="agreed", when=["2025-02"], places=[])
drop("pa-506af2d7a829ef04-f", "quote of an unnamed Western diplomat: commentary, no party's proposal")

# --- facts extraction missed ---
S_EAC = "A parallel process run by the East African Community and the Southern African Development Community called, at a joint summit in Dar es Salaam on February 8, for a ceasefire within five days and for the merger of the Luanda and Nairobi peace processes."
add("ceasefire", "african-union", "stance", "demands", S_EAC, "EAC-SADC called for a ceasefire within five days",
    quantities=["5 days"], when=["2025-02-08"], places=["dar es salaam"])
add("talks", "african-union", "stance", "proposes", S_EAC, "EAC-SADC proposed merging the Luanda and Nairobi processes",
    when=["2025-02-08"], places=["dar es salaam"])
add("talks", "african-union", "participant", "appointed",
    "The two blocs have since appointed a panel of five former African leaders, among them Kenya's Uhuru Kenyatta and Nigeria's Olusegun Obasanjo, as facilitators.",
    "EAC-SADC panel of facilitators appointed (sentence skipped: Nigeria is an outsider)")
add("rwanda-troops", None, "status", "underway",
    "UN experts have estimated that 3,000 to 4,000 Rwandan soldiers are operating alongside the rebels.",
    "estimated count of Rwandan troops in Congo", quantities=["3000 soldiers", "4000 soldiers"])
add("rwanda-troops", "rwanda", "stance", "rejects",
    "Kigali says the \"defensive measures\" it has taken along the border are needed as long as the Democratic Forces for the Liberation of Rwanda (FDLR), a militia founded by Hutu extremists linked to the 1994 genocide, operates in eastern Congo, and it accuses the Congolese army of fighting alongside the group.",
    "Rwanda keeps its defensive measures until the FDLR is gone")
add("fdlr", "drc", "stance", "rejects", "Kinshasa calls the FDLR threat a pretext.",
    "Kinshasa dismisses the FDLR threat (no stance verb found)")
add("territory", "m23", "stance", "rejects",
    "The rebels have installed their own administrations in Goma and Bukavu and say they will not withdraw.",
    "M23 refuses to withdraw, runs parallel administrations", places=["goma", "bukavu"])
add("humanitarian", None, "status", "suspended", "The city's airport remains closed.",
    "Goma airport closed", places=["goma"])
add("sanctions", None, "status", "agreed",
    "Angola had arranged for government and M23 delegations to meet in Luanda on March 18, a meeting Kinshasa agreed to attend after years of refusing to negotiate with the rebels, but the M23 pulled out on the eve of the talks, blaming European Union sanctions imposed the previous day on several of its leaders and on Rwandan military officers.",
    "EU sanctions of 17 March on M23 leaders and Rwandan officers (EU has no id)", when=["2025-03-17"])
add("sanctions", None, "status", "agreed", "Britain has suspended some of its bilateral aid to Rwanda.",
    "UK aid suspension (Britain has no id)")

# --- developments: follow the party corrections ---
devfix = {"pa-e4f92339faec8988": None, "pa-235290feeedd8e74": "rwanda"}
devdrop = {"pa-d66536f9470c994d", "pa-506af2d7a829ef04"}
m["developments"] = [d for d in m["developments"] if d["alert_id"] not in devdrop]
for d in m["developments"]:
    if d["alert_id"] in devfix: d["party"] = devfix[d["alert_id"]]

# --- save ---
for f in facts.values():
    f.pop("confidence", None); f.pop("review", None)
m["facts"] = list(facts.values())
h = m["history"][-1]
h["facts_changed"] = [x for x in h["facts_changed"] if x in facts] + added
h["note"] = "seed facts proposed by parley model init, hand-reviewed (review_drc-rwanda.py)"
json.dump(m, open(path, "w"), indent=2, ensure_ascii=False)
corrected = touched - {"pa-fd2b2d49be303ac5-f"}
print(f"review: {len(facts)} facts; of {len(marked)} marked, {len(marked & corrected)} corrected or dropped; "
      f"of {len(corrected)} corrected or dropped, {len(corrected - marked)} not marked; {len(added)} added")
