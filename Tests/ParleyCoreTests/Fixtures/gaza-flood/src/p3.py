from common import r

r("YD", "2025-02-02T07:10:00Z", "zamir-named-chief-of-staff", "D",
  "Katz names Eyal Zamir as next chief of staff",
  "Yarkon Daily defence desk",
  """
Defence Minister Israel Katz has chosen Eyal Zamir, director-general of the defence ministry and a former deputy chief of staff, to succeed Herzi Halevi at the head of the army when Halevi leaves in March.
Zamir, 59, was Netanyahu's military secretary. Katz said he would "complete the defeat of Hamas" and bring the hostages home. The appointment needs cabinet approval, expected within weeks.
""",
  note="Israeli military appointment; 'defeat of Hamas' and 'hostages' are a minister's words about the war aims (seed).")

r("CD", "2025-02-03T15:30:00Z", "netanyahu-witkoff-blair-house", "A",
  "Netanyahu sees Witkoff as the date for Gaza's second-stage talks arrives",
  "Dan Whitcomb",
  """
Prime Minister Benjamin Netanyahu met President Trump's Middle East envoy, Steve Witkoff, at Blair House on Monday, the day by which the Gaza ceasefire agreement says talks on its second stage should begin.
Neither side described the meeting as a negotiating session. Israeli officials said it was about the "framework" of what comes next; Hamas, whose negotiators are in Doha and Cairo, was not part of it. A person familiar with the conversation said Witkoff pressed for the first stage to be completed in full.
The second stage is supposed to bring the release of all living hostages and an end to the war, which Netanyahu's coalition partners oppose. The prime minister, who meets Trump at the White House on Tuesday, has said Israel will not end the war before Hamas is destroyed.
Eighteen hostages have been freed since the truce began on Jan. 19, along with hundreds of Palestinian prisoners. Witkoff told reporters last week that he hoped the talks would "move forward".
Netanyahu is the first foreign leader to visit the White House in Trump's second term.
""",
  rs=[1, 3], note="A meeting between Israel's prime minister and the US envoy is a visit, not a round of the Gaza negotiation; the second stage's terms and the date are the seed. Eighteen freed is a count of releases carried out as scheduled.")

r("YD", "2025-02-04T09:30:00Z", "dermer-to-lead-phase-two", "B",
  "Netanyahu hands the hostage talks to Dermer; Barnea sidelined for phase two",
  "Amit Doron",
  """
Prime Minister Benjamin Netanyahu has appointed Strategic Affairs Minister Ron Dermer to lead Israel's negotiations on the second stage of the Gaza deal, taking the file from Mossad chief David Barnea, his office said on Tuesday.
Dermer, Netanyahu's closest adviser and a former ambassador to Washington, is in the capital with the prime minister and is expected to hold the first contacts with Steve Witkoff. Barnea and Shin Bet chief Ronen Bar, who led the team that reached the first-stage agreement, will continue to handle its implementation, officials said.
Families of hostages said they feared the change was meant to slow the talks. "The people who brought 18 hostages home are being pushed aside," said the relative of a man held in Gaza. Netanyahu's office said the second stage was "a political question" and belonged with a minister.
Israel will also send a working-level delegation to Doha at the end of the week to discuss technical issues of the first stage, the office said.
""",
  ch=[(4, "talks", "israel", "participant.changed",
       "Prime Minister Benjamin Netanyahu has appointed Strategic Affairs Minister Ron Dermer to lead Israel's negotiations on the second stage of the Gaza deal, taking the file from Mossad chief David Barnea, his office said on Tuesday.",
       "Israel's delegation led by Mossad chief David Barnea -> Ron Dermer leads the second-stage negotiations; Barnea and Bar keep the first stage's implementation")],
  note="The working-level trip to Doha 'at the end of the week' is a plan without a round held; not labelled as meeting.new (uncertain call).")

r("HP", "2025-02-04T12:40:00Z", "dermer-replaces-barnea", "A",
  "Israel puts Dermer in charge of Gaza phase-two talks",
  "Halyard Press",
  """
Israel's prime minister has named his close aide Ron Dermer to lead negotiations on the second stage of the Gaza ceasefire, replacing the Mossad chief at the head of the team.
Relatives of hostages said they feared the change would slow the talks.
""",
  rs=[4])

r("NS", "2025-02-04T19:40:00Z", "maximum-pressure-iran", "D",
  "Trump restores 'maximum pressure' on Iran",
  "Nutshell",
  """
President Trump signed a memorandum on Tuesday restoring a campaign of "maximum pressure" on Iran, aiming to drive its oil exports towards zero, while saying he would like a deal with Tehran.
What's next: Netanyahu, at the White House the same day, is expected to raise Iran's nuclear programme.
""",
  note="Iran; names Netanyahu and the White House.")

r("CD", "2025-02-05T00:50:00Z", "trump-us-take-over-gaza", "B",
  "Trump says the US will 'take over' Gaza and resettle its people elsewhere",
  "Marcy Hollander and Dan Whitcomb",
  """
President Trump said on Tuesday that the United States would take over the Gaza Strip, clear its ruins and rebuild it, after its Palestinian population was resettled in other countries, a proposal that stunned diplomats and was immediately rejected across the Arab world.
"The U.S. will take over the Gaza Strip," Trump said at a news conference with Prime Minister Benjamin Netanyahu at the White House, adding that America would "own it" and turn it into "the Riviera of the Middle East". He did not rule out sending US troops and said he saw a "long-term ownership position".
Trump suggested that Gaza's roughly two million residents could live in "beautiful" new communities in Egypt, Jordan or elsewhere, and said leaders in the region had told him they liked the idea. Both countries have said they will not accept Palestinians displaced from Gaza.
Netanyahu said the idea was "worth paying attention to" and could "change history". Asked about the ceasefire, Trump said he hoped it would hold but gave "no guarantees".
Israel has named Ron Dermer to lead talks on the ceasefire's second stage, which Witkoff is to discuss with mediators this week.
""",
  ch=[(5, "reconstruction", "united-states", "proposal.new",
       "President Trump said on Tuesday that the United States would take over the Gaza Strip, clear its ruins and rebuild it, after its Palestinian population was resettled in other countries, a proposal that stunned diplomats and was immediately rejected across the Arab world.",
       "no US stance on reconstruction or the population -> the US to take over and own Gaza, clear and rebuild it, with its Palestinians resettled in other countries")],
  rs=[4], note="Egypt's and Jordan's refusal of displacement is the seed. Netanyahu's praise is a reaction, not a proposal of his own. Dermer restates 036.")

r("SL", "2025-02-05T06:15:00Z", "live-reactions-take-over", "A",
  "Live: the world reacts to Trump's Gaza take-over idea",
  "Shoreline Live team",
  """
Latest: Saudi Arabia says it rejects any attempt to displace Palestinians from their land and will not establish ties with Israel without a Palestinian state. Statement issued overnight, minutes after Trump spoke.
07:50 Gaza - Hamas official Sami Abu Zuhri calls the idea "ridiculous and absurd" and says it could "ignite the region".
07:30 Gaza - In Deir al-Balah, a man tells our reporter: "We did not walk back north to be sent to Egypt."
06:40 Gaza - Palestinian president Mahmoud Abbas: Palestinians will not give up their land.
05:20 Gaza - Recap: at the White House Trump said the US would "take over" the Strip and rebuild it once its people are moved out. Netanyahu, beside him, called it worth attention.
""",
  rs=[5], note="Reactions of parties already opposed to displacement (Hamas's 'the future of Gaza is for Palestinians alone', seed) and of actors without an id (Saudi Arabia, Abbas); not labelled.")

r("SD", "2025-02-05T10:20:00Z", "arab-capitals-reject-take-over", "A",
  "Cairo, Amman and Riyadh reject Trump's plan to empty Gaza",
  "Saraya Daily staff",
  """
Arab governments on Wednesday rejected President Trump's proposal for the United States to take control of the Gaza Strip and move its population to neighbouring states, in some of the sharpest public language used towards Washington in years.
Egypt's foreign ministry said reconstruction should go ahead "without the Palestinians leaving the Gaza Strip", and repeated that Cairo would not take part in any displacement. Jordan's King Abdullah, who is due at the White House next week, said he rejected "any attempts to annex land and displace Palestinians".
Saudi Arabia issued its statement before dawn, saying its position on a Palestinian state was "firm and unwavering". The Arab League called the idea a recipe for chaos.
In Gaza, where hundreds of thousands of people returned to the ruins of the north last week, residents said they would not leave. Hamas said the plan was "a recipe for creating chaos and tension in the region" and called for an emergency Arab summit.
The ceasefire continues to hold; the next exchange of hostages and prisoners is due on Saturday.
""",
  rs=[5], note="Egypt's 'no displacement' restates the seed (reconstruction/egypt); the call for reconstruction without leaving Gaza names no plan. Jordan and Saudi Arabia have no id. Hamas's call for a summit is an appeal, not labelled.")

r("MW", "2025-02-05T13:45:00Z", "white-house-says-relocation-temporary", "A",
  "White House says Gazans' relocation would be 'temporary' as allies recoil",
  "Meridian Wire staff in Washington and Jerusalem",
  """
WASHINGTON/JERUSALEM (Meridian) - The White House said on Wednesday that any relocation of Gaza's population under President Trump's plan to take over the territory would be temporary, as allies and Arab governments rejected the idea.
Press secretary Karoline Leavitt said the president had not committed to sending troops and that the United States would not pay for rebuilding; Secretary of State Marco Rubio called the offer "generous" and said people would have to live somewhere while the rubble was cleared.
Britain, France and Germany said Gaza belonged to the Palestinians. In Israel, Smotrich praised the plan; opposition leader Yair Lapid said it should be studied with care.
The ceasefire agreement signed in January foresees reconstruction in its third stage. Talks on the second stage, which Israel's Ron Dermer is to lead, have not yet formally begun.
""",
  rs=[5, 4], note="Walk-back in wording ('temporary') of the same US proposal (038): not a new position. European reactions have no id.")

r("KN", "2025-02-06T09:00:00Z", "what-take-over-means", "A",
  "Explained: what Trump's 'take over' idea means for the Gaza ceasefire",
  "Knowable staff",
  """
President Trump's plan for the United States to take over Gaza and resettle its people elsewhere sits outside the ceasefire agreement signed in January, which says nothing about moving anyone.
What the agreement does say: a first stage of 42 days in which 33 hostages are exchanged for about 1,900 Palestinian prisoners, Israeli forces pull back to a buffer zone and 600 trucks of aid enter each day; a second stage, still to be negotiated, meant to free the remaining living hostages and end the war; a third for the last bodies and for reconstruction.
Who has said what: Egypt and Jordan refuse to take in Gazans. Hamas says Gaza's future is for Palestinians. Israel's government likes the plan.
What's next: the next exchange is on Saturday; Israel's new negotiator, Ron Dermer, is expected to meet mediators.
""",
  rs=[5, 4], note="Explainer; the Israeli government's liking of the plan is a reaction (see 038), not labelled.")

r("CD", "2025-02-06T20:10:00Z", "trump-sanctions-icc", "D",
  "Trump orders sanctions on International Criminal Court over Netanyahu warrant",
  "Dan Whitcomb",
  """
President Trump signed an executive order on Thursday imposing sanctions on the International Criminal Court, accusing it of "illegitimate and baseless actions" against the United States and Israel, including its arrest warrant for Prime Minister Benjamin Netanyahu.
Netanyahu, who ended his Washington visit on Thursday, thanked the president. The warrants, issued in November, concern the conduct of the war in Gaza, including the restriction of aid.
""",
  note="Sanctions on the ICC over the Gaza war; not about the negotiation.")

r("PR", "2025-02-07T14:20:00Z", "riviera-and-reality", "A",
  "The Riviera and the rubble: Trump's Gaza plan is a negotiating position, not a policy",
  "Judith Arnaud",
  """
It is tempting to treat the president's proposal to take over Gaza as a real plan, and to pick at it: the cost, the troops, the law. It is better understood as a move in a negotiation, and a costly one.
The plan has already done three things. It has given Netanyahu's right flank a reason to stay in government through a ceasefire they hate: Smotrich praised it within hours. It has united Egypt, Jordan and Saudi Arabia against Washington on a question where they had been divided. And it has handed Hamas its best argument in months, that the truce is a trap to empty the Strip.
What it has not done is change the text that governs the next month. The first stage runs to early March. The second stage still has to be negotiated, now by Ron Dermer rather than the Mossad chief, and still asks Israel to accept an end to the war. Nothing in Trump's remarks makes that easier.
The Arab states will now have to answer with something better than a statement. If they come up with their own plan for Gaza's reconstruction, the president's provocation will have served a purpose.
""",
  rs=[5, 4], note="Opinion; the hope for an Arab plan is the writer's, no party proposes anything.")

r("TN", "2025-02-07T16:00:00Z", "week-three", "A",
  "Truce Notes, week three: a new negotiator and a very large idea",
  "Samir Haddad",
  """
This week in one line: the second stage was supposed to start; instead the conversation moved to who owns Gaza.
Netanyahu gave the phase-two file to Ron Dermer, taking it from the Mossad's David Barnea. Then, standing next to him, Trump said the United States would "take over" the Strip and move its people out. Arab capitals said no within hours; the White House said the move would be temporary.
Tomorrow the fourth Saturday exchange is due: three more men.
The number: 1,900 - the prisoners Israel is to free over the first stage. About 580 have been released so far.
Quote of the week: "We did not walk back north to be sent to Egypt." - a man in Deir al-Balah.
""",
  rs=[4, 5], note="Weekly recap of 036 and 038; the running total of prisoners is a count of scheduled releases.")

r("MW", "2025-02-08T10:25:00Z", "sharabi-ben-ami-levy-freed", "A",
  "Three gaunt Israeli men freed as Israel releases 183 prisoners",
  "Meridian Wire staff in Gaza and Jerusalem",
  """
DEIR AL-BALAH/JERUSALEM (Meridian) - Hamas freed three Israeli men on Saturday in the fifth exchange of the ceasefire, and their thin, pale appearance on a stage in Deir al-Balah drew anger in Israel.
Eli Sharabi, Ohad Ben Ami and Or Levy were made to speak into microphones before being handed to the Red Cross. Israel was releasing 183 Palestinian prisoners, 18 of them serving life terms, in return.
President Isaac Herzog said the scenes showed "the crimes against humanity" committed by Hamas. Netanyahu's office said Israel would not let the images pass without a response, without saying what it meant.
Sharabi learned only after his release that his wife and two teenage daughters were killed on 7 October, his family said.
The exchange followed the schedule of the agreement, and the Red Cross said the handover had been "more orderly" than the one in Khan Younis.
""",
  rs=[1], note="A scheduled Saturday exchange; Netanyahu's 'response' is rhetoric.")

r("YD", "2025-02-08T18:40:00Z", "images-from-deir-al-balah", "A",
  "The images from Deir al-Balah: a country sees what captivity did",
  "Noa Ben-Ami",
  """
The photographs of Eli Sharabi, Ohad Ben Ami and Or Levy standing on a stage in Deir al-Balah on Saturday morning went round Israel in minutes, and for many they changed the mood of the truce.
The three men, freed in the weekly exchange, had lost a great deal of weight. Doctors at Ichilov and Sheba said they were suffering from severe malnutrition and would need weeks of care. Comparisons with the photographs of concentration camp survivors were made on television and by politicians of the right and the left.
"If this is what they look like, what about the ones who are still there?" asked the sister of a man held since the attack on the Nova festival. Relatives said the images showed why the second stage had to be agreed quickly.
Or Levy's wife was killed at the festival. His two-year-old son, Almog, is waiting for him at his grandparents' home.
Netanyahu, returning from Washington, said Israel would "not ignore" what it had seen.
""",
  rs=[1], note="Colour on the scheduled release; families' calls are opinions of actors without an id.")

r("SD", "2025-02-09T11:00:00Z", "lebanon-government-formed", "D",
  "Lebanon gets a government after two years of caretaker rule",
  "Saraya Daily staff, Beirut",
  """
Lebanon's prime minister Nawaf Salam announced a government of 24 ministers on Saturday, the first full cabinet since 2022, after weeks of haggling over posts with Hezbollah and its ally Amal.
Salam said the government would work to extend state authority over all Lebanese territory and to rebuild the areas destroyed in last year's war with Israel, and called on Israel to complete its withdrawal from the south by the new deadline of 18 February.
""",
  note="Lebanon: another truce's deadline, 'withdrawal', 'rebuild'.")

r("SD", "2025-02-10T14:40:00Z", "abu-obeida-postpones-release", "B",
  "Hamas postpones Saturday's hostage release \"until further notice\", citing Israeli breaches",
  "Saraya Daily staff",
  """
Hamas's armed wing said on Monday it was postponing the release of Israeli hostages due on Saturday until further notice, accusing Israel of failing to meet its obligations under the ceasefire agreement.
Abu Obeida, the spokesman of the Qassam Brigades, listed the delays to the return of the displaced to the north, Israeli fire that has killed Palestinians since the truce began, and the blocking of tents, shelters and heavy machinery meant to enter Gaza under the deal.
The release would go ahead only "when the occupation commits" to the agreement and compensates for the past weeks, he said in a statement on Telegram. The group insisted it had itself met every commitment on time.
Israeli officials said Hamas's move was "a complete violation" of the ceasefire. Egyptian and Qatari mediators were in contact with both sides, an Egyptian source said.
Since 19 January, Hamas has freed 16 Israeli hostages and five Thai workers, and Israel more than 750 prisoners.
""",
  ch=[(6, "exchange", "hamas", "status.changed",
       "Hamas's armed wing said on Monday it was postponing the release of Israeli hostages due on Saturday until further notice, accusing Israel of failing to meet its obligations under the ceasefire agreement.",
       "weekly releases carried out as scheduled -> Hamas postpones the release due Sat 15 Feb until further notice, citing Israeli violations")],
  note="Israel's 'complete violation' is a reaction. Counts of releases so far restate the scheduled exchanges.")

r("SL", "2025-02-10T16:35:00Z", "live-release-postponed", "A",
  "Live: Hamas halts next release; Katz puts army on highest alert",
  "Shoreline Live team",
  """
Latest: Defence Minister Israel Katz says he has instructed the army to prepare for "any scenario" in Gaza after Hamas said it would not free the hostages due on Saturday.
18:20 Gaza - Hostages' families' forum asks the mediators to "restore the agreement" and says the people still held have no time.
17:50 Gaza - A Hamas official tells us the door is "open" if Israel fulfils its obligations; he would not say whether Saturday's names had been sent.
17:10 Gaza - In Tel Aviv, several hundred people gather in Hostages Square.
16:55 Gaza - Israeli officials say the army has been told to be ready to defend communities near the border.
16:40 Gaza - Reminder: the Qassam Brigades announced earlier they were postponing the next release until further notice.
""",
  rs=[6], note="Restates 049; Katz's instruction is readiness, not an operation or a stance change.")

r("CD", "2025-02-10T21:55:00Z", "trump-saturday-noon-ultimatum", "C",
  "Trump: free every hostage by Saturday noon or the ceasefire should be cancelled",
  "Marcy Hollander",
  """
President Trump said on Monday that if Hamas did not release all of the hostages held in Gaza by noon on Saturday, the ceasefire should be cancelled and "all bets are off".
Speaking in the Oval Office hours after Hamas said it was putting off the next release, Trump said he would propose cancelling the truce if "all of the hostages" were not back by 12 o'clock on Saturday, and warned that otherwise "hell is going to break out". He said the decision would ultimately be Israel's.
He also said Palestinians relocated under his Gaza plan would have no right of return, going further than his aides did last week.
Under the agreement, Hamas still has to free 17 more hostages in the first stage, several of them dead, and the rest in a second stage that has not been negotiated. Officials at the State Department declined to say whether Witkoff had been in touch with the mediators.
Jordan's King Abdullah visits the White House on Tuesday.
""",
  ch=[(7, "exchange", "united-states", "position.new",
       "President Trump said on Monday that if Hamas did not release all of the hostages held in Gaza by noon on Saturday, the ceasefire should be cancelled and \"all bets are off\".",
       "no US stance on the exchange -> Trump demands the release of all the hostages by Sat 15 Feb at 12:00, otherwise the ceasefire should be cancelled")],
  rs=[6], note="A demand to free all hostages by a date with no truce offered is exchange (vocabulary). 'No right of return' sharpens the same take-over proposal (038); uncertain, labelled as a restatement of reconstruction/united-states.")

r("HP", "2025-02-10T23:10:00Z", "trump-all-hostages-by-saturday", "A",
  "Trump tells Hamas: release all hostages by Saturday or \"all hell\" breaks loose",
  "Halyard Press",
  """
President Trump said on Monday the Gaza ceasefire should be called off if Hamas does not free all remaining hostages by noon on Saturday, hours after the group postponed its next release.
Israel's security cabinet is to meet on Tuesday.
""",
  rs=[6, 7], note="Headline stronger than the facts ('all hell').")

r("YD", "2025-02-11T07:50:00Z", "cabinet-meets-families-plead", "A",
  "Security cabinet meets as families beg: do not let the deal collapse",
  "Amit Doron",
  """
Israel's security cabinet was to meet on Tuesday morning to discuss Hamas's decision to postpone Saturday's release of hostages, with ministers divided on how to respond to President Trump's call for all of the hostages to be freed by noon on Saturday.
Ministers from the right urged the prime minister to adopt Trump's deadline in full and resume fighting if it is not met. Officials involved in the talks warned that demanding all the hostages at once would mean abandoning a first stage that still has to return 17 people, and possibly the agreement itself.
The families' forum said on Monday night that the deal "must be saved" and that the hostages freed on Saturday showed "we do not have the privilege of waiting". Protesters blocked the Ayalon highway for an hour.
Hamas said Trump's remarks had "no value" and that the only way to get the hostages back was through the agreement.
""",
  rs=[6, 7], note="Debate inside Israel's cabinet, without a decision: not labelled. Hamas's 'no value' reaction leaves its stance (postponed, 049) where it was.")

r("MW", "2025-02-11T19:40:00Z", "abdullah-at-white-house", "A",
  "Jordan's king offers to take 2,000 sick Gazan children as Trump presses his plan",
  "Meridian Wire staff in Washington",
  """
WASHINGTON (Meridian) - Jordan's King Abdullah told President Trump on Tuesday that his country would take in 2,000 sick children from Gaza, but avoided endorsing the president's plan to move Gaza's population and have the United States take over the territory.
Sitting beside the king in the Oval Office, Trump repeated that the United States would "take" Gaza and that its people would live "beautifully" elsewhere. Asked by reporters, Abdullah said Arab states would respond to the plan together and that the best course was to wait for their position.
Trump also repeated that if all the hostages were not freed by noon on Saturday, he would favour ending the ceasefire.
After the meeting Abdullah wrote that he had reaffirmed Jordan's "steadfast position against the displacement of Palestinians in Gaza and the West Bank". The children would be treated in Jordan and return home afterwards, officials in Amman said.
""",
  rs=[5, 7], note="Restates 038 and 051. Jordan has no id. Abdullah's 'Arab states will respond together' announces no plan and no content (uncertain; contrast 100).")

r("CD", "2025-02-12T15:15:00Z", "fogel-freed-witkoff", "D",
  "Witkoff flies Marc Fogel home from Moscow in prisoner deal",
  "Dan Whitcomb",
  """
Steve Witkoff, President Trump's special envoy, brought the American teacher Marc Fogel home from Russia on Tuesday night after more than three years in prison, in what the White House called a gesture of good faith by Moscow.
Fogel, arrested in 2021 for carrying medical marijuana, was met at the White House by the president. Officials later said Washington would release a Russian held in the United States in return.
The release came as Trump prepares contacts with Vladimir Putin on ending the war in Ukraine.
""",
  note="Another prisoner release, same envoy; a Russia–US story.")

r("PR", "2025-02-12T16:20:00Z", "saturday-noon", "A",
  "Saturday noon: an ultimatum that the agreement cannot meet",
  "Omar Lahlou",
  """
There are two deadlines now for Saturday. One is in the agreement: three hostages, in the weekly exchange, the next rung of a ladder that has held for four weeks. The other is the president's: every hostage, at noon, or the deal is off.
The second cannot be met. Hamas does not have all the living hostages in one place, may not know where some of the dead are, and has built its whole strategy on releasing them in stages in return for an end to the war. Asking for everything at once is asking it to give up the one thing it negotiates with.
Hamas's decision on Monday to postpone the release was a gamble that Israel would give way on tents and machinery. It may yet work: the mediators in Cairo and Doha are already talking about both. The president's ultimatum makes that harder, because it raises the cost for Israel of settling for three.
Israel's government is caught between a friend whose words it cannot ignore and a text it signed. The best outcome this week would be the dull one: three men crossing on Saturday morning.
""",
  rs=[6, 7], note="Opinion; the mediators' talks on tents and machinery are described without a proposal or outcome.")

r("SD", "2025-02-13T17:45:00Z", "hamas-will-release-as-scheduled", "B",
  "Hamas says Saturday's release will go ahead after Egyptian and Qatari mediation",
  "Saraya Daily staff",
  """
Hamas said on Thursday that it would release the hostages due on Saturday according to the agreed timetable, after Egyptian and Qatari mediators promised to remove the obstacles it had complained of.
The group said its delegation in Cairo had held "positive" talks with Egyptian officials and contact with Qatar, and that the mediators had affirmed they would ensure that shelters, tents, fuel and heavy machinery enter Gaza. "We will continue to implement the agreement," the statement said.
An Egyptian official said trucks carrying mobile homes were waiting on the Egyptian side at Rafah. Qatar's foreign ministry said it hoped both sides would keep to their commitments.
Israel did not comment directly but officials said they expected three living hostages to be freed on Saturday, as the agreement sets out.
""",
  ch=[(8, "exchange", "hamas", "position.changed",
       "Hamas said on Thursday that it would release the hostages due on Saturday according to the agreed timetable, after Egyptian and Qatari mediators promised to remove the obstacles it had complained of.",
       "Hamas postpones the Saturday release until further notice -> will go ahead with the release of Sat 15 Feb per the timetable after the mediators' promises")],
  note="The mediators' assurances on shelters and machinery are aid commitments reported by Hamas, not a change of the aid figure the model holds (uncertain); mobile homes waiting are colour.")

r("HP", "2025-02-13T19:15:00Z", "hamas-backs-down-release", "A",
  "Hamas backs down: Saturday hostage release back on",
  "Halyard Press",
  """
Hamas said on Thursday it will free the hostages due on Saturday as scheduled after mediation by Egypt and Qatar, easing a crisis that threatened the Gaza truce.
Israel is expected to free Palestinian prisoners in return, as the agreement sets out.
""",
  rs=[8], note="Headline stronger than the facts ('backs down').")

r("TN", "2025-02-14T16:00:00Z", "week-four", "A",
  "Truce Notes, week four: the crisis that lasted three days",
  "Samir Haddad",
  """
This week in one line: Hamas stopped the clock, Trump threatened hell, Cairo restarted the clock.
Monday: Abu Obeida postponed Saturday's release until further notice, citing Israeli breaches on shelters and the return north. Monday evening: Trump said all the hostages should be out by Saturday noon or the deal should be cancelled. Thursday: after talks in Cairo, Hamas said the release would go ahead as scheduled.
Tomorrow: three more men are due. Nobody now expects all the hostages at noon, and nobody in Washington has said so aloud.
The number: 17 - hostages still to be freed in the first stage, living and dead.
Quote of the week: "We do not have the privilege of waiting." - the families' forum.
""",
  rs=[6, 7, 8], note="Weekly recap of 049, 051 and 057.")

r("SL", "2025-02-15T09:45:00Z", "live-fifth-week-release", "A",
  "Live: Horn, Dekel-Chen and Troufanov freed in Khan Younis",
  "Shoreline Live team",
  """
Latest: The three hostages freed this morning in Khan Younis - Iair Horn, Sagui Dekel-Chen and Alexander Troufanov - are in Israel, the army says. Israel will release 369 prisoners this afternoon.
11:30 Gaza - Dekel-Chen, a US citizen, will meet for the first time the daughter born while he was in captivity.
11:05 Gaza - The three were brought onto a stage in front of banners. One read "No migration except to Jerusalem".
10:30 Gaza - Handover to the Red Cross complete.
10:05 Gaza - Large crowds around the stage in Khan Younis, but the Red Cross convoy moves without trouble.
09:40 Gaza - Reminder: the release was in doubt until Thursday, when Hamas said it would stick to the timetable after Egyptian and Qatari mediation.
""",
  rs=[8], note="The release announced in 057, carried out as scheduled.")

r("YD", "2025-02-15T16:15:00Z", "horn-dekel-chen-troufanov-home", "A",
  "Three more from Nir Oz come home; Trump's deadline passes quietly",
  "Noa Ben-Ami",
  """
Iair Horn, Sagui Dekel-Chen and Sasha Troufanov, all taken from Kibbutz Nir Oz, were freed on Saturday morning, and the noon deadline that President Trump had set for the release of all the hostages passed without a statement from Washington or Jerusalem.
Horn's brother Eitan is still held; the family said it was "half a celebration". Troufanov's mother and grandmother were freed in the November 2023 truce, and his father was killed on 7 October.
Israel released 369 Palestinian prisoners in the afternoon, 36 of them serving life terms. Dekel-Chen met his youngest daughter, born after he was taken, for the first time.
Government officials said the prime minister had decided to keep to the agreement "for now", and that Dermer would take up the talks on the second stage next week.
""",
  rs=[7, 8, 4], note="The scheduled release carried out after 057; Trump's deadline (051) passing without action is not a change of the US stance (no withdrawal of the demand is reported). 'Next week' for talks is an expectation without a date.")
