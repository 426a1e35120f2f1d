#!/usr/bin/env python3
"""Hand review of the Israel–Lebanon seed model: applied once to the facts `parley model init` proposed from
israel-lebanon.seed.txt (published Thursday 20 February 2025, two days after the 18 February withdrawal deadline).
Each correction says why. Keep israel-lebanon.proposed.json: this script is not idempotent. Run on a fresh copy:

    cp israel-lebanon.proposed.json israel-lebanon.model.json
    PYTHONPATH=/work/main/seeds python3 review_israel-lebanon.py israel-lebanon.model.json
"""
from review_tools import Review

review = Review("israel-lebanon")
fix, drop, add, sentence = review.fix, review.drop, review.add, review.sentence

LEAD = "Two days after the deadline for a full Israeli withdrawal"

# --- The lead: the partial withdrawal of 18 February; my own headline's words gave a ceasefire claim.
fix("withdrawal", "israel", "demands", LEAD, party=None, attribute="status", value="underway", quantities=["5"],
    when=["2025-02-18"],
    why="the state of the withdrawal, nobody's demand: Israeli troops left the villages at the 18 February deadline "
        "but remain on five hilltops (a partial withdrawal); '5 countries' is the five hilltops ('inside the "
        "country' gave the unit), kept as the bare 5 that 'the five points' reads as")
drop("ceasefire", "israel", "demands", LEAD,
     why="read from my headline ('truce sponsors'): nobody demands the ceasefire; the lead is about the withdrawal")

# --- Paragraph 2: the truce, its terms and the extension of the deadline.
fix("ceasefire", "israel", "completed", "The truce that ended fourteen months", party=None, attribute="status",
    value="underway", quantities=[],
    why="the truce took effect on 27 November 2024 and is in force (brokered by the US and France): the issue's state, "
        "not Israel's act, and not 'completed'; '14 months' is the war's length, not a term of the truce")
S_TERMS = "Under its terms Israel was to withdraw"
fix("withdrawal", "lebanon", "underway", S_TERMS, party=None, attribute="status", value="agreed",
    quantities=["60 days"],
    why="a term of the truce (docs: 'is to' terms are status agreed, party null): Israel to withdraw within 60 days; "
        "'30 kilometres' is the Litani's distance from the border, not a term of the withdrawal")
fix("disarmament", "lebanon", "underway", S_TERMS, party=None, attribute="status", value="agreed", quantities=[],
    why="a term of the truce: Hezbollah to end its armed presence south of the Litani while the army deploys (party "
        "null, the two sides' agreement); 60 days and 30 km belong to the withdrawal and to geography")
S_JAN = "When the first deadline passed on 26 January"
fix("withdrawal", "united-states", "demands", S_JAN, issue="ceasefire", party=None, attribute="status",
    value="agreed", quantities=[], when=["2025-02-18"],
    why="the White House announced the arrangement stays in force until 18 February: the ceasefire's deadline "
        "extended (a mediator's announcement of what the sides agreed is null), not a US demand on withdrawal; "
        "the 20 killed are the residents shot on 26 January")
drop("strikes", "united-states", "demands", S_JAN,
     why="Israeli fire on returning residents on 26 January: background, not a US demand; a death toll kept as a "
         "number would make every later toll read as quantity.changed")

# --- Paragraph 3: the five hilltops.
add("withdrawal", "israel", "stance", "rejects", sentence("Defence Minister Israel Katz said the troops would stay"),
    why="missed by extraction (no stance cue): Katz says the troops stay on the five points 'for as long as "
        "necessary': Israel refuses a full withdrawal")
# Kept as read (marked only for the broad word 'withdraw'): "Washington ... has accepted the Israeli presence on the
# points as temporary" is the US stance on the withdrawal issue (a later US demand to withdraw then reads as a change).

# --- Paragraph 4: Lebanon's demand, France's proposal.
add("withdrawal", "lebanon", "stance", "demands", sentence("President Joseph Aoun said the state would use diplomatic"),
    why="missed: Aoun seeks a full withdrawal by diplomatic means and has asked the Security Council to act "
        "(extraction filed the sentence under talks for 'diplomatic means', with no stance)")
# Kept as read: France proposed that UN peacekeepers take over the five points (5 = the points); Israel's refusal
# is held by Katz's fact.

# --- Paragraph 5: strikes.
fix("ceasefire", "israel", "collapsed", "Its aircraft and drones have hit targets", issue="strikes",
    attribute="status", value="underway", when=["2024-11"], places=["bekaa"],
    why="Israel's aircraft and drones strike in the south and the Bekaa almost daily since November 2024: the strike "
        "campaign under way (vocabulary: strikes are `strikes` though Lebanon calls them violations of the truce), "
        "not the truce 'collapsed' (read from 'destroying'); the Bekaa kept as a place so that a strike on a new "
        "area (Beirut) differs")
add("strikes", "lebanon", "stance", "demands", sentence("Its aircraft and drones have hit targets"),
    why="missed: Lebanon counts hundreds of Israeli violations of the truce (it wants the strikes stopped)")
fix("ceasefire", "israel", "agreed", "Israel says it is enforcing the agreement", value="accepts",
    why="Israel says it enforces the agreement: its commitment to the truce (accepts), not a new agreement")
drop("strikes", "israel", "suspended", "There has been no Israeli strike on Beirut",
     why="a negated sentence (no strike on Beirut yet), not Israel suspending its strikes, which go on elsewhere; the "
         "strikes fact's place (Bekaa) keeps Beirut out, so a first strike on Beirut is a new area")

# --- Paragraph 6: the mechanism.
fix("mechanism", "israel", "proposes", "The truce is monitored by a five-member committee", party=None,
    attribute="status", value="underway", quantities=[],
    why="the committee exists and monitors the truce: the issue's state, nobody's proposal (the party came from the "
        "previous sentence); '5' is its size in a name, dropped so that other numbers are not read as its change")
fix("mechanism", "israel", "scheduled", "Its military officers meet at UNIFIL", party=None, attribute="meeting",
    value="held", places=["naqoura"],
    why="the committee's officers meet at UNIFIL's headquarters in Naqoura: meetings of the committee, no party; "
        "'unifil' and 'lebanese' are not places")
fix("disarmament", "israel", "scheduled", "Its military officers meet at UNIFIL", party="lebanon", attribute="status",
    value="underway", places=[],
    why="the Lebanese army has taken over hundreds of positions and depots south of the Litani: Lebanon's act on "
        "the weapons, under way (not Israel's meeting)")
fix("talks", "united-states", "rejects", "Washington's deputy Middle East envoy", issue="disarmament",
    value="demands",
    why="Ortagus: Hezbollah defeated and must not be in the government: the US wants Hezbollah out of power and "
        "disarmed ('Israel and the United States want more'), not a refusal of talks")

# --- Paragraph 7: Lebanon's new government.
fix("disarmament", "united-states", "agreed", "His government was formed on 8 February", party="lebanon",
    value="demands", when=["2025-02-17"],
    why="Lebanon's cabinet (not the US) approved on Monday 17 February a policy statement: the state alone may carry "
        "arms and decide on war and peace, with no timetable: Lebanon demands the monopoly on arms; 8 February "
        "(the government's formation) is domestic politics")
fix("talks", "lebanon", "demands", "Aoun has said Lebanon wants no war", value="rejects",
    why="Aoun wants no normalisation with Israel: Lebanon rejects normalisation (not a demand for talks)")
add("ceasefire", "lebanon", "stance", "accepts", sentence("Aoun has said Lebanon wants no war"),
    why="missed: Lebanon wants no war, its commitment to the truce")

# --- Paragraph 8: Hezbollah.
add("ceasefire", "hezbollah", "stance", "accepts", sentence("Hezbollah, weakened by the killing"),
    why="missed: Hezbollah says it abides by the truce (and holds the state responsible for ending the occupation)")
fix("withdrawal", "hezbollah", "rejects", "Its secretary-general, Naim Qassem", value="demands",
    why="Qassem: Israel has no right to stay and will be treated as an occupying force after 18 February: a demand "
        "that Israel leave, not a rejection of the withdrawal")
drop("ceasefire", "hezbollah", "rejects", "Its secretary-general, Naim Qassem",
     why="a veiled threat about the occupation, while the next paragraph says Hezbollah abides by the truce; its "
         "stance on the truce is 'accepts' (added above), so an open threat later reads as a change")
# Kept as read (marked: party from the previous sentence, rightly Hezbollah, "the party"): Hezbollah accepts no armed
# presence south of the Litani and leaves its other weapons to a national defence strategy after a withdrawal.

# --- Paragraph 9: Israel and the US want more.
fix("disarmament", "hezbollah", "demands", "Israeli officials say Hezbollah must be disarmed", party="israel",
    places=[],
    why="Israeli officials demand Hezbollah's disarmament across Lebanon (Israel's demand, Hezbollah its target); "
        "'lebanon' is the party's name, not a place")

# --- Paragraph 10: UNIFIL.
add("unifil-mandate", None, "status", "underway", sentence("UNIFIL, with about 10,000 peacekeepers"),
    quantities=["10000"], when=["2025-08-31"],
    why="missed: UNIFIL's current mandate runs to 31 August 2025 (read as 2024: 'until 31 August' in a February "
        "report is ahead) with about 10,000 peacekeepers; 50 countries and 1701 (a resolution's number) left out")
# Kept as read (marked: broad word 'mandate', and 'has accused' read as background): France, the penholder, wants
# the force kept; Israel's accusation is no stance on the mandate.

# --- Paragraph 11: the land border.
fix("border", "france", "collapsed", "The land border has never been agreed.", party=None, attribute="status",
    value="suspended",
    why="the land border is unsettled (docs: suspended for a matter left unsettled); France came from the previous "
        "sentence")
add("border", "lebanon", "stance", "demands", sentence("Lebanon disputes 13 points along the Blue Line"),
    quantities=["13"],
    why="missed: Lebanon claims 13 points along the Blue Line, the Shebaa farms, Kfarchouba hills and northern Ghajar "
        "(2000 is a year alone: no date)")
drop("ceasefire", "united-states", "underway", "US-mediated efforts to settle it",
     why="'it' is the land border: the stalled US mediation is held by the border's 'suspended' state; not a "
         "ceasefire")

# --- Paragraph 12: reconstruction.
add("reconstruction", None, "quantity", "reported", sentence("An interim World Bank assessment"),
    quantities=["8500000000 dollars"], when=["2024-11"],
    why="missed: the World Bank's interim estimate of damage and losses, $8.5 billion (November 2024): a figure of "
        "the issue, so a new estimate reads as new numbers")
add("reconstruction", None, "status", "suspended", sentence("Gulf and Western donors have made clear"),
    why="missed: donors tie money to reforms and arms control, and no reconstruction fund has been set up: "
        "the rebuilding is not funded (no party: the donors have no id)")

# Restatement memory: 'until 31 August' was read as 2024 (it is 2025, ahead of the February report); 'since
# November' and 'last November' are November 2024, which extraction kept as no key.
review.memory("unifil-mandate", forget={"d:2024-08-31"}, learn={"d:2025-08-31"},
              why="'until 31 August' is 2025, read as 2024")
review.memory("strikes", learn={"d:2024-11"}, why="'since November': the strikes go on since November 2024")
review.memory("reconstruction", learn={"d:2024-11"}, why="'last November': the World Bank estimate of November 2024")
review.save(forget={"d:2024-08-31"}, learn={"d:2025-08-31", "d:2024-11"})
