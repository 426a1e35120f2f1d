from common import r

r("MW", "2025-01-19T15:10:00Z", "truce-takes-hold-three-women-freed", "B",
  "Gaza truce takes hold after three-hour delay; three Israeli women handed to Red Cross",
  "Meridian Wire staff in Jerusalem and Gaza",
  """
GAZA/JERUSALEM (Meridian) - A ceasefire between Israel and Hamas took effect in the Gaza Strip at 11:15 on Sunday, nearly three hours behind schedule, after Hamas supplied the names of the first hostages it would free.
Israel had held back the start of the truce, due at 08:30, until the list arrived, and its aircraft and artillery kept firing in the meantime; Gaza's civil defence said more than a dozen people were killed in the gap.
Romi Gonen, Emily Damari and Doron Steinbrecher were handed to the International Committee of the Red Cross in Gaza City on Sunday afternoon, the Israeli military said, the first hostages released under the agreement.
Crowds gathered around the Red Cross vehicles as masked gunmen lined the square. The three women were then driven across the border to a reception point where their mothers were waiting, the military said.
Israel is expected to release 90 Palestinian prisoners, women and minors, from Ofer prison in the occupied West Bank later on Sunday night.
"Today they come home. Thirty more are still on the list, and then everyone else," said a spokeswoman for the hostages' families' forum.
""",
  ch=[(1, "ceasefire", None, "status.changed",
       "A ceasefire between Israel and Hamas took effect in the Gaza Strip at 11:15 on Sunday, nearly three hours behind schedule, after Hamas supplied the names of the first hostages it would free.",
       "approved, due to take effect Sun 19 Jan at 08:30 -> in effect since 11:15 on Sun 19 Jan, nearly three hours late, after Hamas supplied the names"),
      (1, "exchange", None, "status.changed",
       "Romi Gonen, Emily Damari and Doron Steinbrecher were handed to the International Committee of the Red Cross in Gaza City on Sunday afternoon, the Israeli military said, the first hostages released under the agreement.",
       "first-stage exchange agreed, first three women due Sunday afternoon -> being carried out: Gonen, Damari and Steinbrecher handed to the ICRC in Gaza City on Sun 19 Jan")],
  note="The 90 prisoners due from Ofer are the seed's schedule. The civil defence toll is a casualty figure, not labelled.")

r("SL", "2025-01-19T16:05:00Z", "live-ceasefire-day-one", "A",
  "Live: Gaza ceasefire day one - three hostages out, crowds on the roads",
  "Shoreline Live team",
  """
Latest: Three Israeli women held in Gaza since October 2023 are back in Israel, the army says. The ceasefire has been in force since late morning.
17:55 Gaza - Army: Romi Gonen, Emily Damari and Doron Steinbrecher have crossed into Israel and are with their mothers. Medical checks under way.
17:20 Gaza - Video from al-Saraya square in Gaza City shows the Red Cross convoy inching through a dense crowd. Gunmen in green headbands hold back onlookers.
15:40 Gaza - Families of prisoners begin gathering near Ofer prison outside Ramallah. Their release is expected late tonight.
13:10 Gaza - Displaced families in Deir al-Balah start loading carts to head back towards Rafah and Khan Younis. Northern Gaza remains off limits for now.
11:20 Gaza - The truce is on, five minutes past the time the prime minister's office gave. Quiet reported on the border fence.
09:05 Gaza - Still no list of names from Hamas, Israel says. The army says operations continue.
""",
  rs=[1], note="Live entries of the day; all of it restates 001 and the seed (the north opens from day 7).")

r("YD", "2025-01-19T17:40:00Z", "three-women-home-sheba", "A",
  "\"Mum, I'm here\": three freed women reach Sheba after 471 days",
  "Noa Ben-Ami",
  """
Romi Gonen, Emily Damari and Doron Steinbrecher arrived at Sheba Medical Center on Sunday evening, hours after the ceasefire began, ending 471 days in Hamas captivity.
Footage released by the army showed the three women embracing their mothers at a reception point near the border. Damari, who was shot in the hand during the attack on Kfar Aza, raised a bandaged hand to the camera; doctors said all three could walk and talk and were in stable condition.
Outside the hospital, a few dozen people waited with flags and yellow ribbons. "We were told to expect the worst and prepare for the best," said a neighbour of the Steinbrecher family. "Tonight we can finally breathe."
Prime Minister Benjamin Netanyahu's office said the women had been "returned to the arms of the nation" and that Israel was committed to returning all the hostages. In Tel Aviv's Hostages Square, relatives of those still held read out names.
Under the deal, four more women are due out next Saturday.
""",
  rs=[1], note="Human story of the first release (001); the next release date is the seed's.")

r("HP", "2025-01-19T18:25:00Z", "three-hostages-back-in-israel", "A",
  "Truce begins in Gaza as first three hostages reach Israel",
  "Halyard Press",
  """
Three Israeli women freed by Hamas on the first day of the Gaza ceasefire were back in Israel on Sunday evening, after a truce that started almost three hours late.
The Israeli military said Romi Gonen, Emily Damari and Doron Steinbrecher were in good physical condition.
Palestinian prisoners are to be freed from Ofer prison overnight.
""",
  rs=[1])

r("SD", "2025-01-19T20:45:00Z", "walking-home-to-rafah", "A",
  "On the first day of the truce, Gazans walk home to streets they no longer recognise",
  "Saraya Daily correspondent, Khan Younis",
  """
For the first time in fifteen months, the sky over southern Gaza was quiet on Sunday afternoon, and thousands of families who had spent the war in tents near the sea began walking back to Rafah and Khan Younis.
Some pushed carts loaded with mattresses and water jerrycans; others stopped at the edge of what had been their neighbourhoods and sat down in the rubble. "I knew the house was gone. I did not know the street was gone too," said a man in his sixties from the Tal al-Sultan area.
The ceasefire came into force late in the morning, almost three hours after the time set, and Israeli strikes in the final hours killed more than a dozen people, the civil defence said. In Gaza City, Hamas fighters appeared in the streets for the first time in months as three Israeli women were handed to the Red Cross.
Aid agencies said the first trucks under the agreement had entered through Kerem Shalom and that the number would rise in the coming days. The road north across the Netzarim corridor stays closed until next Sunday, the seventh day.
""",
  rs=[1], note="Colour; truce start and first releases are 001; the north opening on day 7 is the seed.")

r("MW", "2025-01-20T00:05:00Z", "ninety-prisoners-leave-ofer", "A",
  "Israel frees 90 Palestinian prisoners as first exchange of Gaza deal completed",
  "Meridian Wire staff in Ramallah",
  """
RAMALLAH (Meridian) - Israel released 90 Palestinian prisoners from Ofer prison shortly after midnight on Monday, completing the first exchange of the Gaza ceasefire agreement hours after Hamas freed three Israeli women.
The prisoners, 69 women and 21 teenage boys according to the Palestinian prisoners' commission, were driven out in Red Cross buses to Beitunia, where a crowd waving Palestinian and Hamas flags surrounded the vehicles. Among them was Khalida Jarrar, a leftist lawmaker held without charge since late 2023.
Israeli police had warned families against public celebrations and fired tear gas near the prison gate earlier in the evening.
The next exchange is due on Saturday, when Hamas is to free four more hostages and Israel a larger group of prisoners. Over the 42 days of the first stage, 33 hostages are to be exchanged for about 1,900 Palestinians.
""",
  rs=[1], note="The 90 prisoners belong to the first exchange already carried out (001) and were scheduled in the seed.")

r("YD", "2025-01-20T06:30:00Z", "ben-gvir-party-quits", "D",
  "Ben-Gvir's party quits the government over the Gaza deal, coalition keeps its majority",
  "Yarkon Daily political desk",
  """
National Security Minister Itamar Ben-Gvir and the two other ministers of his Jewish Power party submitted their resignations on Sunday, carrying out their threat to leave the government once the Gaza ceasefire took effect.
The party said it would not topple the coalition from outside and would return if the war resumed. Without its six seats, Netanyahu's majority shrinks to 62 of the Knesset's 120.
Finance Minister Bezalel Smotrich stayed, saying he had received the commitments he asked for.
""",
  note="Israeli domestic politics; Ben-Gvir's departure and Smotrich's conditions are in the seed. Not a change of the negotiation.")

r("NS", "2025-01-21T13:30:00Z", "taliban-free-two-americans", "D",
  "Taliban free two Americans in swap for Afghan held in US",
  "Nutshell",
  """
The Taliban released two Americans on Tuesday in exchange for an Afghan convicted in the United States, in a deal mediated by Qatar and agreed in the last days of the Biden administration.
Qatar's foreign ministry said the men had been flown to Doha. Why it matters: it is the first prisoner deal between Washington and the Taliban since 2022.
""",
  note="Another prisoner swap mediated by Qatar.")

r("CD", "2025-01-20T21:30:00Z", "trump-not-confident-truce", "A",
  "On day one, Trump says he is 'not confident' the Gaza truce will hold",
  "Marcy Hollander",
  """
President Trump, signing executive orders in the Oval Office hours after his inauguration, said he was "not confident" that the ceasefire in Gaza would last, calling the conflict "not our war" while claiming credit for the agreement.
Asked whether the truce could move to its second stage, Trump repeated that it was "their war" and said he had doubts. He said Hamas had been "very weakened" and that the deal would not have happened without his election.
The agreement, which took effect on Sunday, saw three Israeli women released the same afternoon and 90 Palestinian prisoners overnight. Steve Witkoff, the president's envoy, is expected to stay closely involved: talks on a second stage are due to begin no later than Feb. 3.
Aides said the administration would also look at reversing Biden-era limits on some arms deliveries to Israel. A senior official who briefed reporters declined to say whether Witkoff would travel to the region this month.
Outside the White House, a small group of relatives of American hostages held photographs of their sons.
""",
  rs=[1], note="Trump's doubt is rhetoric, not a stance on any issue; the rest restates 001 and the seed.")

r("NS", "2025-01-21T10:20:00Z", "jenin-operation-iron-wall", "D",
  "Israel launches large West Bank operation in Jenin",
  "Nutshell",
  """
Israel's army began a large operation in the Jenin refugee camp on Tuesday, with air strikes and armoured bulldozers, two days into the Gaza truce.
The Palestinian health ministry reported several dead. What's next: Israeli officials say the operation, named Iron Wall, will last days or longer.
""",
  note="West Bank battlefield news; shares 'Israel', 'truce'.")

r("MW", "2025-01-21T17:00:00Z", "idf-chief-halevi-resigns", "D",
  "Israel's military chief Halevi resigns over October 7 failures",
  "Meridian Wire staff in Tel Aviv",
  """
TEL AVIV (Meridian) - Israel's chief of staff, Lieutenant General Herzi Halevi, announced his resignation on Tuesday, taking responsibility for the military's failure to stop the Hamas attack of 7 October 2023.
In a letter to Defence Minister Israel Katz, Halevi said he would leave on March 6 and would complete the army's internal investigations into the attack before then. The head of the Southern Command also said he would step down.
Halevi had said for months that he would go once the fighting allowed. The letter noted that "not all the war's goals have been achieved" and that the army would keep working to return the hostages.
Katz and Netanyahu thanked him in brief statements. Opposition leader Yair Lapid said the prime minister should follow him, and renewed his call for a state commission of inquiry, which the government has refused to set up.
Candidates to succeed Halevi include a former deputy chief of staff and the director-general of the defence ministry.
""",
  note="Israeli military and domestic politics; mentions the hostages in passing.")

r("HP", "2025-01-22T08:15:00Z", "houthis-free-galaxy-leader-crew", "D",
  "Yemen's Houthis free crew of seized ship Galaxy Leader",
  "Halyard Press",
  """
Yemen's Houthis freed the 25 crew members of the cargo ship Galaxy Leader on Wednesday, more than a year after seizing it in the Red Sea, and handed them to Oman.
The group said the release was linked to the Gaza ceasefire; the crew come from Bulgaria, Ukraine, the Philippines, Mexico and Romania.
""",
  note="Other hostages, Yemen; links itself to the truce but carries nothing about it.")

r("PR", "2025-01-22T15:00:00Z", "forty-two-days", "A",
  "Forty-two days to find a second stage",
  "Judith Arnaud",
  """
The ceasefire that began on Sunday is built like a bridge with only one span finished. The first stage is detailed to the hour: 33 hostages, about 1,900 prisoners, a buffer zone, six hundred trucks a day, a date for the displaced to go north. The second stage is a promise to talk, by the sixteenth day, about the hard things.
Those hard things have not changed since the spring. Hamas wants a permanent end to the war and a complete Israeli withdrawal; Netanyahu's government wants Hamas gone as a military and governing force and keeps the right to resume fighting. His finance minister stayed in the cabinet on exactly that promise.
What has changed is the American side of the table. The new president wanted the deal signed before he took office and got it; whether he wants the second stage as much is unclear. His envoy worked on the text; his public comments since Monday suggest a man more interested in the result than the mechanics.
Sunday's scenes in Gaza City, with armed men surrounding the Red Cross cars, were meant for Israeli eyes as much as Palestinian ones. They were a reminder that Hamas still runs the streets.
The risk is not that the first stage collapses. It is that it ends on day 42 with nothing to follow.
""",
  rs=[1], note="Opinion; restates the seed and 001.")

r("TN", "2025-01-24T16:00:00Z", "week-one", "A",
  "Truce Notes, week one: three out, four next",
  "Samir Haddad",
  """
This week in one line: the truce held, barely noticed by a Washington busy with its own first week.
The ceasefire started late on Sunday, at 11:15 instead of 08:30, because the list of names came late. Romi Gonen, Emily Damari and Doron Steinbrecher were freed that afternoon; 90 women and teenagers left Ofer that night.
Tomorrow, Saturday, four more women are due, with a larger group of prisoners. Next Sunday, the seventh day, the displaced are meant to start crossing north over the Netzarim corridor.
Meanwhile: Israel moved into Jenin in force, and the army chief announced he will leave in March.
The number: 630 trucks entered Gaza on the first day, the UN said, slightly above the daily figure in the deal.
Quote of the week: "I counted the days until I stopped counting." - a woman in Deir al-Balah.
""",
  rs=[1], note="Weekly recap of 001; 630 trucks on one day is a daily figure against the seed's 600 target, not a change of the agreed number.")
