from common import r

r("YD", "2025-03-01T23:15:00Z", "israel-adopts-witkoff-outline", "B",
  "First stage ends; Israel adopts Witkoff outline to extend truce through Ramadan and Passover",
  "Amit Doron",
  """
Israel has adopted a proposal by US envoy Steve Witkoff for a temporary ceasefire through Ramadan and Passover, Netanyahu's office said shortly after midnight, as the first stage of the Gaza truce expired without agreement on a second.
Under the outline, half of the hostages still held, living and dead, would be freed on the first day of the extension, and the rest at its end if a permanent ceasefire is agreed, the statement said. The extension would run until about the middle of April.
The office said Witkoff had proposed the outline after concluding that the positions on ending the war could not be bridged for now, and that Israel could resume fighting after the 42nd day if it judged the talks ineffective.
Hamas has insisted that the second stage, with an end to the war and a full withdrawal, must begin. A Hamas official said late on Saturday that the group would not accept "any extension that ignores the signed agreement".
""",
  ch=[(15, "ceasefire", None, "status.changed",
       "Israel has adopted a proposal by US envoy Steve Witkoff for a temporary ceasefire through Ramadan and Passover, Netanyahu's office said shortly after midnight, as the first stage of the Gaza truce expired without agreement on a second.",
       "in effect, first stage of 42 days, second stage to be negotiated -> first stage expired on 1 March without a second; Israel adopts a Witkoff outline for a temporary truce through Ramadan and Passover (half the hostages on day one, the rest if a permanent ceasefire is agreed); Hamas rejects any extension outside the agreement")],
  note="One null line for the expiry, the US outline (reported by Israel) and Israel's adoption, as several parties move on one issue in one report. Hamas's refusal restates its seed stance.")

r("MW", "2025-03-02T08:35:00Z", "israel-halts-all-aid-gaza", "C",
  "Israel halts all aid into Gaza to press Hamas to accept truce extension",
  "Meridian Wire staff in Jerusalem and Cairo",
  """
JERUSALEM/CAIRO (Meridian) - Israel halted the entry of all goods and supplies into the Gaza Strip on Sunday, the prime minister's office said, to press Hamas to accept a US-backed extension of the ceasefire, hours after the truce's first stage expired.
"With the end of the first stage of the hostage deal, and in light of Hamas's refusal to accept the Witkoff outline, Israel is stopping the entry of all goods and supplies," the statement said, warning of "further consequences" if Hamas did not change course.
Under the outline adopted by Israel overnight, half of the remaining hostages would be freed at the start of a ceasefire running through Ramadan and Passover. Hamas called the aid halt "cheap blackmail" and "a coup against the agreement".
Trucks were turned back at Kerem Shalom in the morning, Egyptian officials said. Egypt and Qatar said using food as a weapon violated international law. Aid agencies said stocks brought in during the truce would last weeks, not months.
""",
  ch=[(16, "aid", None, "status.changed",
       "JERUSALEM/CAIRO (Meridian) - Israel halted the entry of all goods and supplies into the Gaza Strip on Sunday, the prime minister's office said, to press Hamas to accept a US-backed extension of the ceasefire, hours after the truce's first stage expired.",
       "600 trucks a day under the first stage -> entry of all goods and supplies halted from Sun 2 March")],
  rs=[15], note="The Witkoff outline and the end of the first stage restate 093. Hamas's 'blackmail' and the mediators' condemnation are reactions.")

r("SL", "2025-03-02T12:05:00Z", "live-aid-halt-reactions", "A",
  "Live: trucks turned back at Kerem Shalom; Cairo and Doha condemn Israeli halt",
  "Shoreline Live team",
  """
Latest: Egypt's foreign ministry says Israel's decision to stop aid is a "flagrant violation" of the ceasefire agreement and of humanitarian law.
13:40 Gaza - Qatar also condemns the halt and calls on the international community to ensure aid keeps flowing.
13:05 Gaza - Prices jump in Gaza City markets. A sack of flour has doubled since the morning, traders say.
12:20 Gaza - UN aid chief's office says hundreds of trucks that were due today are stuck on the Egyptian side.
11:30 Gaza - Hamas: Israel's move is "cheap blackmail"; it calls on the mediators to act.
10:15 Gaza - Reminder: the first stage ended last night. Israel says it has adopted a Witkoff plan for a truce over Ramadan and Passover, which Hamas rejects.
""",
  rs=[16, 15])

r("SD", "2025-03-02T15:15:00Z", "first-ramadan-iftar-no-trucks", "A",
  "On Ramadan's first day, Gaza wakes to closed crossings",
  "Saraya Daily correspondent, Deir al-Balah",
  """
The first day of Ramadan in Gaza began with news that no more trucks would come. By midday, traders in Deir al-Balah had raised the price of sugar, and families who had planned their first iftar since the truce began counting what was left.
Israel stopped all goods and supplies from entering the Strip on Sunday morning, saying Hamas had refused an American plan to extend the ceasefire through Ramadan and the Jewish holiday of Passover, with half the hostages freed on the first day.
Hamas said the plan was a way to take the hostages and return to war without ever negotiating its end. The agreement signed in January, it said, called for talks on a second stage leading to a permanent ceasefire and a complete withdrawal.
The streets were quiet. In Gaza City, volunteers hung paper lanterns on the ruins of the Omari mosque. "Six weeks of calm," said a teacher, "and they take the bread first."
""",
  rs=[16, 15], note="Colour; restates 093 and 094.")

r("PR", "2025-03-03T15:00:00Z", "hunger-as-leverage", "A",
  "Hunger as leverage: the truce is now being negotiated at the crossings",
  "Omar Lahlou",
  """
For six weeks the Gaza truce had a rhythm: names on Friday, a stage on Saturday, buses at night. On Sunday the rhythm stopped, and the negotiation moved from the Red Cross vehicles to the aid crossings.
Israel's decision to halt all goods was announced as pressure on Hamas to accept Steve Witkoff's outline: a truce over Ramadan and Passover, half the hostages at the start, the rest only if a permanent ceasefire is agreed. That outline reverses the logic of the January text, in which the end of the war and the last hostages were to be negotiated together in a second stage that never started.
Hamas will not accept it easily. Its whole strategy rests on not giving up the hostages without an end to the war. Israel's government, for its part, rests on not ending the war while Hamas governs.
What the halt does is put a clock on the mediators. Stocks in Gaza will last weeks. Egypt and Qatar have condemned the move; the question is whether they can bring back something that both sides can call a second stage without using the words.
""",
  rs=[15, 16], note="Opinion; restates 093 and 094.")

r("SD", "2025-03-04T20:35:00Z", "cairo-summit-adopts-egypt-plan", "B",
  "Arab summit adopts Egypt's $53 billion plan to rebuild Gaza without moving its people",
  "Saraya Daily staff, Cairo",
  """
Arab leaders meeting in Cairo on Tuesday adopted Egypt's $53 billion plan to rebuild Gaza over five years without moving its population, offering an alternative to President Trump's proposal to take over the territory and resettle its people.
Under the plan, a committee of independent Palestinian technocrats would run Gaza for six months under the umbrella of the Palestinian Authority, while the Authority prepares to return, and Egypt and Jordan would train Palestinian police.
The plan also asks the UN Security Council to consider deploying an international force in Gaza and the West Bank to support security during the transition.
President Abdel Fattah al-Sisi told the summit the plan would allow reconstruction "while the Palestinians remain on their land", beginning with rubble clearance and temporary housing, and announced a reconstruction conference in Cairo. He said he was confident Trump could bring peace.
Hamas welcomed the plan and said it would not put forward candidates for the committee. The Palestinian president, Mahmoud Abbas, said he was ready to hold elections next year if conditions allowed.
""",
  ch=[(17, "reconstruction", "egypt", "proposal.new",
       "Arab leaders meeting in Cairo on Tuesday adopted Egypt's $53 billion plan to rebuild Gaza over five years without moving its population, offering an alternative to President Trump's proposal to take over the territory and resettle its people.",
       "Egypt refuses displacement, no plan -> Egypt's $53 billion, five-year plan to rebuild Gaza without moving its people, adopted by the Arab summit in Cairo"),
      (17, "governance", "egypt", "position.new",
       "Under the plan, a committee of independent Palestinian technocrats would run Gaza for six months under the umbrella of the Palestinian Authority, while the Authority prepares to return, and Egypt and Jordan would train Palestinian police.",
       "no Egyptian stance on governance -> a committee of independent technocrats to run Gaza for six months under the PA's umbrella, Palestinian police trained by Egypt and Jordan"),
      (17, "stabilisation-force", "egypt", "issue.new",
       "The plan also asks the UN Security Council to consider deploying an international force in Gaza and the West Bank to support security during the transition.",
       "no international force in the negotiation -> Egypt's plan asks the Security Council to consider an international force in Gaza and the West Bank")],
  note="Egypt's plan is labelled under reconstruction and governance (the vocabulary's rule) and brings the international force into the negotiation for the first time (uncertain: the record on the plan's exact force wording is thin; the text stays vague). Hamas's welcome and its not putting forward candidates are a reaction; Abbas has no id.")

r("MW", "2025-03-04T22:15:00Z", "israel-rejects-egypt-plan", "A",
  "Israel dismisses Arab plan for Gaza as 'rooted in outdated perspectives'",
  "Meridian Wire staff in Jerusalem and Cairo",
  """
JERUSALEM/CAIRO (Meridian) - Israel's foreign ministry on Tuesday rejected the Egyptian plan for Gaza's reconstruction adopted by Arab leaders in Cairo, saying it failed to address the realities after 7 October and relied on the Palestinian Authority and UNRWA.
The ministry said the plan ignored Hamas's continued rule and that Trump's idea offered Gazans "free choice". It did not say Israel would engage with Egypt on the plan.
Israel has ruled out a role for the Authority in Gaza. Aid deliveries into the Strip remain halted for a third day.
""",
  rs=[17, 16], note="Israel's rejection restates its seed stance on governance (no PA role) and its praise of the US proposal (a reaction, 038).")

r("CD", "2025-03-05T01:15:00Z", "white-house-egypt-plan-reality", "A",
  "White House says Arab plan 'does not address the reality' of Gaza",
  "Dan Whitcomb",
  """
The White House said on Tuesday that the Arab plan for rebuilding Gaza adopted in Cairo did not address the reality that the territory is uninhabitable, and that President Trump stood by his own vision of a Gaza "free from Hamas".
A National Security Council spokesman said residents could not "humanely live" in a territory covered in debris and unexploded ordnance. The $53 billion Egyptian plan would leave Gazans in place and have technocrats run the territory under the Palestinian Authority.
""",
  rs=[17, 5, 16], note="The US restates its take-over proposal (038) and answers Egypt's plan; 'free from Hamas' is the outlet's paraphrase of the US view and adds no governance proposal (uncertain: a US stance on governance may be read here; not labelled).")

r("KN", "2025-03-05T09:15:00Z", "egypt-plan-explained", "A",
  "Explained: Egypt's plan for Gaza, and how it differs from Trump's",
  "Knowable staff",
  """
Egypt's $53 billion plan, adopted by Arab leaders on Tuesday, would rebuild Gaza over five years with its people staying in place, the opposite of President Trump's idea of an American takeover and resettlement.
Who runs Gaza: a committee of technocrats for six months, under the Palestinian Authority's umbrella. Security: Palestinian police trained by Egypt and Jordan; the Security Council is asked to consider an international force.
What's missing: Hamas's weapons. The plan does not say what happens to them.
""",
  rs=[17], note="Explainer of 100.")

r("YD", "2025-03-05T11:05:00Z", "shin-bet-probe-findings", "D",
  "Shin Bet's own probe: warnings ignored, but the government's policy 'allowed Hamas to arm'",
  "Yarkon Daily defence desk",
  """
The Shin Bet security service published a summary of its inquiry into the 7 October attack on Tuesday, admitting it failed to give warning but also blaming a government policy of "quiet" that allowed Hamas to build up its forces and money from Qatar to reach its military wing.
Netanyahu's office said the report "does not answer the questions" and attacked the service's chief, Ronen Bar. The dispute deepens a rift between the prime minister and the agency whose chief helped negotiate the January agreement.
""",
  note="Israeli domestic politics; names Qatar and the agreement in passing.")

r("MW", "2025-03-05T15:05:00Z", "zamir-takes-command", "D",
  "Zamir takes command of Israel's army, calls 2025 'a year of war'",
  "Meridian Wire staff in Tel Aviv",
  """
TEL AVIV (Meridian) - Eyal Zamir took over as Israel's chief of staff on Wednesday, saying at a ceremony that "the mission is not complete" in Gaza and that the army would remain ready for a long fight.
Herzi Halevi, who resigned over the failures of 7 October, handed over command at the defence ministry in Tel Aviv. Netanyahu said Zamir would lead the army "to complete victory".
""",
  note="Israeli military appointment; rhetoric about the war aims.")

r("CD", "2025-03-05T20:35:00Z", "white-house-confirms-boehler-hamas-talks", "B",
  "White House confirms direct talks with Hamas; Trump issues 'last warning'",
  "Marcy Hollander",
  """
The White House confirmed on Wednesday that Adam Boehler, the president's envoy for hostage affairs, has held direct talks with Hamas in Doha, breaking with a long-standing US policy of not dealing with the group.
Press secretary Karoline Leavitt said Israel had been consulted and that talking to people around the world was in "the best interest of the American people". People familiar with the meetings said they focused on the release of Edan Alexander, the last living American hostage, and the remains of four other Americans, and touched on a wider deal.
Hours later, Trump posted what he called a "last warning" to Hamas's leaders, demanding the release of all the hostages "now, not later" and telling them it was "OVER" for them if they did not.
Israel's prime minister's office said it had "expressed its position" to the United States on the direct contacts. Hamas did not comment.
""",
  ch=[(18, "talks", "united-states", "meeting.new",
       "The White House confirmed on Wednesday that Adam Boehler, the president's envoy for hostage affairs, has held direct talks with Hamas in Doha, breaking with a long-standing US policy of not dealing with the group.",
       "the US is a guarantor of indirect talks (Qatar and Egypt carry papers) -> the US hostage envoy Adam Boehler has held direct talks with Hamas in Doha")],
  rs=[7], note="Trump's 'last warning' repeats the demand of 051 (all hostages, now) without a new deadline: restatement (uncertain). Israel's 'expressed its position' is a reaction.")

r("YD", "2025-03-06T07:05:00Z", "jerusalem-uneasy-us-hamas-channel", "A",
  "Jerusalem uneasy as Washington talks to Hamas behind its back",
  "Amit Doron",
  """
Israeli officials were caught off guard by the disclosure that the US hostage envoy had met Hamas representatives directly in Doha, and Ron Dermer raised the matter with Witkoff, two officials said on Thursday.
The White House says Israel was consulted. Israeli officials say they were told in general terms, not of the substance. One said the contacts risked giving Hamas "legitimacy and a way around us".
The American channel is focused on Edan Alexander, a soldier from New Jersey, and the bodies of four other US citizens. Families of Israeli hostages said they hoped any deal would include everyone. "We don't care who talks to whom, as long as they all come home," a relative said.
Aid into Gaza remains halted, and Israel has threatened further measures to force Hamas to accept the Witkoff outline.
""",
  rs=[18, 16, 15], note="Restates 104; Israeli officials' unease is a reaction. 'Further measures' is a threat without content.")

r("PR", "2025-03-06T16:05:00Z", "talking-to-hamas", "A",
  "Talking to Hamas: the taboo broke quietly, and for a narrow reason",
  "Judith Arnaud",
  """
For almost three decades American officials have talked to Hamas only through others. This week the White House confirmed that its hostage envoy had sat down with the group in Doha, and the taboo went with barely a shrug in Washington.
The reason is narrow. The United States wants Edan Alexander home, and the remains of four other Americans. An administration that prides itself on bringing its citizens back from Moscow and Caracas was never going to leave that to Israel's timetable.
The consequences could be broad. Hamas has wanted a direct line to Washington for years, on the theory that the Americans can deliver Israel in a way the Egyptians and Qataris cannot. Israel has feared exactly that. The president's "last warning" the same afternoon was a way of saying that nothing has changed, but something has.
With aid halted and the first stage over, the only active channel in the Gaza talks may now be the one nobody was supposed to open.
""",
  rs=[18, 16, 15], note="Opinion; restates 104.")

r("HP", "2025-03-06T18:05:00Z", "us-met-hamas-doha", "A",
  "US envoy met Hamas directly in Doha, White House says",
  "Halyard Press",
  """
A US envoy has held direct talks with Hamas in Doha, the White House confirmed, a break with Washington's policy of not engaging the group that designates it a terrorist organisation.
The talks focused on American hostages, people familiar with them said.
""",
  rs=[18])

r("HP", "2025-03-07T09:10:00Z", "us-ukraine-talks-saudi-next-week", "D",
  "US and Ukrainian officials to meet in Saudi Arabia next week",
  "Halyard Press",
  """
US and Ukrainian officials will meet in Saudi Arabia next week to discuss a framework for a ceasefire with Russia and the stalled minerals deal, the White House's envoy said on Thursday.
Witkoff said the aim was "a framework for a peace agreement and an initial ceasefire".
""",
  note="Other talks, same envoy; Russia–Ukraine.")

r("NS", "2025-03-07T12:10:00Z", "trump-letter-iran", "D",
  "Trump says he wrote to Iran's supreme leader seeking a nuclear deal",
  "Nutshell",
  """
President Trump said he had sent a letter to Iran's supreme leader, Ayatollah Ali Khamenei, proposing talks on a nuclear deal and warning that the alternative was military action.
Why it matters: Iran has refused direct talks under "maximum pressure".
""",
  note="Iran; other talks.")

r("TN", "2025-03-07T17:00:00Z", "week-seven", "A",
  "Truce Notes, week seven: no trucks, no second stage, a new channel",
  "Samir Haddad",
  """
This week in one line: the truce outlived its first stage, but only just.
Saturday night: the first stage ended and Israel adopted Witkoff's outline for a truce over Ramadan and Passover, half the hostages at once. Sunday: no aid since. Tuesday: the Arab summit backed Egypt's $53 billion plan - technocrats under the PA's umbrella, no displacement, the Security Council asked to weigh an international force. Wednesday: the White House confirmed that Adam Boehler had talked to Hamas directly in Doha, and Trump posted a "last warning".
The guns are mostly silent. Nobody is sure what holds them.
The number: 0 - trucks into Gaza since Sunday.
Quote of the week: "Six weeks of calm, and they take the bread first." - a teacher in Gaza City.
""",
  rs=[15, 16, 17, 18], note="Weekly recap of 093, 094, 100 and 104.")

r("MW", "2025-03-07T20:05:00Z", "houthis-four-day-deadline", "D",
  "Houthis threaten to resume attacks on Israeli shipping over Gaza aid halt",
  "Meridian Wire staff in Sanaa and Dubai",
  """
SANAA/DUBAI (Meridian) - The leader of Yemen's Houthis, Abdul-Malik al-Houthi, said on Friday that his group would resume attacks on Israeli ships if aid deliveries into Gaza did not restart within four days.
The Houthis halted their Red Sea attacks when the Gaza ceasefire took effect in January. Shipping companies said they would keep avoiding the route for now.
The United States redesignated the group as a foreign terrorist organisation earlier this week.
""",
  note="Yemen: a threat by a third party that names the aid halt but carries nothing about the negotiation.")

r("NS", "2025-03-08T10:15:00Z", "syria-coast-violence", "D",
  "Hundreds killed in clashes and reprisals on Syria's coast",
  "Nutshell",
  """
Fighting between Syria's new security forces and loyalists of Bashar al-Assad on the Mediterranean coast has killed hundreds of people since Thursday, among them many Alawite civilians, a monitoring group said.
What's next: President al-Sharaa has called for calm and promised to hold those responsible to account.
""",
  note="Syria.")
