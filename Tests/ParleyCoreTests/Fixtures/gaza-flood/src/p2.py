from common import r

r("MW", "2025-01-25T10:40:00Z", "four-soldiers-freed-palestine-square", "A",
  "Hamas frees four Israeli women soldiers on a stage in Gaza City",
  "Meridian Wire staff in Gaza and Jerusalem",
  """
GAZA/JERUSALEM (Meridian) - Hamas freed four Israeli soldiers on Saturday in the second exchange of the Gaza ceasefire, parading them on a stage in Gaza City's Palestine Square before handing them to the Red Cross.
Karina Ariev, Daniella Gilboa, Naama Levy and Liri Albag, seized from the Nahal Oz base on 7 October 2023, waved to the crowd in matching uniforms before being driven away. The Israeli military confirmed they had crossed into Israel about an hour later.
Israel is due to free 200 Palestinian prisoners later in the day, many serving life sentences, according to lists published by the prison service; the prisoners' office in Gaza said some would be sent abroad.
The release was the one foreseen in the agreement for the seventh day. Under the deal, women are freed first, and each soldier counts for 50 prisoners.
In Tel Aviv, thousands who had watched the handover on giant screens in Hostages Square broke into applause as the four women appeared.
""",
  rs=[1], note="The release of four women on 25 January was scheduled in the seed; the exchange is already being carried out (001).")

r("SL", "2025-01-25T12:35:00Z", "live-second-exchange", "A",
  "Live: four soldiers home; 200 prisoners next; crowds wait at Netzarim",
  "Shoreline Live team",
  """
Latest: The four soldiers freed this morning are at Beilinson hospital with their families, the army says. Buses for 200 prisoners are lining up at Ofer.
14:25 Gaza - Thousands of displaced people are camped along al-Rashid road south of the Netzarim corridor, waiting for tomorrow's opening.
13:50 Gaza - Prison service: 200 prisoners to be freed this afternoon, about 70 of them to be deported via Egypt.
12:40 Gaza - Army: Karina Ariev, Daniella Gilboa, Naama Levy and Liri Albag are in Israel.
11:30 Gaza - The handover on the stage in Palestine Square is over. The four were made to hold certificates and gift bags.
10:15 Gaza - Palestine Square has been filling since dawn. Gunmen in uniform line a stage draped with banners in Hebrew, Arabic and English.
""",
  rs=[1], note="Second exchange as scheduled in the seed. The crowds' expectation of an opening on day 7 is the seed's schedule.")

r("YD", "2025-01-25T15:20:00Z", "no-return-north-until-yehud", "C",
  "Israel: no return to northern Gaza until Arbel Yehud is freed",
  "Amit Doron",
  """
Israel will not allow Gaza's displaced to cross to the north of the Strip until Hamas frees the civilian hostage Arbel Yehud, the prime minister's office said on Saturday, hours after four female soldiers were released in Gaza City.
"Israel will not allow the passage of Gazans to the northern Gaza Strip until the release of the civilian Arbel Yehud, who was supposed to be released today, is arranged," the statement said.
Under the agreement, civilian women were to be freed before soldiers. Yehud, 29, was taken from Kibbutz Nir Oz with her partner, Ariel Cunio, who is still held. Israeli officials said Hamas had also failed to provide the promised list showing which of the remaining hostages are alive.
The four soldiers - Karina Ariev, Daniella Gilboa, Naama Levy and Liri Albag - were handed over in the morning and were at Beilinson hospital on Saturday afternoon. Their families said they were "strong and smiling".
Hamas said Yehud was alive and would be freed next Saturday, and accused Israel of stalling. The crossing over the Netzarim corridor was due to open on Sunday.
""",
  ch=[(2, "withdrawal", "israel", "position.changed",
       "Israel will not allow Gaza's displaced to cross to the north of the Strip until Hamas frees the civilian hostage Arbel Yehud, the prime minister's office said on Saturday, hours after four female soldiers were released in Gaza City.",
       "the displaced may return north across the Netzarim corridor from day 7 (Sun 26 Jan) -> Israel bars the return until the release of Arbel Yehud is arranged")],
  rs=[1], note="The four soldiers restate the seed's schedule (001 carried the first exchange). Hamas's reply ('next Saturday') is a claim answering Israel's demand, folded into the note of 020's null line when the arrangement is announced; not labelled here.")

r("SD", "2025-01-25T19:10:00Z", "crowds-stranded-rashid-road", "A",
  "Stranded on al-Rashid road: tens of thousands wait as Israel keeps the north closed",
  "Saraya Daily correspondent, Nuseirat",
  """
Tens of thousands of displaced Palestinians spent Saturday night on al-Rashid road, the coastal highway that runs north through Gaza, after Israel said it would keep the way to Gaza City closed until a further Israeli hostage was freed.
Families had started arriving on Friday with blankets, cooking pots and children on their shoulders, expecting the crossing over the Netzarim corridor to open in the morning. "We have been waiting fifteen months. What is one more night? But nobody tells us anything," said a mother of five from Beit Lahiya.
Hamas said Arbel Yehud, the woman Israel named, was alive and would be released, and called the Israeli move a violation of the agreement. Egyptian and Qatari officials were in contact with both sides, a Palestinian source said.
In the West Bank, 200 prisoners freed on Saturday arrived in Ramallah late in the afternoon; about seventy were taken to Egypt to be sent abroad, as the agreement allows for some prisoners serving life terms.
""",
  rs=[2], note="Restates 016 (Israel's block) with colour; the prisoners freed are the scheduled second exchange.")

r("HP", "2025-01-25T21:15:00Z", "israel-holds-back-return-north", "A",
  "Israel delays Gazans' return north in dispute over civilian hostage",
  "Halyard Press",
  """
Israel said on Saturday it would keep Gaza's displaced from returning north until Hamas frees Arbel Yehud, a civilian it says should have been released before soldiers.
Hamas said Yehud would be freed next week and accused Israel of breaching the truce.
""",
  rs=[2])

r("MW", "2025-01-26T09:20:00Z", "lebanon-residents-killed-returning", "D",
  "Israeli fire kills Lebanese trying to return to border villages as withdrawal deadline passes",
  "Meridian Wire staff in Beirut",
  """
BEIRUT (Meridian) - Israeli troops opened fire on people trying to return to villages in southern Lebanon on Sunday, killing at least 22, the Lebanese health ministry said, as a deadline for Israel's withdrawal under the November ceasefire with Hezbollah passed.
Thousands of residents, many waving Hezbollah flags, drove towards villages still held by Israeli forces. The Israeli military said its troops fired to remove "threats" and that suspects who approached were detained.
""",
  note="Lebanon: another truce, another 'return' and 'deadline'; names Israel and the US.")

r("MW", "2025-01-26T23:45:00Z", "qatar-yehud-deal-crossing-opens", "B",
  "Qatar: Arbel Yehud to be freed Thursday; Gazans can cross north from Monday",
  "Meridian Wire staff in Doha",
  """
DOHA (Meridian) - Hamas will free Arbel Yehud, Agam Berger and a third hostage on Thursday, and three more on Saturday, while Israel will let displaced Palestinians return to northern Gaza from Monday morning, Qatar said late on Sunday.
The agreement, announced by foreign ministry spokesman Majed al-Ansari, ended a two-day standoff that had left tens of thousands of people waiting on the roads south of the Netzarim corridor.
The crossing to the north will open at 7 a.m. on Monday, Qatar said. Netanyahu's office confirmed the arrangement and said Hamas had also agreed to hand over a list of the remaining hostages in the first stage showing whether they were alive or dead.
Berger is a soldier; the third hostage was not named. The Thursday release is additional to the weekly Saturday exchanges set in the agreement, and Israel is to free further prisoners in return.
A Hamas official said the group had "responded positively" to the mediators. Egyptian officials said they would monitor the crossing with a private security company.
""",
  ch=[(3, "withdrawal", None, "status.changed",
       "The crossing to the north will open at 7 a.m. on Monday, Qatar said.",
       "Israel bars the return north until Yehud's release is arranged -> arrangement reached via Qatar: the crossing opens Mon 27 Jan at 07:00"),
      (3, "exchange", None, "status.changed",
       "DOHA (Meridian) - Hamas will free Arbel Yehud, Agam Berger and a third hostage on Thursday, and three more on Saturday, while Israel will let displaced Palestinians return to northern Gaza from Monday morning, Qatar said late on Sunday.",
       "releases every Saturday; Yehud's release disputed -> an extra release on Thu 30 Jan (Yehud, Berger, a third hostage) and three more on Sat 1 Feb; Hamas to hand over a list of the living and the dead")],
  rs=[2], note="A mediator announcing what the two sides agreed: null lines. The evidence sentence of the exchange line also names the return north (withdrawal, labelled on its own sentence). Hamas's list is folded into the exchange note; Parley may see it as a separate change of the bodies figure, but no count is given.")

r("SL", "2025-01-27T07:40:00Z", "live-return-north", "A",
  "Live: the road north opens - a river of people on al-Rashid",
  "Shoreline Live team",
  """
Latest: The crossing over the Netzarim corridor opened at 7 a.m. as announced last night. Drone footage shows an unbroken column of people walking north along the coast road.
09:30 Gaza - Cars and carts are queueing on Salah al-Din road for inspection; the wait is several hours.
09:05 Gaza - UN agencies: "tens of thousands" crossed in the first two hours.
07:10 Gaza - People begin running as the first barrier is lifted. Many carry nothing but children.
06:40 Gaza - Egyptian and Qatari security staff arrive at the vehicle checkpoint on Salah al-Din road, where cars are to be inspected before crossing.
06:15 Gaza - Reminder: under the arrangement announced by Qatar, Arbel Yehud, Agam Berger and a third hostage are to be freed on Thursday.
""",
  rs=[3], note="The crossing opened as announced in 020: a scheduled step carried out, restatement (see uncertain calls).")

r("SD", "2025-01-27T11:05:00Z", "return-to-gaza-city", "A",
  "\"We are home, even if home is ashes\": hundreds of thousands stream back to northern Gaza",
  "Saraya Daily correspondent, Gaza City",
  """
They came on foot, in their hundreds of thousands, along the sea. By mid-morning on Monday the coastal road from Nuseirat to Gaza City was a single moving crowd, people singing, crying, calling the names of neighbourhoods that no longer exist.
Israel opened the crossing over the Netzarim corridor at seven in the morning, after Qatar announced late on Sunday that a dispute over the release of a civilian hostage had been settled. Vehicles were sent along Salah al-Din road, where they were inspected by a private security team supervised by Egyptian officials.
"I left with three children and I return with three children. That is my victory," said Umm Khaled, who had been displaced eleven times. In Jabalia, men pulled sheets of corrugated iron from the rubble to make a shelter for the night.
Gaza's government media office said more than 300,000 people had crossed by the afternoon. Aid agencies warned that the north has no running water and few standing buildings, and appealed for tents.
Hamas called the return "a victory for our people and a failure of the occupation's plans of displacement".
""",
  rs=[3], note="The opening announced in 020, carried out; counts of people crossing are colour.")

r("YD", "2025-01-27T14:10:00Z", "nir-oz-waits-for-thursday", "A",
  "In the Yehud and Berger families, a Thursday circled on the calendar",
  "Noa Ben-Ami",
  """
For two days Arbel Yehud's name was on every news bulletin in Israel as the reason the road to northern Gaza stayed shut. On Monday her family asked for something else: quiet until Thursday.
"We were told Thursday. We will believe it when we see her," a relative said by phone from the Nir Oz community, which is living in temporary housing near Kiryat Gat. Yehud's partner, Ariel Cunio, and his brother David are still held.
Agam Berger, a 20-year-old army observer seized at Nahal Oz, is due out the same day. Her father told a radio station the family had been given no details beyond the date. The third hostage to be freed on Thursday has not been named; a Thai government official said Bangkok hoped its nationals would be included.
Hamas has also given Israel, through the mediators, a list of the remaining first-stage hostages with their status, government officials said. Netanyahu's office said the families had been informed and that it would not comment publicly.
Three more hostages are to be released on Saturday, in the weekly exchange.
""",
  rs=[3], note="Restates 020. The list of the living and the dead was announced in 020; its contents are not published here (no figure), so no bodies change.")

r("CD", "2025-01-28T15:20:00Z", "bombs-hold-lifted", "D",
  "Trump releases 2,000-pound bombs to Israel that Biden had held back",
  "Marcy Hollander",
  """
President Trump has ordered the release of a shipment of 2,000-pound bombs to Israel that the Biden administration had held up since last spring over concerns about their use in densely populated Gaza, officials said.
"They paid for them and they have been waiting," Trump said aboard Air Force One. The order covers about 1,800 of the heavy bombs; the smaller 500-pound bombs in the same hold had already been released.
""",
  note="Arms deliveries to Israel; no stance on the negotiation.")

r("SD", "2025-01-29T09:30:00Z", "unrwa-ban-takes-effect", "D",
  "UNRWA braces as Israeli ban takes effect on Thursday",
  "Saraya Daily correspondent, Jerusalem",
  """
The UN agency for Palestinian refugees, UNRWA, says it will keep working in Gaza and the West Bank after Israeli laws barring it from operating on Israeli territory take effect on Thursday, although its international staff have been told to leave East Jerusalem.
The laws, passed by the Knesset in October, ban contacts between Israeli officials and the agency. UNRWA's chief said the measures would "sabotage" the ceasefire's humanitarian effort; Israel says other agencies can deliver the aid.
""",
  note="Aid story not about the negotiation: the UNRWA laws, not the truce's aid terms.")

r("PR", "2025-01-29T16:00:00Z", "corridor-was-the-test", "A",
  "The corridor was the test, and everybody passed",
  "Omar Lahlou",
  """
The two-day quarrel over Arbel Yehud looked like the first crack in the Gaza ceasefire. It turned out to be a demonstration that the machinery works.
Israel held the Netzarim crossing shut on Saturday because a civilian woman was not freed before soldiers, as the text said she should be. Hamas said she would come out the next week. Qatar found the formula on Sunday night: Yehud and two others on Thursday, three more on Saturday, the road open on Monday morning. Nobody lost face, and hundreds of thousands of people walked home.
The episode tells us two things. The first is that both sides want the first stage to run its course; neither was willing to let a sequencing dispute wreck it. The second is that the hard part has been left for later. The second stage, due to be negotiated from early February, asks Israel to end a war it says is not finished and Hamas to give up the last hostages, its only leverage.
Monday's crowds were a reminder of what is at stake. They were also, for Israel's right, a picture of what it had promised would not happen.
""",
  rs=[2, 3], note="Opinion; restates 016 and 020.")

r("MW", "2025-01-30T10:35:00Z", "berger-yehud-moses-freed", "A",
  "Berger freed in Jabalia; chaotic crowd surrounds Yehud's handover in Khan Younis",
  "Meridian Wire staff in Gaza and Jerusalem",
  """
GAZA/JERUSALEM (Meridian) - Hamas released the Israeli soldier Agam Berger in Jabalia on Thursday morning and then handed over Arbel Yehud and the elderly Gadi Moses in Khan Younis, where a crush of people surrounded the Red Cross vehicles.
Five Thai farm workers were also freed in Khan Younis, in a separate arrangement, Thailand's government said.
Footage showed Yehud, visibly frightened, being led by masked gunmen through a crowd of hundreds outside the ruined home of Yahya Sinwar, the Hamas leader killed in October. The Red Cross said the scenes were not acceptable and urged all parties to ensure the dignity and safety of releases.
The releases were agreed on Sunday night under a Qatari-brokered arrangement that also opened the road to northern Gaza. In return Israel is to free 110 Palestinian prisoners, including 30 minors.
Moses, 80, is from Nir Oz. Berger is the last of the women soldiers held in Gaza, the army said.
""",
  rs=[3], note="Thursday's releases as arranged in 020. The Thai workers are released outside the deal (Thailand's arrangement); not labelled, since they are not hostages in the negotiation's exchange and no party of the file acts.")

r("YD", "2025-01-30T16:50:00Z", "khan-younis-scenes-prisoners-held", "A",
  "After scenes in Khan Younis, Netanyahu demands guarantees; prisoners freed in the evening",
  "Amit Doron",
  """
Netanyahu said on Thursday afternoon that he had demanded guarantees from the mediators for the safety of the hostages after the chaotic handover of Arbel Yehud and Gadi Moses in Khan Younis, and the release of 110 Palestinian prisoners was held up for several hours.
"I call on the mediators to ensure that such horrifying scenes are not repeated," the prime minister said. Officials said Egypt and Qatar had given assurances that the next handovers would be orderly, and the prisoners left Ofer after dark. Among them was Zakaria Zubeidi, a former commander in Jenin who escaped from prison in 2021.
Yehud was taken straight to Soroka hospital. Her father said she had been held in isolation for long periods. Agam Berger, freed in Jabalia in the morning, posted a short message thanking "the whole people of Israel".
Three more hostages are expected on Saturday, the third weekly exchange of the agreement. Israel has not named them.
""",
  rs=[3], note="Uncertain: the hold on the 110 prisoners lasted hours and ended the same day with the release as agreed; treated as colour of the scheduled release, not as a postponement (contrast 080).")

r("NS", "2025-01-30T20:10:00Z", "sharaa-named-syria-president", "D",
  "Syria's new leader named interim president",
  "Nutshell",
  """
Ahmed al-Sharaa, whose forces toppled Bashar al-Assad in December, was named Syria's interim president on Wednesday; the constitution was suspended and parliament dissolved.
Why it matters: Israel, whose troops entered the buffer zone on the Golan after Assad fell, says it will watch the new rulers closely.
""",
  note="Syria; shares Israel and 'buffer zone'.")

r("TN", "2025-01-31T16:00:00Z", "week-two", "A",
  "Truce Notes, week two: a road opens, a square fills",
  "Samir Haddad",
  """
This week in one line: the first real quarrel of the truce was settled in 48 hours.
On Saturday, after four soldiers were freed in Palestine Square, Israel closed the road north because Arbel Yehud had not been released. On Sunday night Qatar announced the fix: Yehud, Agam Berger and Gadi Moses came out on Thursday, amid scenes in Khan Younis that angered Israel, and three more are due tomorrow. On Monday the Netzarim crossing opened and more than 300,000 people walked home.
Second-stage talks are due to start by Monday, 3 February. Netanyahu flies to Washington on Sunday.
The number: 110 prisoners freed on Thursday night, hours late.
Quote of the week: "I left with three children and I return with three children." - a mother on al-Rashid road.
""",
  rs=[2, 3], note="Weekly recap: 016, 020, the scheduled releases. Netanyahu's trip is a visit, not a round.")

r("SL", "2025-02-01T11:20:00Z", "live-third-saturday", "A",
  "Live: Yarden Bibas, Ofer Kalderon and Keith Siegel freed; Rafah opens for the wounded",
  "Shoreline Live team",
  """
Latest: Keith Siegel, a US-Israeli citizen, has been handed to the Red Cross at Gaza City port, completing today's exchange. 183 prisoners are due out this afternoon.
12:30 Gaza - Siegel seen waving from a stage at the port before boarding a Red Cross vehicle.
10:45 Gaza - Army: Yarden Bibas and Ofer Kalderon have crossed into Israel. Bibas's wife Shiri and their two small sons are still held; Hamas has said they were killed, which Israel has not confirmed.
09:20 Gaza - The handover in Khan Younis was quicker and more orderly than Thursday's.
08:50 Gaza - The Rafah crossing has opened for the first group of sick and wounded, mostly children, with an EU monitoring mission. Egypt says about 50 patients today.
""",
  rs=[3], note="The Saturday release announced in 020 carried out; wounded leaving through Rafah is in the seed. Hamas's earlier claim about the Bibas family restates nothing new about remains (no handover, no count) and is not labelled.")

r("SD", "2025-02-01T17:30:00Z", "rafah-opens-wounded", "A",
  "Rafah crossing opens for wounded Gazans for the first time since May",
  "Saraya Daily correspondent, al-Arish",
  """
The Rafah crossing between Gaza and Egypt opened on Saturday for the first time since Israeli forces seized it in May, allowing dozens of sick and wounded Palestinians, most of them children, to leave for treatment in Egyptian hospitals.
Ambulances waited on the Egyptian side as the first patients were carried across. A European Union mission and Palestinian staff who are not from Hamas are supervising the crossing, Egyptian officials said.
The opening is part of the first stage of the ceasefire agreement, under which the wounded can leave through Rafah. Egypt has said it will take in up to 50 patients a day with their companions.
In the West Bank and Gaza, 183 prisoners were freed on Saturday after Hamas released three more Israeli hostages, among them Yarden Bibas.
""",
  rs=[1, 3], note="The wounded leaving through Rafah is in the seed; the releases are the Saturday exchange of 020's arrangement.")
