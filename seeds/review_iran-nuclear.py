#!/usr/bin/env python3
"""Hand review of the US–Iran nuclear seed model (see seeds/README.md): applied once to the facts that
`parley replay --absorb` extracted from seeds/iran-nuclear.seed.txt. Each correction says why."""
from review_tools import Review

review = Review("iran-nuclear")
path, model, facts = review.path, review.model, review.facts
fix, drop, add, sentence = review.fix, review.drop, review.add, review.sentence

# --- The Muscat round: scheduled by both sides for Saturday 12 April; the format disputed.
S1 = "Iran and the United States will sit down in Oman on Saturday"
fix("talks", "united-states", "underway", S1, party=None, attribute="meeting", value="scheduled", quantities=[],
    places=["oman", "muscat"], why="a round both sides will attend on Saturday 12 April (party null); 'White House' "
    "is not a place of the meeting and '2' came from 'two days before'")
drop("enrichment", "united-states", "underway", S1, why="'nuclear programme' names the topic, not an enrichment stance")
add("talks", "united-states", "stance", "proposes", sentence("Trump surprised allies on Monday"), when=["2025-04-07"],
    why="missed by extraction: Trump announced 'direct' talks at 'almost the highest level'")
fix("talks", "iran", "demands", "He warned that Iran would be", issue="strikes", party="united-states",
    why="'He' is Trump (previous sentence): a threat of force against Iran, not Iran's stance on the talks")
add("talks", "iran", "stance", "demands", sentence("Iran's foreign minister, Abbas Araghchi, answered"),
    why="missed by extraction: Tehran insists the Muscat talks are indirect")
S_HEADS = "He will lead Iran's delegation and Steve Witkoff"
add("talks", "iran", "participant", "appointed", sentence(S_HEADS), why="Araghchi heads Iran's delegation")
add("talks", "united-states", "participant", "appointed", sentence(S_HEADS), why="Witkoff heads the American side")
add("talks", "oman", "participant", "appointed", sentence(S_HEADS), why="Albusaidi mediates between the delegations")
# --- Trump's letter and Iran's reply.
fix("talks", "united-states", "proposes", "The meeting follows a letter that Trump sent", when=["2025-03"],
    places=["tehran"], why="the letter offering talks, sent in March; the addressee's titles and name are not places")
fix("strikes", "united-states", "proposes", "Trump has said the letter offered negotiations", value="demands",
    why="'warned that the alternative would be military action': a threat, i.e. a demand backed by force")
fix("talks", "iran", "proposes", "Iran sent its reply through Oman", when=["2025-03"],
    why="Iran's reply leaves the door open to indirect talks (end of March)")
add("talks", "iran", "stance", "rejects", sentence("Iran sent its reply through Oman"), when=["2025-03"],
    why="the same reply rejects direct negotiations under 'maximum pressure'")
drop("sanctions", "iran", "proposes", "Iran sent its reply through Oman",
     why="'maximum pressure' is the reason for refusing direct talks, not a sanctions proposal")
# --- Enrichment and stockpile.
fix("enrichment", "iran", "proposes", "Iran is enriching uranium to up to 60 per cent", attribute="status",
    value="underway", why="a state: Iran enriches to 60% (3.67% cap of 2015), not a proposal")
add("stockpile", None, "status", "underway", sentence("The International Atomic Energy Agency reported in February"),
    quantities=["60 percent", "274.8", "182.3"], when=["2025-02", "2024-11"],
    why="missed by extraction (no stance verb): the IAEA's figure for the 60% stock, 274.8 kg (182.3 kg in November "
        "2024); a figure, so party null")
add("enrichment", "iran", "stance", "rejects", sentence("Tehran says enrichment is its right"),
    why="missed by extraction: enrichment 'is not up for negotiation' and Iran 'will not dismantle' the programme")
drop("enrichment", "united-states", "rejects", "Washington has not spelled out in public",
     why="the sentence says the US has *no* public stance on enrichment on Iranian soil")
# --- Israel.
S_NET = "Netanyahu said after Monday's meeting"
fix("enrichment", "israel", "accepts", S_NET, value="demands",
    why="the 'Libyan model' (facilities blown up, equipment dismantled) is a demand, not an acceptance")
fix("strikes", "israel", "accepts", S_NET, value="demands",
    why="'could act militarily if the talks are used to buy time': a threat")
drop("talks", "israel", "accepts", S_NET, why="the enrichment and strikes facts hold the sentence")
# --- Sanctions, force.
add("sanctions", "united-states", "status", "agreed", sentence("Trump restored his"), when=["2025-02"],
    why="missed by extraction: 'maximum pressure' restored in February, tankers and a refinery sanctioned")
add("strikes", "iran", "stance", "demands", sentence("Khamenei has warned of a strong response"),
    why="missed by extraction: Iran's warning of retaliation")
# --- Missiles, guarantees: Iran's refusals and demands.
drop("talks", "iran", "rejects", "Iran has refused to put its ballistic missiles",
     why="the missiles fact holds the refusal; 'only the nuclear file' is its reason")
drop("sanctions", "iran", "rejects", "Iran has refused to put its ballistic missiles",
     why="Iran wants sanctions discussed, it does not reject them")
drop("talks", "iran", "demands", "A deadline hangs over the talks.", why="a transition sentence, nobody's stance")
# --- Snapback.
drop("snapback", "e3", "proposes", "The provision expires on 18 October 2025",
     why="diplomats' reckoning of the timetable, not an E3 proposal (its dates stay in the restatement memory)")
fix("snapback", "e3", "proposes", "The E3 have told the Security Council", value="demands",
    why="'ready to use it if necessary': a conditional threat")
fix("npt", "e3", "proposes", "The E3 have told the Security Council", value="demands",
    why="the E3's aim, that Iran never acquire a nuclear weapon, is a demand")
S_LOST = "Tehran says the Europeans, having failed"
add("snapback", "iran", "stance", "rejects", sentence(S_LOST),
    why="missed by extraction: Tehran denies the E3 any right to use the mechanism")
add("npt", "iran", "stance", "demands", sentence(S_LOST),
    why="missed by extraction: Iran threatens to leave the NPT if snapback is used (a conditional threat)")
fix("talks", "russia-china", "rejects", "Russia and China, which held talks", attribute="meeting", value="held",
    when=["2025-03"], why="the Beijing meeting with Iranian officials in March is a meeting held, not a rejection "
    "of talks (their opposition is held under snapback and sanctions)")
# --- The IAEA.
add("iaea-cooperation", "iran", "status", "suspended", sentence("The IAEA's director general, Rafael Grossi"),
    quantities=["2021"], why="missed by extraction: Iran stopped applying the additional protocol in 2021, removed "
    "cameras, barred inspectors")
fix("iaea-cooperation", "iaea", "rejects", "The agency says it can no longer give assurances", value="demands",
    why="'any agreement would need robust verification': the IAEA's demand; it rejects nothing")
# --- The regional diplomat's comment.
drop("talks", "oman", "demands", "A regional diplomat said", why="an anonymous diplomat's comment, not Oman's stance")
drop("deal-text", "oman", "demands", "A regional diplomat said",
     why="the diplomat's comment; deal-text must stay new for the first proposal")


# Restatement memory: "in November" (the IAEA's stockpile figure of November 2024) was read as November 2025; the
# months and years the seed states but extraction did not keep: the IAEA report and the maximum-pressure memorandum
# (February), Trump's letter and Iran's reply (March), the 2015 agreement and the US exit in 2018.
forget = {"d:2025-11"}
learn = {"d:2024-11", "d:2025-02", "d:2025-03", "q:2015", "q:2018"}
# keep_developments: this model was reviewed before the helpers kept developments in step with the facts; its
# developments stay as init wrote them so the shipped file is rebuilt byte for byte (they only count the outlets
# that later retell a development, never decide an alert).
review.save(forget=forget, learn=learn, keep_developments=True)
