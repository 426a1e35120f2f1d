#!/usr/bin/env python3
"""Hand review of the Russia-Ukraine seed model (see seeds/README.md): applied to the facts that `parley model init`
proposes from seeds/russia-ukraine.seed.txt (the Istanbul round of 2 June 2025). Each correction says why.

This model was first reviewed in June 2025, on what the extraction of that time read from the article, and the
decision weights (seeds/english.weights.json) are fitted on the model that review gave, so the shipped model is kept
byte for byte. Today's extraction reads a few sentences differently; the steps marked "(as reviewed in June 2025)"
bring those back to the reviewed reading: fact ids the first review kept, the development and restatement memory of
a sentence the first reading filed elsewhere, and the history record's list and note."""
from review_tools import Review

review = Review("russia-ukraine")
review.source, review.outlet = "seed:000_f7c96c4bc94132a8", "seed article"
path, model, facts = review.path, review.model, review.facts
fix, drop, add, sentence = review.fix, review.drop, review.add, review.sentence
P = "pa-"   # the seed's alert ids (`AlertID.make` of the seed's URL, issue and party)


def terms(stems):
    """A sentence's content words as extraction reads them (stems, in order), with their pairs (`b:a_b`)."""
    return set(stems) | {f"b:{a}_{b}" for a, b in zip(stems, stems[1:])}


# --- The round itself: a meeting held on Monday 2 June in Istanbul, not anyone's stance.
S_ROUND = "Delegations from Russia and Ukraine wrapped up"
S_REPORTED = "Ukrainian officials and Russian state media reported"
drop("talks", "russia", "completed", S_ROUND,
     why="the round's end is the meeting fact below (from the same sentence, filed under ceasefire)")
fix("talks", "russia", "proposes", S_REPORTED, id=P + "0582bfbc3bf6205e-f", party=None, attribute="meeting",
    value="held", when=["2025-06-02"], places=["istanbul", "ciragan"],
    why="the second round of negotiations, at Istanbul's Ciragan Palace (the next sentence): a meeting of both "
        "sides; it keeps the alert's first fact id (as reviewed in June 2025)")
fix("ceasefire", "ukraine", "completed", S_ROUND, issue="talks", party=None, attribute="meeting", value="held",
    places=["istanbul"], why="the round wrapped up: the talks met, no party's ceasefire act; 'Russia' is a party, "
                             "not a place")
# --- Humanitarian agreements were made by both sides together.
fix("bodies-repatriation", "russia", "proposes", S_REPORTED, party=None, attribute="status", value="agreed",
    why="pledges to return the bodies: agreed by both sides")
fix("prisoner-exchange", "russia", "proposes", S_REPORTED, party=None, attribute="status", value="agreed",
    why="a large swap of prisoners: agreed by both sides")
S_AGREED = "Russian and Ukrainian officials said they had agreed"
fix("bodies-repatriation", "russia", "underway", S_AGREED, party=None, attribute="status", value="agreed",
    quantities=["12000 bodies", "6000 bodies"], why="'had agreed ... to return the bodies of 12,000 dead soldiers — "
    "6,000 for each side': a joint agreement; the 6,000 are bodies too")
fix("prisoner-exchange", "russia", "agreed", S_AGREED, party=None, attribute="status", quantities=[],
    why="agreed by both sides; the figures are the bodies'")
fix("prisoner-exchange", "russia", "held", "The two sides last held", party=None, attribute="status",
    value="completed", quantities=["1000 prisoners"], when=["2025-05-23", "2025-05-25"],
    why="the 1,000-for-1,000 exchange of 23-25 May, carried out by both sides ('from May 23 to 25': not the 16th)")
# --- Ceasefire: Kyiv's 30 days, Moscow's rejection; the leaders' meeting is Kyiv's proposal.
fix("ceasefire", "ukraine", "demands", "Ukraine is insisting", quantities=["30 days"],
    why="'for at least 30 days'")
drop("ceasefire", "ukraine", "agreed", "Umerov said only a meeting", why="the leaders' meeting fact holds it")
drop("talks", "ukraine", "proposes", "He noted that Ukraine had given",
     why="the ceasefire proposal fact (the same sentence) holds it")
drop("talks", "ukraine", "demands", "Ukraine also wants back", why="the children fact holds it")
drop("talks", "ukraine", "underway", "The talks come after Ukraine launched",
     why="the drone attack of 1 June is the background of the talks, not a state of them")
fix("talks", "ukraine", "proposes", "Ukraine has proposed holding more rounds", id=P + "0e1087ccb104d4ac-f3",
    quantities=[], why="Kyiv proposes more rounds ('2' was 'the two sides'); it keeps the fact id of the first "
                       "review (as reviewed in June 2025)")
drop("territory", "ukraine", "demands", "Kyiv is demanding war reparations",
     why="Kyiv rejects recognition of Russia's hold: the territory fact added below")
fix("ceasefire", "russia", "demands", "Russia, meanwhile, said", value="rejects",
    why="'rejecting an unconditional ceasefire'")
drop("ceasefire", "russia", "rejects", "While neither country", why="the territory demand holds it")
fix("territory", "russia", "rejects", "While neither country", value="demands",
    why="the Kremlin wants the four regions withdrawn from and recognised ('neither' negates the proposals' "
        "publication, not the demand)")
fix("prisoner-exchange", "ukraine", "underway", "Ukrainian President Volodymyr Zelensky later said",
    value="proposes", quantities=["1200 prisoners", "1000 prisoners"],
    why="Kyiv could return up to 1,200 POWs in a 1,000-for-1,000 format: its proposal")
drop("leaders-meeting", "ukraine", "proposes", "Speaking Monday at a summit in Vilnius",
     why="the Vilnius summit is not a leaders' meeting on the war")
fix("leaders-meeting", "ukraine", "agreed", "Umerov said only a meeting", value="proposes",
    why="Umerov proposes a Zelensky-Putin meeting; nothing is agreed")
fix("peace-plan", "ukraine", "proposes", "Ukraine has proposed holding more rounds", party=None, quantities=[],
    evidence=sentence("He noted that Ukraine had given"),
    why="the plans are the truce proposal and Moscow's plan of the sentence before, no single party's")
fix("sanctions", "united-states", "agreed", "That action could instead be done by the U.S. Senate",
    value="proposes", when=[], quantities=[],
    why="Graham's sanctions bill is proposed, not agreed; 'in June' is the G7 summit's month, '7' the G7")
drop("leaders-meeting", "united-states", "agreed", "That action could instead",
     why="the G7 summit is not a leaders' meeting on the war")
# --- Stated by the article but missed by extraction.
S_MOSCOW = "Moscow also demands Ukraine not be allowed"
add("sanctions", "russia", "stance", "demands", sentence(S_MOSCOW), fact_id=P + "23ef984e1dc15921-f",
    after=P + "8e449d52404c7d1a-f", places=["nato"],
    why="'and that international sanctions be lifted': Moscow's demand on sanctions, under its alert id (as "
        "reviewed in June 2025)")
add("territory", "ukraine", "stance", "rejects", sentence("Kyiv is demanding war reparations"),
    fact_id=P + "c48b3d56743b1109-f2",
    why="'not recognize Russian sovereignty over parts of Ukraine': Kyiv rejects any recognition of Russia's hold")
add("peace-plan", "russia", "stance", "proposes", sentence("He noted that Ukraine had given"),
    fact_id=P + "8a5211fb13052b87-f2", why="'instead presented its plan at Monday's talks': Russia's memorandum")

# --- Developments (corroboration memory), as reviewed in June 2025: the Moscow-demands sentence read on sanctions
# is a development of its own; the Kyiv-demands sentence read on territory is none; the talks developments hold
# neither the round's wrap-up sentence (a meeting, now the talks fact of the ceasefire alert) nor the drone attack.
ROUND = terms(["delegation", "wrapp", "peac", "talk", "istanbul", "hour", "depart", "meet", "plan", "swap",
               "breakthrough", "propos", "ceasefir"])
DRONE = terms(["talk", "come", "launch", "major", "dron", "attack", "air", "base", "damag", "destroy", "warplan",
               "includ", "nearly", "strategic", "bomber", "fleet"])
developments = model["developments"]
moscow = review.development(P + "8e449d52404c7d1a")        # its one sentence: S_MOSCOW
kyiv = review.development(P + "3e57e4c3fa96fc21")          # its one sentence: "Kyiv is demanding ..."
developments.insert(developments.index(moscow) + 1, dict(moscow, alert_id=P + "23ef984e1dc15921", issue="sanctions"))
developments.remove(kyiv)
talks_round = review.development(P + "0582bfbc3bf6205e")
talks_round["terms"] = sorted(set(talks_round["terms"]) - (ROUND - {"swap"}))   # 'swap': the reported sentence's too
talks_more = review.development(P + "0e1087ccb104d4ac")
talks_more["terms"] = sorted(set(talks_more["terms"]) - (DRONE - {"talk", "nearly"}))   # its other sentences' too

# --- Restatement memory, as reviewed in June 2025: what each issue learned from the sentences read on it then.
review.memory("talks", forget=ROUND - {"swap", "talk", "istanbul", "peac", "plan", "propos", "delegation",
                                       "b:talk_istanbul"},
              why="the wrap-up sentence was read on the ceasefire; the words other talks sentences use stay")
territory = set().union(*(d["terms"] for d in developments if d["issue"] == "territory"))
review.memory("territory", forget=set(kyiv["terms"]) - territory,
              why="the Kyiv-demands sentence was not read on territory (its fact was added by hand)")
review.memory("sanctions", forget={"d:2025-06"}, learn=moscow["terms"],
              why="the Moscow-demands sentence was read on sanctions; 'in June' is the G7 summit's month")
review.memory("leaders-meeting", forget={"d:2025-06"}, why="'in June' is the G7 summit's month")

# --- The version's record, as reviewed in June 2025: the alerts and the facts that reading proposed (dropped ones
# included), the facts added by hand, and the note naming the review script of the time.
record = model["history"][-1]
del record["report_time"]   # not recorded in June 2025: the same time, read from `detected_at`
record["alert_ids"].remove(P + "3e57e4c3fa96fc21")
record["alert_ids"].insert(record["alert_ids"].index(P + "8e449d52404c7d1a") + 1, P + "23ef984e1dc15921")
for renamed_or_unread in (P + "0582bfbc3bf6205e-f2", P + "0e1087ccb104d4ac-f4", P + "3e57e4c3fa96fc21-f"):
    record["facts_changed"].remove(renamed_or_unread)
# keep_developments: this model was reviewed before the helpers kept developments in step with the facts; its
# developments stay as init wrote them so the shipped file is rebuilt byte for byte (they only count the outlets
# that later retell a development, never decide an alert).
review.save(note="seed article absorbed, then hand-reviewed (seeds/review.py)", keep_changed=True,
            final_newline=True, keep_developments=True)
