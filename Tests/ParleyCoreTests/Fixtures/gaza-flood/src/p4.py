from common import r

r("MW", "2025-02-18T08:05:00Z", "israel-keeps-five-points-lebanon", "D",
  "Israel pulls back from Lebanese villages but keeps five hilltop posts",
  "Meridian Wire staff in Beirut",
  """
BEIRUT (Meridian) - Israeli troops withdrew from villages in southern Lebanon on Tuesday as the extended deadline of its truce with Hezbollah expired, but kept five positions on hills along the border, the Israeli military said.
Lebanon's president said the remaining presence was an occupation and that Beirut would take the matter to the UN Security Council. Israel said it would stay "as long as necessary" to protect northern communities.
Residents returned to villages levelled during the war; the Lebanese army deployed behind the departing forces.
""",
  note="Lebanon's truce: 'withdrawal', 'deadline', 'truce'.")

r("HP", "2025-02-18T10:10:00Z", "us-russia-riyadh-talks", "D",
  "US and Russian officials hold first talks on Ukraine in Riyadh",
  "Halyard Press",
  """
Senior US and Russian officials met in Riyadh on Tuesday for their first substantial talks since the invasion of Ukraine, agreeing to set up teams to work towards ending the war.
Ukraine was not invited; Steve Witkoff was part of the US delegation.
""",
  note="Other talks, same envoy; Russia–Ukraine.")

r("SD", "2025-02-18T13:45:00Z", "hayya-bibas-bodies-thursday-six-saturday", "B",
  "Al-Hayya: Bibas family's bodies on Thursday, last six living hostages of first stage on Saturday",
  "Saraya Daily staff",
  """
Hamas will hand over the bodies of four Israeli hostages, among them Shiri Bibas and her two small sons, on Thursday, and free the six remaining living hostages of the first stage on Saturday, the group's Gaza chief, Khalil al-Hayya, said on Tuesday.
The remains of four more hostages would follow next week, al-Hayya said in a televised address, completing the hostages due under the first stage. The bodies of Ariel and Kfir Bibas, aged four and nine months when they were seized, will be returned with their mother's and with that of Oded Lifshitz, 84, Hamas said.
"We will release the six living prisoners at one time, on Saturday, instead of over three weeks," he said, adding that the decision followed talks in Cairo with the Egyptian mediators, who had secured commitments on the entry of mobile homes and heavy equipment.
Hamas says the Bibas family were killed in an Israeli air strike in November 2023; Israel has not confirmed their deaths.
Al-Hayya said the movement was ready to negotiate the second stage "on the basis of a comprehensive deal".
""",
  ch=[(9, "exchange", None, "status.changed",
       "\"We will release the six living prisoners at one time, on Saturday, instead of over three weeks,\" he said, adding that the decision followed talks in Cairo with the Egyptian mediators, who had secured commitments on the entry of mobile homes and heavy equipment.",
       "three living hostages a week -> all six remaining living first-stage hostages to be freed together on Sat 22 Feb, agreed through the Egyptian mediators"),
      (9, "bodies", None, "status.changed",
       "The remains of four more hostages would follow next week, al-Hayya said in a televised address, completing the hostages due under the first stage.",
       "remains to be returned during the first stage, none returned -> four bodies (Shiri, Ariel and Kfir Bibas, Oded Lifshitz) on Thu 20 Feb and four more the following week")],
  note="Schedule arranged through the mediators: null lines (the evidence of the bodies line names the second batch; the first sentence names the first four). Readiness for the second stage 'as a comprehensive deal' restates Hamas's seed stance (end the war). Uncertain: Parley may read the announcement as Hamas's own proposal; the scorer accepts any party on a null line.")

r("YD", "2025-02-18T16:25:00Z", "bibas-family-asks-for-patience", "A",
  "Bibas family: \"until we have definitive confirmation, our journey is not over\"",
  "Noa Ben-Ami",
  """
The family of Shiri Bibas and her sons Ariel and Kfir asked the public on Tuesday not to publish pictures or rumours, after Hamas said it would hand over their bodies on Thursday.
"Until we have definitive confirmation, our journey is not over," the family said in a statement, hours after Khalil al-Hayya announced the schedule. Yarden Bibas, the children's father, was freed on 1 February.
The prime minister's office confirmed it had received the names of the four whose remains are due on Thursday and of the six living hostages due on Saturday, and said it would "not conduct negotiations through the media".
In Kibbutz Nir Oz, which lost a quarter of its members on 7 October, orange ribbons - the colour of the boys' hair - were tied to the fence. "Four coffins on Thursday, six people on Saturday," a member said. "We have learned to hold two things at once."
""",
  rs=[9], note="Restates 063; Israel's confirmation of the names is part of the arrangement already labelled.")

r("NS", "2025-02-18T20:35:00Z", "hamas-six-on-saturday", "A",
  "Hamas to free last six living hostages of truce's first stage on Saturday",
  "Nutshell",
  """
Hamas will free six living Israeli hostages on Saturday and hand over four bodies, including those of the Bibas children, on Thursday, its Gaza leader said.
What's next: four more bodies are due next week, ahead of the end of the first stage on 1 March.
""",
  rs=[9])

r("SD", "2025-02-19T09:05:00Z", "polio-round-resumes", "D",
  "Polio vaccination round to resume in Gaza on Saturday",
  "Saraya Daily staff",
  """
The UN children's agency and the World Health Organization will start a new round of polio vaccination in Gaza on Saturday, aiming to reach nearly 600,000 children under ten, after traces of the virus were again found in sewage samples.
Health workers said the calm made it possible to reach areas in the north that were cut off in earlier rounds. The campaign is to last four days.
""",
  note="Aid and health work in Gaza that is not part of the negotiation.")

r("MW", "2025-02-20T08:55:00Z", "four-coffins-khan-younis", "B",
  "Hamas hands over four coffins in Khan Younis, first bodies of hostages returned under the truce",
  "Meridian Wire staff in Gaza and Jerusalem",
  """
KHAN YOUNIS/JERUSALEM (Meridian) - Hamas handed four black coffins to the Red Cross in Khan Younis on Thursday morning, the first remains of Israeli hostages returned under the ceasefire, in a ceremony on a stage decorated with a caricature of Netanyahu as a vampire.
The coffins are said to hold the bodies of Shiri Bibas, her sons Ariel and Kfir, and Oded Lifshitz. They were driven to Israel, where a military rabbi held a short ceremony before they were taken to the Abu Kabir forensic institute for identification. Israel said it would not confirm the identities until the tests were complete.
The UN human rights chief called the display "abhorrent". In Israel, crowds lined the roads as the convoy passed, many holding Israeli flags and orange balloons.
Six living hostages are to be freed on Saturday, and four more bodies next week.
""",
  ch=[(10, "bodies", None, "status.changed",
       "KHAN YOUNIS/JERUSALEM (Meridian) - Hamas handed four black coffins to the Red Cross in Khan Younis on Thursday morning, the first remains of Israeli hostages returned under the ceasefire, in a ceremony on a stage decorated with a caricature of Netanyahu as a vampire.",
       "four bodies due on Thu 20 Feb -> carried out: four coffins handed to the ICRC in Khan Younis, the first remains returned; identification pending")],
  rs=[9], note="A scheduled handover is a change here because it is the first handover of remains (status: scheduled -> carried out), as the first exchange was in 001; later scheduled handovers would be restatements. Uncertain call.")

r("CD", "2025-02-20T19:50:00Z", "bat-yam-bus-bombs", "D",
  "Bombs explode on empty buses near Tel Aviv; Netanyahu orders West Bank operation",
  "Dan Whitcomb",
  """
Explosive devices blew up on three empty buses parked in Bat Yam, south of Tel Aviv, on Thursday evening, and police found two more unexploded bombs on other buses.
No one was hurt. Police said the devices were set to go off on Friday morning, when the buses would have been full, and that they bore markings linked to militants in Tulkarm in the West Bank.
Netanyahu's office said he had ordered an "intensive operation" against militant strongholds in the West Bank after a security meeting.
""",
  note="Attack in Israel and a West Bank operation; nothing about the Gaza talks.")

r("YD", "2025-02-21T01:45:00Z", "fourth-body-not-shiri", "B",
  "IDF: the fourth body is not Shiri Bibas; Ariel and Kfir identified",
  "Amit Doron",
  """
The fourth body handed over by Hamas on Thursday is not that of Shiri Bibas and does not match any of the hostages, the Israeli military said early on Friday, accusing Hamas of "a violation of the utmost severity" of the ceasefire agreement.
Forensic experts at Abu Kabir identified the other three: Ariel Bibas and his baby brother Kfir, and Oded Lifshitz, the peace activist from Nir Oz. The military said intelligence and forensic findings showed the boys had been murdered by their captors in November 2023, a claim Hamas rejects.
"The body that was handed over is of an anonymous, unidentified woman," the army spokesman said. "We demand that Hamas return Shiri home together with all our hostages."
Netanyahu said Israel would act "with determination" to bring her back and that Hamas would "pay the full price". The six living hostages are still expected on Saturday, officials said, but the prime minister's office would not confirm it.
""",
  ch=[(11, "bodies", None, "status.changed",
       "The fourth body handed over by Hamas on Thursday is not that of Shiri Bibas and does not match any of the hostages, the Israeli military said early on Friday, accusing Hamas of \"a violation of the utmost severity\" of the ceasefire agreement.",
       "four remains returned, identification pending -> three identified (Ariel and Kfir Bibas, Oded Lifshitz); the fourth is not Shiri Bibas nor any hostage; her remains still held; Israel calls it a grave violation")],
  rs=[10], note="A dispute over wrong remains is bodies, null (it changes the count the model holds). Netanyahu's 'full price' is rhetoric.")

r("HP", "2025-02-21T06:15:00Z", "body-not-shiri-bibas", "A",
  "Israel says Hamas returned wrong body instead of Shiri Bibas",
  "Halyard Press",
  """
Israel said on Friday that one of four bodies returned by Hamas was not that of the hostage Shiri Bibas but of an unidentified Palestinian woman, calling it a grave breach of the Gaza ceasefire.
Her two sons and Oded Lifshitz were identified.
""",
  rs=[11], note="'Palestinian woman' is the outlet's rounding of 'unidentified woman'.")

r("SD", "2025-02-21T12:15:00Z", "hamas-possible-mixup-remains", "A",
  "Hamas says remains may have been mixed up under rubble, promises to check",
  "Saraya Daily staff",
  """
Hamas said on Friday that Shiri Bibas's remains might have been mixed with those of other people killed in the same Israeli air strike, and that it would look into Israel's claim that the body returned on Thursday was not hers.
"We are not in the habit of lying or withholding," a Hamas official told us, calling the claim a pretext. He said the bodies had been recovered from the ruins of a building hit in November 2023 in which Palestinians were also killed.
""",
  rs=[11, 9], note="Hamas's denial and promise to check are reactions; no remains handed over yet in this report.")

r("TN", "2025-02-21T17:00:00Z", "week-five", "A",
  "Truce Notes, week five: four coffins and a wrong body",
  "Samir Haddad",
  """
This week in one line: the first stage entered its hardest part, the dead.
On Tuesday Khalil al-Hayya announced four bodies for Thursday and all six remaining living hostages for Saturday, instead of three a week. On Thursday four coffins were handed over in Khan Younis. By Friday morning Israel had identified Ariel and Kfir Bibas and Oded Lifshitz, and said the fourth body was not Shiri Bibas. Hamas says it may have been a mix-up.
Tomorrow: the six, if the dispute does not derail it. Next week: four more bodies.
The number: 4 - bodies returned so far, one of them not a hostage.
Quote of the week: "We have learned to hold two things at once." - a member of Nir Oz.
""",
  rs=[9, 10, 11], note="Weekly recap of 063, 068 and 071.")

r("YD", "2025-02-22T07:25:00Z", "shiri-bibas-identified", "B",
  "Shiri Bibas's remains returned overnight and identified, family says",
  "Noa Ben-Ami",
  """
The remains handed over by Hamas on Friday night are those of Shiri Bibas, her family and the Abu Kabir forensic institute confirmed on Saturday morning, ending a day-long dispute that had threatened the ceasefire.
Hamas passed the remains to the Red Cross in Gaza late on Friday, after Egyptian mediators intervened, and they were brought to Israel overnight. "Our Shiri has come home," the family said, asking for privacy.
The military said the body handed over on Thursday in her place was that of a Gaza woman and would be returned.
The six living hostages due on Saturday are to be freed in three places in the Strip during the morning, officials said. Hamas said it had found the remains after checking the site of the strike.
""",
  ch=[(12, "bodies", None, "status.changed",
       "The remains handed over by Hamas on Friday night are those of Shiri Bibas, her family and the Abu Kabir forensic institute confirmed on Saturday morning, ending a day-long dispute that had threatened the ceasefire.",
       "Shiri Bibas's remains still held, the fourth body not hers -> her remains handed over on Fri 21 Feb night and identified on Sat 22 Feb; four hostages' remains returned")],
  rs=[9], note="The return of the unidentified woman's body is part of the same resolution, not labelled separately.")

r("MW", "2025-02-22T09:50:00Z", "six-freed-rafah-nuseirat", "A",
  "Six Israeli hostages freed in one day as the dispute over Shiri Bibas is settled",
  "Meridian Wire staff in Gaza and Jerusalem",
  """
RAFAH/NUSEIRAT (Meridian) - Hamas began freeing the last six living hostages of the ceasefire's first stage on Saturday, handing Tal Shoham and Avera Mengistu to the Red Cross in Rafah and three young men in Nuseirat, hours after Israel confirmed that remains returned overnight were those of Shiri Bibas.
Eliya Cohen, Omer Shem Tov and Omer Wenkert, seized at the Nova music festival, were paraded on a stage in Nuseirat before being driven away. Mengistu, an Ethiopian-Israeli who crossed into Gaza in 2014, had been held for more than a decade.
A sixth, Hisham al-Sayed, a Bedouin Israeli held since 2015, was to be released later in Gaza City without a ceremony, Hamas said.
In return Israel is due to free about 620 Palestinian prisoners, the largest group of the first stage. Four more bodies of hostages are to be returned next week.
""",
  rs=[9, 12], note="The six freed on 22 February as announced in 063.")

r("MW", "2025-02-23T00:10:00Z", "israel-delays-620-prisoners", "B",
  "Israel delays release of about 620 Palestinian prisoners over 'humiliating ceremonies'",
  "Meridian Wire staff in Jerusalem",
  """
JERUSALEM (Meridian) - Israel has put off the release of about 620 Palestinian prisoners who were due to be freed on Saturday, Prime Minister Benjamin Netanyahu's office said early on Sunday, until the release of the next hostages is guaranteed "without the humiliating ceremonies".
The statement cited Hamas's "repeated violations", including the staged handovers and the use of hostages for propaganda. The prisoners, some serving life sentences, had been waiting in buses at Ofer prison for hours.
Hamas freed the six hostages due on Saturday, the last living ones of the first stage. Four more bodies of hostages are due to be returned next week under the schedule announced by the group.
A Hamas official said the decision was "a flagrant violation" and showed Israel was not serious about the agreement. Egyptian mediators were in contact with both sides, an official in Cairo said.
""",
  ch=[(13, "exchange", "israel", "status.changed",
       "JERUSALEM (Meridian) - Israel has put off the release of about 620 Palestinian prisoners who were due to be freed on Saturday, Prime Minister Benjamin Netanyahu's office said early on Sunday, until the release of the next hostages is guaranteed \"without the humiliating ceremonies\".",
       "Israel releases prisoners on each exchange as scheduled -> Israel delays the release of about 620 prisoners due Sat 22 Feb until the next releases are guaranteed without ceremonies")],
  rs=[9], note="Party israel: Israel's own postponement (as Hamas's in 049). Hamas's reaction is not labelled.")

r("SD", "2025-02-23T10:10:00Z", "families-wait-all-night-ofer", "A",
  "Families waited all night at Ofer; Hamas says no talks until prisoners freed",
  "Saraya Daily correspondent, Ramallah",
  """
Hundreds of relatives of Palestinian prisoners waited through the night outside Ofer prison and in Khan Younis for men who never came, after Israel said it was holding back the release of about 620 prisoners due on Saturday.
"My son's name was on the list. They called us to prepare the house," said a woman from Nablus whose son has been in prison for 19 years. By dawn, the buses had been driven back into the prison compound.
Hamas official Bassem Naim said the movement would not hold any talks through the mediators on the second stage until the prisoners were freed, and called on Egypt, Qatar and the United States to make Israel honour the agreement.
Israel says the ceremonies staged by Hamas at each handover are humiliating and must end. The last four bodies of hostages due in the first stage are to be handed over next week.
""",
  rs=[13, 9], note="Hamas's refusal to talk until the prisoners are freed is a condition that follows from the delay; uncertain, treated as a reaction (no talks were scheduled).")

r("MW", "2025-02-23T15:15:00Z", "nasrallah-funeral-beirut", "D",
  "Tens of thousands mourn Nasrallah in Beirut as Israeli jets fly overhead",
  "Meridian Wire staff in Beirut",
  """
BEIRUT (Meridian) - Tens of thousands of people filled a stadium on the edge of Beirut on Sunday for the funeral of Hassan Nasrallah, the Hezbollah leader killed in an Israeli air strike in September, nearly five months after his death.
Israeli warplanes flew low over the city during the ceremony, in what Defence Minister Israel Katz called a message to those who threaten Israel.
Hezbollah's leader Naim Qassem said the group would keep its weapons and would not accept Israel's remaining presence in the south.
""",
  note="Lebanon; 'keep its weapons' is Hezbollah's, not Hamas's.")

r("SL", "2025-02-23T18:15:00Z", "live-tanks-jenin", "D",
  "Live: Israeli tanks enter Jenin for the first time in two decades",
  "Shoreline Live team",
  """
Latest: Israeli tanks have entered the Jenin area in the northern West Bank, the first time armour has been deployed there since 2002, the army says.
19:30 Gaza - Defence Minister Katz says troops will stay in the Jenin, Tulkarm and Nur Shams camps "for the coming year" and that residents will not be allowed back.
18:40 Gaza - UN agency says some 40,000 people have fled the three camps since January.
17:55 Gaza - Army: the operation follows Thursday's bus bombs near Tel Aviv.
16:30 Gaza - Palestinian Authority presidency calls the deployment a dangerous escalation and appeals to Washington to intervene.
15:10 Gaza - Residents of Jenin camp report bulldozers widening roads inside the camp and several buildings demolished overnight.
""",
  note="West Bank battlefield news; 'residents will not be allowed back' is about the West Bank camps, not Gaza's north.")

r("NS", "2025-02-24T02:10:00Z", "netanyahu-southern-syria-demilitarised", "D",
  "Netanyahu demands demilitarised southern Syria",
  "Nutshell",
  """
Israel will not allow Syria's new army or Islamist groups south of Damascus and demands the complete demilitarisation of three southern provinces, Netanyahu said on Sunday.
Why it matters: Israeli troops remain in the buffer zone on the Golan and the summit of Mount Hermon, which they seized after Assad's fall.
""",
  note="Syria: 'demilitarisation' of another territory.")

r("SD", "2025-02-25T08:40:00Z", "infants-die-of-cold", "D",
  "Six infants die of cold in Gaza's tents as storm hits",
  "Saraya Daily correspondent, Gaza City",
  """
Six newborn babies have died of hypothermia in Gaza in two weeks as a winter storm flooded tents along the coast, doctors at the Patient Friendly hospital in Gaza City said on Tuesday.
Families who returned to the north last month are living in tents pitched on rubble, with no heating and little fuel. Aid groups say blankets and winter clothing are in short supply.
""",
  note="Humanitarian conditions in Gaza, not a change of the negotiation's aid terms.")

r("YD", "2025-02-25T16:00:00Z", "netanyahu-trial-resumes", "D",
  "Netanyahu back in the witness box as his corruption trial resumes",
  "Yarkon Daily legal affairs",
  """
Prime Minister Benjamin Netanyahu returned to the Tel Aviv district court on Tuesday for further cross-examination in his corruption trial, after weeks of postponements requested because of his trip to Washington and security matters.
The prosecution questioned him about gifts of cigars and champagne from businessmen. Netanyahu, who denies wrongdoing, asked the judges to shorten the sessions, saying he was dealing with "the hostages and the war".
""",
  note="Israeli domestic politics; names the hostages in passing.")

r("YD", "2025-02-26T13:05:00Z", "bibas-funeral", "A",
  "Thousands line the road as Shiri, Ariel and Kfir Bibas are buried",
  "Noa Ben-Ami",
  """
Thousands of people stood along the roads of southern Israel on Wednesday as the coffins of Shiri Bibas and her sons Ariel and Kfir were driven from Rishon Lezion to a cemetery near the Gaza border, where they were buried in a private ceremony.
Many held orange balloons and Batman signs, a reference to a photograph of Ariel dressed as the superhero. Shops in nearby towns closed for the afternoon. Yarden Bibas, freed on 1 February, asked his wife's forgiveness for not protecting them.
Oded Lifshitz was buried at Nir Oz earlier in the week. The last four bodies of hostages due in the first stage are expected this week, but their return, like the release of about 620 Palestinian prisoners, has been held up since Saturday.
""",
  rs=[12, 10, 13], note="Funeral; the delay restates 080; no new schedule given.")

r("MW", "2025-02-27T01:25:00Z", "prisoners-freed-four-bodies-returned", "B",
  "Israel frees delayed prisoners as Hamas returns four more bodies without ceremony",
  "Meridian Wire staff in Gaza, Ramallah and Jerusalem",
  """
GAZA/RAMALLAH (Meridian) - Israel released more than 600 Palestinian prisoners early on Thursday, ending a five-day standoff, after Hamas handed over the remains of four Israeli hostages without any public ceremony.
The coffins were passed to the Red Cross and Egyptian officials overnight and taken into Israel through the Kerem Shalom crossing, Israeli officials said. Families were told the remains were believed to be those of Ohad Yahalomi, Itzik Elgarat, Shlomo Mantzur and Tsachi Idan; identification is under way.
That brings to eight the number of hostages' bodies returned under the first stage, the last due before it ends on Saturday.
Buses carrying freed prisoners arrived in Ramallah and Khan Younis before dawn; many of the Gazans had been detained during the war without charge, the prisoners' office said.
The arrangement was reached through Egyptian mediation on Tuesday. Hamas said it showed the movement was committed to the agreement and ready for the second stage.
""",
  ch=[(14, "exchange", None, "status.changed",
       "GAZA/RAMALLAH (Meridian) - Israel released more than 600 Palestinian prisoners early on Thursday, ending a five-day standoff, after Hamas handed over the remains of four Israeli hostages without any public ceremony.",
       "Israel delays the release of about 620 prisoners -> more than 600 released early on Thu 27 Feb in exchange for four bodies handed over without ceremony; the first stage's exchanges complete"),
      (14, "bodies", None, "quantity.changed",
       "That brings to eight the number of hostages' bodies returned under the first stage, the last due before it ends on Saturday.",
       "four hostages' remains returned, four more due -> eight returned; the four bodies of Yahalomi, Elgarat, Mantzur and Idan handed over without ceremony")],
  rs=[13], note="The Egyptian arrangement of Tuesday is reported only here, after it was carried out; folded into the exchange line. Hamas's readiness for the second stage restates its seed stance.")

r("SL", "2025-02-27T07:15:00Z", "live-prisoners-arrive", "A",
  "Live: freed prisoners reach Ramallah and Khan Younis; four bodies being identified",
  "Shoreline Live team",
  """
Latest: The forensic institute has begun identifying the four bodies returned overnight. The families of Ohad Yahalomi and Tsachi Idan have been notified, Israeli media report.
08:30 Gaza - Prisoners' office: more than 600 freed, including women and minors held since the war began.
06:10 Gaza - A crowd in Khan Younis lifts a released man onto their shoulders. He says he was held for 14 months without charge.
03:50 Gaza - Buses arrive in Ramallah. Some of the freed men are taken straight to hospital.
02:30 Gaza - Egyptian officials confirm the coffins were transferred at Kerem Shalom and the prisoners' buses have left Ofer.
01:20 Gaza - Recap: the four coffins were handed over around midnight with no stage, no crowds and no speeches.
""",
  rs=[14])

r("NS", "2025-02-27T14:10:00Z", "ocalan-calls-pkk-disarm", "D",
  "Jailed PKK leader Öcalan calls on group to lay down arms",
  "Nutshell",
  """
Abdullah Öcalan, the jailed founder of the Kurdistan Workers' Party, called on Thursday for the group to lay down its arms and dissolve itself, in a letter read out in Istanbul.
What's next: Turkey's government says it will watch whether the PKK complies.
""",
  note="Another armed group laying down weapons; Turkey named.")

r("YD", "2025-02-27T17:10:00Z", "idf-october-7-probe", "D",
  "Army probe: \"We failed in our mission\" on October 7",
  "Yarkon Daily defence desk",
  """
The Israeli military published the first findings of its investigations into the Hamas attack of 7 October 2023 on Thursday, concluding that it had "completely failed" to protect civilians and had misjudged Hamas's intentions for years.
Chief of Staff Herzi Halevi, who leaves next week, said he bore responsibility. Relatives of those killed renewed calls for a state commission of inquiry, which Netanyahu has rejected.
""",
  note="Israeli military and domestic; names the hostages' kibbutz.")

r("KN", "2025-02-28T09:10:00Z", "what-happens-when-stage-one-ends", "A",
  "Explained: what happens when the first stage of the Gaza truce ends on Saturday",
  "Knowable staff",
  """
The first stage of the Gaza ceasefire ends on Saturday, 1 March, after 42 days, and the agreement does not say what happens if the second stage has not been agreed by then.
What has been done: 25 living hostages and eight bodies returned, about 1,800 Palestinian prisoners freed, the road north reopened, hundreds of trucks of aid a day.
What was supposed to happen: talks on a second stage from early February, to free the remaining living hostages in return for a permanent ceasefire and a full Israeli withdrawal.
What Israel says: it keeps the right to resume fighting. What Hamas says: it wants the second stage. Who negotiates: Ron Dermer for Israel; Egypt and Qatar in between, with the United States as a guarantor.
""",
  rs=[14, 4], note="Explainer; running totals of scheduled releases.")

r("TN", "2025-02-28T17:00:00Z", "week-six", "A",
  "Truce Notes, week six: the first stage closes its books",
  "Samir Haddad",
  """
This week in one line: the last hostages and prisoners of the first stage changed hands, five days late.
On Saturday the six living were freed and Shiri Bibas's remains identified; that night Israel held back about 620 prisoners over Hamas's ceremonies. On Thursday before dawn, after Egyptian mediation, four more bodies came back without ceremony and more than 600 prisoners went home.
Tomorrow the first stage ends. There is no agreed second stage and, as far as anyone admits, no round scheduled. Ramadan begins the same weekend.
The number: 8 - bodies of hostages returned in the first stage, all of those it promised.
Quote of the week: "My son's name was on the list." - a mother in Nablus.
""",
  rs=[12, 13, 14], note="Weekly recap of 076, 080 and 087.")

r("CD", "2025-02-28T21:30:00Z", "zelensky-oval-office-clash", "D",
  "Zelensky's Oval Office visit ends in shouting match, minerals deal unsigned",
  "Marcy Hollander",
  """
A meeting between President Trump and Ukraine's Volodymyr Zelensky in the Oval Office collapsed on Friday in a televised argument, with Trump and Vice President JD Vance accusing Zelensky of being ungrateful and of "gambling with World War III".
Zelensky left the White House early, and a deal on Ukraine's minerals that the two were due to sign was put off. European leaders rallied behind him within hours.
""",
  note="Other talks in Washington.")

r("CD", "2025-03-01T16:10:00Z", "rubio-expedites-arms-israel", "D",
  "Rubio uses emergency powers to speed $4 billion in arms to Israel",
  "Dan Whitcomb",
  """
Secretary of State Marco Rubio said on Saturday he had signed a declaration using emergency authority to expedite the delivery of about $4 billion in military aid to Israel, bypassing the usual congressional review.
The package includes bombs, demolition kits and munitions. Rubio said the administration would "use every tool" to support Israel's security. Democrats said the move undermined Congress's oversight.
""",
  note="Arms for Israel; 'aid' is military aid, not humanitarian aid.")
