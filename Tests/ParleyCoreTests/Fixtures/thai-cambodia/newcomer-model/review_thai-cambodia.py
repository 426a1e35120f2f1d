#!/usr/bin/env python3
"""Hand review of the Thailand–Cambodia seed model: applied once to the facts `parley model init` proposed from
thai-cambodia.seed.txt (keep thai-cambodia.proposed.json; the script is not idempotent). Each correction says why.

    cp thai-cambodia.proposed.json thai-cambodia.model.json
    python3 review_thai-cambodia.py thai-cambodia.model.json
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, "/work/main/seeds")   # review_tools.py lives in the Parley checkout's seeds/
from review_tools import Review

review = Review("thai-cambodia", seed=os.path.join(HERE, "thai-cambodia.seed.txt"))
fix, drop, add, sentence, memory = review.fix, review.drop, review.add, review.sentence, review.memory

# --- Lead: the JBC meeting of 14 June in Phnom Penh (missed: "will send ... for the first meeting" has no stance cue).
add("talks", None, "meeting", "scheduled", sentence("Thailand and Cambodia will send their boundary negotiators"),
    when=["2025-06-14"], places=["phnom penh"],
    why="missed by extraction: both sides' JBC meeting, 14 June in Phnom Penh, a joint act (party null)")

# --- Paragraph 2: the 28 May clash at Chong Bok; each side blames the other.
drop("boundary", "thailand", "underway", "The shooting took place before dawn",
     why="describes where the 28 May shooting happened; no one's act on the boundary line")
fix("fighting", "thailand", "held", "Cambodia's defence ministry said Thai troops opened fire", when=["2025-05-28"],
    why="Cambodia's account of the 28 May clash: Thai troops opened fire (an attack by Thailand); not a background "
        "fact ('had long' is about the trench), date from the lead")
add("fighting", "cambodia", "stance", "held", sentence("The Royal Thai Army said its soldiers had fired back"),
    when=["2025-05-28"], why="missed: Thailand's account of the same clash, Cambodian troops attacked first and moved "
    "into an area Thailand claims")

# --- Paragraph 3: commanders' meeting of 29 May, the agreed pull-back, reinforcements, Thai checkpoints.
fix("talks", "thailand", "held", "Regional commanders from both armies met on 29 May", party=None,
    attribute="meeting", value="held", why="a meeting of both armies' regional commanders on 29 May, not Thailand's "
    "alone ('both armies' is joint)")
fix("heavy-weapons", "thailand", "held", "Regional commanders from both armies met on 29 May", party=None,
    attribute="status", value="agreed", why="both armies agreed to pull their troops back to their earlier positions")
add("heavy-weapons", None, "status", "underway", sentence("Both armies have nonetheless reinforced the area."),
    why="missed (no stance verb): both armies are reinforcing the area, despite the pull-back agreement")
fix("fighting", "thailand", "accepts", "Thailand's army has said it is ready", places=[],
    why="Thailand's stance: ready for military operations if its sovereignty is challenged (kept as 'accepts'); "
        "the checkpoint provinces are not places of this fact; still holds despite 'has said'")
fix("bilateral-measures", "thailand", "accepts", "Thailand's army has said it is ready", attribute="status",
    value="agreed", why="Thailand's own measure (tightened checkpoint controls, shorter hours, left open): an act, "
    "so status agreed under the acting party")

# --- Paragraphs 4-5: the undemarcated line and the 2000 MOU; the JBC last met in 2012.
add("boundary", None, "status", "suspended", sentence("The 817-kilometre land border has never been fully"),
    why="missed: the line is not fully demarcated (a matter left unsettled: suspended); no quantity kept so that "
        "later figures are not read as a change of 817")
fix("boundary", "thailand", "agreed", "In 2000 they signed a memorandum", party=None, attribute="status",
    why="the 2000 MOU was signed by both (joint act, party null); background that still holds")
drop("talks", "thailand", "agreed", "In 2000 they signed a memorandum",
     why="the MOU is held under boundary; 'the commission last met in 2012' is background, and a dateless 'held' "
         "meeting could mask a later JBC meeting")

# --- Paragraph 6: Cambodia goes to the ICJ; parliament backs it; Cambodia attends the JBC without the four areas.
add("icj", "cambodia", "stance", "demands", sentence("Prime Minister Hun Manet said on 2 June"),
    when=["2025-06-02"], quantities=["4 areas"],
    why="missed ('would ask' is no stance cue): Cambodia will ask the ICJ to rule on four disputed areas")
fix("talks", "cambodia", "accepts", "Cambodia's National Assembly and Senate backed", issue="icj",
    why="'the decision' is the ICJ request; the parliaments act on the file for Cambodia: Cambodia accepts/endorses")
add("talks", "cambodia", "stance", "accepts", sentence("Hun Manet said Cambodia would take part"),
    when=["2025-06-14"], why="missed: Cambodia will attend the 14 June JBC meeting (but keeps the four areas off "
    "its agenda)")

# --- Paragraph 7: Thailand's refusal of the court and insistence on bilateral talks.
fix("talks", "thailand", "rejects", "Its foreign ministry said Thailand does not recognise", value="demands",
    why="on talks Thailand demands that boundary questions be settled bilaterally through the JBC (the rejection "
        "is of the court, held under icj)")
# icj/thailand/rejects on the same sentence is right ('since 1960' is background to a current stance): kept.
fix("talks", "thailand", "rejects", "Prime Minister Paetongtarn Shinawatra said", value="proposes",
    why="'wanted talks at every level': Thailand proposes talks; the 'would not' is about the court (icj)")
# icj/thailand/rejects on the Paetongtarn sentence is right ('any court' is the ICJ here): kept.

# --- Paragraph 8: the earlier ICJ rulings.
drop("fighting", "thailand", "held", "In 1962 it awarded the Preah Vihear temple",
     why="the court's 1962 and 2013 rulings on Preah Vihear and the 2008-2011 clashes: background, not Thailand's "
         "act, not current fighting")
fix("boundary", "thailand", "agreed", "Thailand argues that those rulings", value="rejects", quantities=[],
    why="Thailand rejects that the rulings settled the line ('argues ... not the line'); '1' came from 'one temple'")

# --- Paragraph 9: the General Border Committee.
fix("talks", "thailand", "scheduled", "The two armies also meet in the General Border Committee", party=None,
    attribute="participant", value="appointed", quantities=[], places=[],
    why="no meeting is scheduled: the sentence names the GBC co-chairs (Phumtham, Tea Seiha), i.e. who takes part; "
        "'general border committee' is not a place, '2' is 'the two armies'")
# talks/thailand/proposes "Thailand has proposed that the General Border Committee meet": right, still holds; kept.

# --- Paragraph 11: Malaysia's offer.
fix("talks", "malaysia", "demands", "Prime Minister Anwar Ibrahim said", value="proposes", quantities=[],
    why="Malaysia offers to facilitate talks if both sides ask: the mediator's own proposal, not a demand; "
        "'2' is 'both leaders'")

# --- Paragraph 12: US tariffs, not linked to the conflict.
drop("talks", "cambodia", "suspended", "Cambodia faces a rate of 49 per cent",
     why="about US tariffs, not the border talks ('talks' are trade talks): held under trade-leverage")
fix("trade-leverage", "cambodia", "suspended", "Cambodia faces a rate of 49 per cent", party=None,
    attribute="status", quantities=["49", "36"],
    why="the tariff rates (49% Cambodia, 36% Thailand) are suspended until 9 July: the issue's figures, party null "
        "(not Cambodia's act); '1' came from 'one of the highest'")

# --- Paragraph 13: domestic commentary.
drop("boundary", "thailand", "rejects", "Thai opposition politicians accuse",
     why="Thai opposition and Cambodian social media: commentary, not a government's stance")

# --- Last paragraph: analysts.
drop("icj", "thailand", "underway", "Diplomats in Bangkok say the 14 June meeting",
     why="unnamed diplomats' commentary on what may happen")

# --- Restatement memory: "There are, so far, no captured soldiers, no displaced civilians and no international
# monitors" gave the prisoners, evacuations and observers issues words of a negated sentence; the first prisoners,
# displaced people or monitors are new (issue.new), so these issues start with no memory.
for issue in ("prisoners", "evacuations", "observers"):
    memory(issue, forget=review.model["known_terms"].get(issue, []),
           why="only words of the negated 'no captured soldiers, no displaced civilians, no monitors' sentence")

review.save(note="seed article absorbed by parley model init, then hand-reviewed (review_thai-cambodia.py)",
            final_newline=True)
