#!/usr/bin/env python3
"""Hand review of the Syria–Israel seed model: applied once to the facts `parley model init` proposed from
syria-israel.seed.txt (published Tuesday 27 May 2025). Each correction says why. Run on a fresh copy:
    cp syria-israel.proposed.json syria-israel.model.json
    PYTHONPATH=/work/main/seeds python3 review_syria-israel.py syria-israel.model.json
"""
from review_tools import Review

review = Review("syria-israel")
fix, drop, add, sentence = review.fix, review.drop, review.add, review.sentence

# --- The lead: a vague aim, no text on the table.
drop("security-agreement", "israel", "demands", "Syria's new rulers and Israel are feeling",
     why="'feeling their way towards some kind of security understanding': both sides, no draft, no demand; the first "
         "draft of a security or de-escalation agreement should be new (its words stay in restatement memory)")

# --- Talks: the indirect channel.
S_UAE = "People familiar with the exchanges say"
fix("talks", "syria", "proposes", S_UAE, party=None, attribute="status", value="underway", quantities=[],
    why="the UAE carries messages between the two sides: the indirect channel is under way, nobody's proposal; "
        "'2' came from 'the two sides'")
add("talks", "syria", "stance", "accepts", sentence("Syria's interim president, Ahmed al-Sharaa, confirmed in Paris"),
    when=["2025-05-07"], places=["paris"],
    why="missed by extraction ('confirmed' is no stance cue): al-Sharaa confirms indirect negotiations through "
        "mediators, in Paris on 7 May")
drop("talks", "syria", "appointed", "Neither side has named a negotiator",
     why="negated: nobody was named and no meeting announced; not Syria's act")
fix("talks", "united-states", "appointed", "The same day Trump named Tom Barrack", attribute="participant",
    when=["2025-05-23"], places=[],
    why="Barrack named special envoy for Syria on Friday 23 May ('the same day'); Turkey is his embassy, not a place "
        "of the fact")

# --- Trump and al-Sharaa in Riyadh; sanctions.
S_RIYADH = "On 13 May in Riyadh, President Donald Trump announced"
fix("talks", "united-states", "held", S_RIYADH, issue="leaders-meeting", party=None, attribute="meeting",
    value="held", when=["2025-05-14"], places=["riyadh"],
    why="Trump met al-Sharaa in Riyadh 'the next day' (14 May): a leaders' meeting of both, not a round of talks; "
        "'donald', 'trump' are not places")
add("sanctions", "united-states", "status", "agreed", sentence(S_RIYADH), when=["2025-05-13"], places=["riyadh"],
    why="missed by extraction: Trump announced on 13 May he would lift all US sanctions on Syria (a decision, an act "
        "of the US)")
add("sanctions", "united-states", "status", "underway", sentence("On Friday, 23 May, the Treasury issued"),
    when=["2025-05-23"], quantities=["180 days"],
    why="missed by extraction (no stance verb): General License 25 and a 180-day Caesar Act waiver issued on 23 May, "
        "the lifting being carried out ('25' is the licence's number, not a count)")
add("sanctions", "syria", "stance", "demands", sentence("The law itself stays on the books"),
    why="missed by extraction: Damascus wants Congress to repeal the Caesar Act ('its next goal')")
drop("sanctions", "united-states", "completed", "The European Union lifted",
     why="the EU's sanctions, not the United States' (the vocabulary: EU sanctions are not US sanctions); background "
         "to the US decision. Its words and date stay in restatement memory")

# --- Normalisation and the Golan.
fix("normalisation", "syria", "rejects", "Damascus has not said publicly", places=[],
    why="'syria' is the party, not a place; the stance is right: not on the agenda while Israel's forces remain")
drop("normalisation", "turkey", "underway", "The Golan Heights, captured from Syria",
     why="party from the previous sentence (Turkey) is wrong, and 'remain outside any discussion' is nobody's act")
add("normalisation", "syria", "stance", "rejects", sentence("Trump recognised Israeli sovereignty there"),
    why="missed by extraction: Syria regards the Golan as occupied (rejects Israel's sovereignty; Trump's "
        "recognition of 2019 is background)")

# --- Israel's forces in Syria and the 1974 agreement.
S_DEC8 = "When Assad fled on 8 December, Israeli forces crossed"
drop("withdrawal", "israel", "agreed", S_DEC8,
     why="the sentence tells of the entry into the buffer zone ('signed' belongs to the 1974 agreement); Israel's "
         "stance on withdrawal is Katz's refusal, added below")
drop("disengagement-1974", "israel", "agreed", S_DEC8,
     why="the 1974 agreement was signed by others in 1974: background, not Israel's agreement")
add("withdrawal", "israel", "stance", "rejects", sentence("Defence Minister Israel Katz has said the troops will stay"),
    when=["2024-12-08"], places=["hermon"],
    why="missed by extraction: Katz says the troops stay on the Hermon and in the buffer zone 'for an unlimited "
        "time' (a refusal to withdraw); in Syria since 8 December")
fix("disengagement-1974", "israel", "agreed", "Prime Minister Benjamin Netanyahu said the 1974 agreement",
    value="collapsed", why="Netanyahu says the agreement 'collapsed' with the regime: Israel's stance is that it "
                            "collapsed, not that it agreed")
fix("disengagement-1974", "israel", "collapsed", "UNDOF, with about 1,100 peacekeepers", party=None,
    attribute="quantity", value="reported",
    why="UNDOF's own statement (no id): its strength (1,100) and mandate (to 30 June) as a figure of the issue, so "
        "a renewal or a new strength reads as new")
fix("disengagement-1974", "syria", "proposes", "He says Syria will not be a launchpad", value="demands", when=[],
    why="al-Sharaa wants the 1974 agreement kept and UNDOF back on the lines: a demand; 'since December' is "
        "December 2024 and belongs to the withdrawal")
fix("withdrawal", "syria", "proposes", "He says Syria will not be a launchpad", value="demands",
    when=["2024-12"], why="'Israel must withdraw': a demand; 'since December' read as 2025-12, it is December 2024")
fix("military-operations", "syria", "proposes", "He says Syria will not be a launchpad", value="accepts", when=[],
    why="a pledge not to be a launchpad for attacks (restraint), not a proposal with a date of December 2025")

# --- Strikes, airspace.
fix("military-operations", "israel", "underway", "When clashes between Druze fighters", quantities=[],
    places=["damascus"], why="the 2 May strike next to the palace in Damascus; the 100 dead are the clashes', "
                             "not the strike's")
fix("sweida", "israel", "underway", "When clashes between Druze fighters", value="demands", quantities=[],
    places=[], why="'would not allow forces to move south or threaten the Druze': Israel's condition for the Druze, "
                   "a demand on Sweida (the strike itself is military-operations)")
add("military-operations", "syria", "stance", "demands", sentence("Syria has complained to the UN Security Council"),
    why="missed by extraction: Syria protests the strikes at the Security Council (wants them stopped) and has not "
        "responded militarily")
S_T4 = "Israel struck the T4 and Hama air bases"
drop("military-operations", "israel", "underway", S_T4,
     why="T4 and Hama, Turkish air defences and freedom of action are the airspace issue (vocabulary)")
fix("airspace", "israel", "underway", S_T4, value="rejects", when=["2025-04"], places=["hama"],
    why="Israel struck the bases in early April and 'would not accept foreign bases that limit its freedom of "
        "action': a refusal")
add("airspace", "turkey", "stance", "proposes", sentence(S_T4), when=["2025-04"],
    why="missed by extraction: Turkey's reported plan to station air defences at T4 and Hama")
drop("talks", "turkey", "held", "Israeli and Turkish officials then held technical talks",
     why="Israel–Turkey deconfliction talks, not Israeli–Syrian contacts (another file); the airspace facts hold the "
         "friction, the words stay in memory")
drop("ceasefire", "syria", "demands", "Foreign Minister Asaad al-Shaibani has said",
     why="'wants calm with all its neighbours' is no truce; the ceasefire issue should enter as new")

# --- Southern Syria, Sweida and the Druze.
drop("sweida", "israel", "demands", "On 23 February Netanyahu demanded",
     why="Sweida is named as one of the provinces to demilitarise: the demilitarisation fact holds it")
fix("sweida", "israel", "scheduled", "In Sweida, the Druze-majority province", party=None, attribute="status",
    value="agreed", when=["2025-05"], places=["sweida"],
    why="the local security arrangement of early May: an agreed state of the province, no party (not Israel's)")
S_HIJRI = "The most senior of the community's spiritual leaders"
fix("sweida", "israel", "demands", S_HIJRI, party="druze",
    why="Sheikh al-Hijri (Druze) asks for international protection, not Israel")
add("sweida", "druze", "stance", "rejects", sentence(S_HIJRI),
    why="missed: al-Hijri opposes the entry of government forces into the province")
add("sweida", "syria", "stance", "demands", sentence("Damascus says the Druze are part of the Syrian nation"),
    why="missed by extraction: Damascus claims the protection of the Druze for the state")
add("humanitarian-corridor", "israel", "status", "underway", sentence("The army said it had flown aid to Sweida"),
    places=["sweida"], why="missed by extraction: the Israeli army's aid flown to Sweida and wounded Druze evacuated")

# Restatement memory: "since December" was read as December 2025 (it is 2024); the leaders' meeting on 14 May
# ("the next day") and the years the seed names (1967, 1981, 2019) were not kept.
review.save(forget={"d:2025-12"}, learn={"d:2024-12", "d:2025-05-14", "q:1967", "q:1981", "q:2019"})
