#!/usr/bin/env python3
"""Hand review of the US–China trade seed model: applied once to the facts `parley model init` proposed from
us-china-trade.seed.txt (published Friday 11 April 2025). Run on a fresh copy of the proposal:
    cp us-china-trade.proposed.json us-china-trade.model.json
    PYTHONPATH=/work/main/seeds python3 review_us-china-trade.py us-china-trade.model.json
Each correction says why."""
from review_tools import Review

review = Review("us-china-trade")
fix, drop, add, sentence = review.fix, review.drop, review.add, review.sentence

# --- Tariffs (other than fentanyl): the rates in force at the seed, and China's demand.
# Missed: the lead itself. "raise" is no stance cue, so China's 125% from Saturday gave no fact.
add("tariffs", "china", "status", "agreed", sentence("China said on Friday that it would raise its tariffs"),
    quantities=["125 percent"], when=["2025-04-12"],
    why="missed by extraction: China's counter-tariff raised to 125% from Saturday 12 April (an act: status agreed)")
fix("tariffs", "united-states", "suspended", "On the American side, the reciprocal tariff",
    attribute="status", value="agreed", quantities=["125 percent"], when=["2025-04-10"],
    why="the US reciprocal tariff on China stands at 125% since Thursday 10 April; the 90-day pause is for other "
        "countries, not China, so not 'suspended' and not '90 days'")
add("tariffs", "united-states", "status", "agreed", sentence("From 2 May, small parcels from China"),
    quantities=["120 percent", "100 dollars"], when=["2025-05-02"],
    why="missed by extraction: the de minimis duty on small parcels (120% or $100 an item) from 2 May")
add("tariffs", "china", "status", "agreed", sentence("Beijing had already answered the fentanyl tariffs"),
    quantities=["10 percent", "15 percent"], when=["2025-02", "2025-03-10"],
    why="China's earlier retaliatory tariffs on US energy, farm machinery and farm goods are `tariffs` (vocabulary "
        "boundary), not fentanyl: extraction read them as a fentanyl claim without a stance")
drop("tariffs", "united-states", "agreed", "\"Even if the US continues",
     why="a quote of China's commission about a hypothetical US rise, not a US act; China's 125% fact holds the news")
drop("tariffs", "united-states", "agreed", "A deal to spin off TikTok",
     why="TikTok sentence; 'tariff announcements' is only named in passing")
# China demands the US cancel its unilateral tariffs: right as read (mark removed by save).
drop("tariffs", "china", "collapsed", "In Washington, a small business",
     why="a lawsuit filed by a business (no id); no court has acted and nothing collapsed; China is not in it")
drop("fentanyl", "china", "collapsed", "In Washington, a small business",
     why="same lawsuit; the fentanyl tariffs are only named as using the same law")

# --- Fentanyl tariffs.
fix("fentanyl", "united-states", "agreed", "The White House said on Thursday that the total was 145%",
    attribute="status", quantities=["20 percent", "10 percent"], when=["2025-02-04", "2025-03-04"],
    why="the US fentanyl tariffs: 20% in all, 10% from 4 February and 10% from 4 March; 145% is a sum and 125% is "
        "the reciprocal tariff (already under `tariffs`)")
fix("fentanyl", "united-states", "proposes", "China calls the fentanyl tariffs blackmail", party="china",
    value="rejects", why="China calls the fentanyl tariffs blackmail: China's rejection, not a US proposal")
add("fentanyl", "china", "stance", "proposes", sentence("China calls the fentanyl tariffs blackmail"),
    why="the same sentence: China is willing to cooperate on drug control 'on the basis of equality'")
fix("fentanyl", "united-states", "agreed", "The administration's stated aims", value="demands", quantities=[],
    why="a stated aim (stop the fentanyl trade) is a demand; the $295bn deficit is not a fentanyl number")
add("fentanyl", "united-states", "stance", "demands", sentence("Washington says Beijing has done too little"),
    why="missed by extraction: the US says China must do more against precursor chemicals")

# --- Rare earths and critical minerals.
fix("rare-earths", "china", "held", "On 4 April the commerce ministry put seven", attribute="status",
    value="agreed", why="China's export licensing of seven rare earths and magnets from 4 April: a measure in force "
                        "(status agreed), not a meeting 'held'")
add("rare-earths", "china", "status", "agreed", sentence("In December it banned exports of gallium"),
    when=["2024-12"], why="missed by extraction: the ban on gallium, germanium and antimony exports to the US "
                          "(December 2024, before this April 2025 report)")

# --- China's countermeasures against US firms.
fix("countermeasures", "united-states", "held", "Regulators opened an antitrust investigation into Google",
    party="china", attribute="status", value="agreed", when=["2025-02"], places=[],
    why="Chinese regulators' probe of Google (February), not a US act; 'Google' is no place")
add("countermeasures", "china", "status", "agreed", sentence("The ministry has also added 17 American companies"),
    quantities=["17 companies", "28"], when=["2025-04-04", "2025-04-09"],
    why="missed by extraction: 17 US firms on the unreliable entity list and 28 on the export control list, 4 and "
        "9 April (and Illumina barred)")

# --- Chip controls.
fix("chip-controls", "united-states", "agreed", "Washington's own controls on advanced chips",
    attribute="status", when=["2024-12"], places=[],
    why="US chip controls in force, tightened in December 2024 (read as 2025-12, eight months after the report); "
        "'Beijing' is a party, not a place")
add("chip-controls", "china", "stance", "demands", sentence("Washington's own controls on advanced chips"),
    why="the same sentence: Beijing wants the US controls lifted")

# --- Talks.
fix("talks", "china", "suspended", "No talks between the two governments", party=None, attribute="status",
    quantities=[], why="no talks are scheduled: the issue as a whole, no party; '2' is 'two governments'")
# China's conditions for talks ("door open, but only ... must first cancel its tariffs"): right as read.
fix("trade-deal", "china", "demands", "Trump says China", issue="talks", party="united-states",
    why="Trump says Beijing should make the first call: a US stance on who opens talks, not China's demand of a deal")
add("talks", None, "meeting", "held", sentence("The last senior contact was a video call"), when=["2025-02"],
    why="missed by extraction: the He Lifeng–Bessent video call in February, the last contact")
add("talks", "united-states", "participant", "appointed", sentence("Treasury Secretary Scott Bessent, who will lead"),
    why="Bessent will lead any US negotiation, with Greer")
add("talks", "china", "participant", "appointed", sentence("China's international trade representative, Wang Shouwen"),
    why="Wang Shouwen would lead talks at working level for China")

# --- Leaders.
add("leaders-meeting", None, "meeting", "held", sentence("Trump and Xi have not spoken"), when=["2025-01"],
    why="missed by extraction: the last Trump–Xi call was before the inauguration (January 2025); so a new call "
        "is a new meeting, not a new issue")

# --- TikTok.
fix("tiktok", "united-states", "agreed", "A deal to spin off TikTok", party="china", value="rejects",
    why="the deal was put on hold because China signalled it would not approve it: China's refusal")
add("tiktok", None, "status", "suspended", sentence("A deal to spin off TikTok"),
    why="the sale itself is on hold (the issue as a whole)")
add("tiktok", "united-states", "status", "agreed", sentence("Trump has given ByteDance"),
    quantities=["75 days"], when=["2025-06-19"],
    why="missed by extraction: the US deadline for the sale, extended by 75 days to 19 June")
# ByteDance: any deal must be approved under Chinese law: right as read (demands).

# --- Port fees.
fix("port-fees", "united-states", "proposes", "The US Trade Representative is also weighing fees",
    when=["2025-02"], places=[], why="proposed in February; 'American' is no place")
add("port-fees", "china", "stance", "rejects", sentence("China says the plan will hurt everyone"),
    why="missed by extraction: China opposes the port fees")

# --- Purchases and the Phase One deal.
add("purchases", "china", "stance", "rejects", sentence("And China, once the largest buyer of American soybeans"),
    why="missed by extraction: China has moved its soybean buying away from the US")
drop("trade-deal", "china", "proposes", "Under the Phase One deal of 2020",
     why="2020 background; a `status agreed` on trade-deal would make the next agreement look known")

# --- Rates as numbers of their own. Tariff news mostly gives a new rate with no stance cue ("will lower its tariff
# to 10%", "raises to 125%": raise, lower, cut, hike are no cues of the language file), so a status fact alone does
# not make a new rate news. A `quantity reported` fact per side (docs/models.md, Facts) makes new rates read as
# `quantity.changed`.
add("tariffs", "united-states", "quantity", "reported", sentence("On the American side, the reciprocal tariff"),
    quantities=["125 percent"], when=["2025-04-10"], why="the US reciprocal rate on China, as a number")
add("tariffs", "china", "quantity", "reported", sentence("China said on Friday that it would raise its tariffs"),
    quantities=["125 percent"], when=["2025-04-12"], why="China's counter-tariff rate, as a number")
add("fentanyl", "united-states", "quantity", "reported",
    sentence("The White House said on Thursday that the total was 145%"), quantities=["20 percent"],
    why="the fentanyl tariff rate, as a number")

# --- Restatement memory: the December of the chip controls and the mineral ban is December 2024.
for issue in ("chip-controls", "rare-earths"):
    review.memory(issue, forget=["d:2025-12"], learn=["d:2024-12"], why="December is December 2024")
review.memory("tariffs", forget=["q:90"], why="the 90-day pause was for other countries; a later 90-day truce "
              "with China is news")
review.save(forget=["d:2025-12"], learn=["d:2024-12"],
            note="seed article absorbed, then hand-reviewed (review_us-china-trade.py)")
