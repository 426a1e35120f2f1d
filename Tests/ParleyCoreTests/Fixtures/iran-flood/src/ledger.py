#!/usr/bin/env python3
"""Write ledger.md from src/table.json (the same annotation table that produced labels.jsonl)."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build import DEV
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
t = json.load(open(os.path.join(HERE, "src", "table.json")))
FIRST = {
 "muscat-first-round-ends-next-meeting-saturday": ["R1"],
 "witkoff-iran-need-not-enrich-beyond-367": ["W367"],
 "witkoff-iran-must-eliminate-enrichment": ["WZERO"],
 "rome-second-round-ends-experts-wednesday": ["R2"],
 "expert-talks-moved-saturday-anton-leads": ["EXP"],
 "third-round-muscat-ends-next-round-may-3": ["R3"],
 "oman-postpones-may-3-round": ["POST"],
 "trump-secondary-sanctions-iranian-oil-buyers": ["SEC"],
 "witkoff-breitbart-dismantle-oman-sunday": ["R4S"],
 "fourth-round-muscat-ends": ["R4"],
 "shamkhani-iran-ready-give-up-hev-stock": ["SHAM"],
 "iran-e3-istanbul-deputies-meet": ["E3I"],
 "khamenei-us-demands-outrageous-oman-rome-friday": ["R5S"],
 "fifth-round-rome-some-progress": ["R5"],
 "iaea-report-stockpile-408-undeclared-sites": ["IAEA"],
 "araghchi-received-elements-us-proposal": ["PROP"],
 "us-proposal-temporary-enrichment-consortium": ["CONS"],
 "khamenei-us-proposal-against-interests": ["KREJ"],
 "e3-us-draft-resolution-iaea-board": ["RES"],
 "trump-next-round-thursday": ["R6"],
}
NOTES = {
 "live-us-iran-talks-muscat": "The White House's \"direct communication\" wording is the seed's dispute over format, restated.",
 "muscat-was-easy-part": "Opinion; restates the seed and R1.",
 "grossi-tehran-araghchi-zero-enrichment": "Grossi's visit to Tehran is not a round of the talks and produced no decision on inspections; Araghchi restates the seed's enrichment stance. Not labelled (uncertain: a system may treat the visit as iaea-cooperation news).",
 "zero-or-three-point-six-seven": "Opinion on W367/WZERO; no new fact.",
 "live-witkoff-zero-enrichment-reaction": "Leavitt's \"no contradiction\" and an unnamed Israeli official's welcome leave both stances as they were (Israel's zero-enrichment view is the seed's Libyan model).",
 "rhine-letter-week-16": "Weekly recap of R1, W367, WZERO, R2; the 274.8 kg figure is the seed's.",
 "live-port-blast-and-muscat-talks": "Live page mixing the port explosion (other Iran news) with a restatement of R3.",
 "france-will-not-hesitate-snapback": "Barrot's \"will not hesitate\" restates the E3 readiness held in the seed; no trigger, no deadline. Not labelled.",
 "live-talks-postponed-oil-threat": "Iran's complaint of \"contradictory behaviour\", Hegseth's Houthi warning and China's objection to unilateral sanctions (the seed's Russia–China stance) are rhetoric. Not labelled.",
 "trump-secondary-sanctions-iranian-oil-buyers": "Hegseth's warning about the Houthis is rhetoric, not labelled.",
 "witkoff-breitbart-dismantle-oman-sunday": "Witkoff's \"no enrichment\" and dismantling of Natanz, Fordow and Isfahan restate WZERO (eliminating enrichment means dismantling it). Only the date of the fourth round is new.",
 "fourth-round-muscat-ends": "Araghchi's \"not negotiable\" and the US official's zero line restate held stances.",
 "trump-riyadh-iran-olive-branch": "Trump's Riyadh offer and threat restate the seed (no bomb; oil to zero).",
 "live-trump-doha-iran-sort-of-agreed": "Trump's \"Iran has sort of agreed\" names no terms: a vague claim, not labelled as a deal-text change (uncertain). Tehran's \"no agreement\" restates.",
 "shamkhani-iran-ready-give-up-hev-stock": "\"Never building nuclear weapons\" (npt) and lifting of all sanctions (sanctions) restate the seed; only the stockpile and enrichment-level stances are new.",
 "gharibabadi-snapback-warning-e3": "Iran's warning against snapback and the NPT threat restate the seed.",
 "witkoff-not-even-one-percent": "\"Not even 1 per cent\" restates WZERO.",
 "khamenei-us-demands-outrageous-oman-rome-friday": "Khamenei's \"excessive and outrageous\" and Araghchi's \"no agreement\" restate Iran's seed stance on enrichment; only the date and place of the fifth round are new.",
 "us-intel-israel-preparing-strike-reports": "Unconfirmed reports of Israeli preparations (\"no decision has been made\") and Araghchi's letter to the UN restate the seed's threats and warnings on strikes. Not labelled (uncertain: a strikes/israel alert here counts as false).",
 "us-official-constructive-fifth-round": "\"Officials have begun talking privately\" about a written proposal: no proposal exists yet. Not labelled.",
 "trump-held-off-netanyahu-strike": "Trump says he told Netanyahu a strike would be inappropriate now: the US preference for talks and Israel's reserved right to act are both held; no strike and no new stance. Not labelled (uncertain).",
 "araghchi-received-elements-us-proposal": "The foreign ministry's rejection of the IAEA reports is a reaction, not a change in iaea-cooperation.",
 "iaea-report-stockpile-408-undeclared-sites": "Iran's \"politically motivated\" is a reaction. The Board meeting date (9 June) is a calendar fact outside the vocabulary's talks issue.",
 "iran-rejects-iaea-report-forged": "\"Appropriate measures\" if the Board acts: a threat without content. Not labelled.",
 "iran-consortium-not-substitute": "Iran's \"any consortium that means ending enrichment inside Iran is unacceptable\" restates its enrichment stance (enrichment on its soil not negotiable). Not labelled.",
 "consortium-explainer-gulf": "Explainer restating CONS.",
 "live-khamenei-rejects-proposal": "The White House's \"proposal remains on the table\" restates PROP.",
 "khamenei-speech-tehran-reactions": "Baghaei's \"response being prepared\" restates PROP (Iran to answer through Oman).",
 "iran-warns-response-board-resolution": "\"Appropriate response\" to a resolution: threat without content. Not labelled.",
 "e3-snapback-summer-wadephul": "\"By the end of the summer\" restates the seed's late-summer timetable; no trigger. Not labelled.",
 "grossi-board-opening-statement": "Grossi restates the comprehensive report (IAEA). The date of the vote is not a change.",
 "trump-next-round-thursday": "\"More aggressive\" and \"asking for things you can't do\" are rhetoric.",
 "live-board-iran-counterproposal": "Baghaei says Iran's answer will go to Oman \"soon\": an announced reply is not yet a proposal. Not labelled (uncertain: a deal-text/iran proposal alert here counts as false).",
 "e3-us-draft-resolution-iaea-board": "Two named parties change on one issue: one line each (e3, united-states), same evidence sentence.",
 "iran-claims-israeli-nuclear-documents": "Group D: Israel's nuclear programme is outside the vocabulary.",
 "pezeshkian-muscat-visit": "Group D: bilateral visit; the talks are mentioned only in passing.",
 "oman-us-houthi-ceasefire": "Group D: Oman's other mediation (US–Houthi), with Albusaidi, the US and a ceasefire named.",
 "saudi-us-partnership-civil-nuclear-riyadh": "Group D: Saudi civil nuclear talks; enrichment named, but not Iran's.",
 "us-saudi-civil-nuclear-pathway": "Group D: Saudi civil nuclear talks.",
 "treasury-sanctions-chinese-teapot-refinery": "Group D: routine designation under the unchanged maximum-pressure policy (the seed already holds a sanctioned Chinese refinery).",
 "treasury-lpg-magnate-sanctions": "Group D: routine designation.",
 "treasury-sanctions-oil-network-china": "Group D: routine designation; \"no new policy was announced\".",
 "treasury-third-teapot-refinery": "Group D: routine designation.",
 "treasury-shadow-banking-network": "Group D: routine designation \"under existing authorities\".",
}
L = []
w = L.append
w("# Ledger: iran-flood")
w("")
w("Produced by `src/ledger.py` from the same annotation table (`src/b*.txt` -> `src/table.json`) that produced "
  "`labels.jsonl` and `reports/`, so the two cannot disagree.")
w("")
w("## Model after the seed (eve of the first Muscat round, 11 April 2025)")
for line in [
 "talks: first round set for Saturday 12 April in Muscat; format disputed (US: direct; Iran: indirect); heads Araghchi (iran) and Witkoff (united-states); mediator Albusaidi (oman). Trump's March letter (two months, per US media) and Iran's reply through Oman (no direct talks under pressure, indirect possible). Oman: success = agreement to meet again.",
 "enrichment: Iran enriches up to 60%; says enrichment is its NPT right, not negotiable, will not dismantle. united-states: no public stance beyond \"no nuclear weapon\". israel: Libyan model (dismantle everything).",
 "stockpile: 274.8 kg of 60% uranium (IAEA, February; 182.3 kg in November). No party's stance on its fate.",
 "sanctions: united-states maximum pressure since February (oil exports to zero; tankers, traders, a Chinese refinery designated). iran: lifting must be real and verifiable, the price of any deal.",
 "strikes: Trump \"there will be bombing\"; bombers at Diego Garcia; Israel could act; Khamenei warns of response, US bases in reach; Larijani on moving towards a weapon.",
 "missiles: Iran refuses to put missiles and regional allies on the table.",
 "guarantees: Iran wants assurances that a new deal would not be torn up.",
 "snapback: E3 ready to use it; provision expires 18 October 2025; decision needed by late summer. Iran: E3 have no right; could leave the NPT. russia-china oppose snapback and unilateral sanctions.",
 "iaea-cooperation: verification weakened since 2021 (no additional protocol, cameras removed, inspectors barred); IAEA cannot give assurances about parts of the programme; Grossi: any deal needs robust verification.",
 "npt: Iran says it has never sought a weapon (Khamenei's fatwa); threat to leave the NPT if snapback. united-states: Iran cannot have a nuclear weapon.",
 "deal-text: no written proposal from any side.",
]:
    w(f"- {line}")
w("")
w("## Developments: first report and later reports")
w("")
firsts = {}
for m in t:
    slug = m["file"][4:-4]
    for d in FIRST.get(slug, []):
        firsts[d] = m
for d, desc in DEV.items():
    m = firsts[d]
    w(f"### {d}: {desc}")
    w(f"- First report: `{m['file']}` ({m['outlet']}, {m['published']}, group {m['group']})")
    for c in m["changes"]:
        w(f"  - `{c['issue']}` / `{c['party'] or 'null'}` / `{c['kind']}`: {c['note']}")
    later = [x for x in t if d in x["devs"]]
    w(f"- Later reports restating it ({len(later)}): " + (", ".join(f"`{x['file'][:3]}` {x['outlet']} ({x['group']})" for x in later) or "none"))
    w("")
w("## Every report")
w("")
w("| # | published | outlet | group | expected changes | restates | notes |")
w("| --- | --- | --- | --- | --- | --- | --- |")
for m in t:
    slug = m["file"][4:-4]
    ch = "; ".join(f"{c['issue']}/{c['party'] or 'null'}/{c['kind']}" for c in m["changes"]) or "—"
    w(f"| {m['file'][:3]} | {m['published']} | {m['outlet']} | {m['group']} | {ch} | {' '.join(m['devs']) or '—'} | {NOTES.get(slug, '')} |")
w("")
w("## Deliberately not labelled")
w("- Restatements with new quotes, colour, rounded numbers (\"more than 400 kilograms\", \"nearly 50%\") and recaps in live pages, newsletters and analysis: group A.")
w("- Rhetoric and threats that leave a stance where it was: Khamenei's \"outrageous\", Trump's \"more aggressive\", Hegseth on the Houthis, Iran's \"appropriate response\" to a Board resolution, E3 snapback warnings (Barrot, Wadephul) that restate the seed's readiness and late-summer timetable.")
w("- Announced but not yet made moves: officials \"talking privately\" about a written US proposal (before 31 May), Iran's reply \"soon\" through Oman (10 June).")
w("- Unconfirmed reports of Israeli strike preparations and Trump's account of restraining Netanyahu (strikes stays as in the seed).")
w("- Grossi's visit to Tehran (17 April): no decision on inspections.")
w("- Routine Treasury designations (five reports): the unchanged maximum-pressure policy the seed already holds. Only Trump's threat of secondary sanctions on every buyer (043) changes the US sanctions stance.")
w("- Group D: other Iran news (Bandar Abbas, blackouts, rial, truckers, intelligence claims), the Houthis and Israel's other fronts, Witkoff's Russia–Ukraine and Gaza files, Oman's US–Houthi truce, Saudi civil nuclear talks, Grossi on Zaporizhzhia, oil markets, the India–Pakistan ceasefire.")
w("")
w("## Model at the end (10 June 2025)")
for line in [
 "talks: five US–Iran rounds held (Muscat 12 April, Rome 19 April, Muscat 26 April with experts, Muscat 11 May, Rome 23 May); the 3 May round postponed; expert teams led by Anton (US) and Takht-Ravanchi and Gharibabadi (Iran); Iran–E3 deputies met in Istanbul on 16 May; next round on Thursday 12 June per Trump, venue not given.",
 "enrichment: united-states: 3.67% (14 April) -> eliminate (15 April) -> the proposal's limited ~3% enrichment for an interim period, no new facilities, regional consortium (2 June). iran: not negotiable; Shamkhani: only civilian levels under inspection.",
 "stockpile: 408.6 kg of 60% (IAEA, as of 17 May). iran (Shamkhani): ready to get rid of the highly enriched stock for lifting of all sanctions.",
 "sanctions: united-states threatens secondary sanctions on any buyer of Iranian oil or petrochemicals.",
 "deal-text: US proposal delivered through Oman on 31 May; Khamenei: \"100 per cent\" against Iran's interests; formal reply pending.",
 "iaea-cooperation: IAEA comprehensive report finds undeclared nuclear material and activities at three sites; E3 and US draft Board resolution finding Iran in breach, vote expected in the week of 9 June.",
 "Unchanged from the seed: strikes, missiles, guarantees, snapback, npt.",
]:
    w(f"- {line}")
open(os.path.join(HERE, "ledger.md"), "w", encoding="utf-8").write("\n".join(L) + "\n")
print("ledger.md written")
