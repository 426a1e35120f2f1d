from common import r

r("CD", "2025-01-23T14:20:00Z", "houthis-terror-designation-order", "D",
  "Trump orders Houthis put back on terrorist list",
  "Dan Whitcomb",
  """
President Trump ordered on Wednesday that Yemen's Houthi movement be designated again as a foreign terrorist organisation, reversing a Biden-era decision, and told the State Department to review aid groups working in areas the Houthis control.
The Houthis attacked shipping in the Red Sea for more than a year in what they called solidarity with Gaza, and said they would stop after the ceasefire began. The designation is to take effect within weeks.
""",
  note="Yemen; names Gaza and the ceasefire in passing.")

r("SD", "2025-01-31T10:10:00Z", "qatar-emir-in-damascus", "D",
  "Qatar's emir becomes first head of state to visit Damascus since Assad's fall",
  "Saraya Daily staff, Doha",
  """
Sheikh Tamim bin Hamad Al Thani, the emir of Qatar, arrived in Damascus on Thursday, the first head of state to visit Syria since Bashar al-Assad was overthrown, and met the interim president, Ahmed al-Sharaa.
Doha has promised to help pay public sector salaries and to supply electricity. The emir called for an inclusive government and for Israel to withdraw from the Syrian territory it entered in December.
""",
  note="Qatar as a regional actor, another file (Syria); names Israel's 'withdraw'.")

r("MW", "2025-02-17T11:05:00Z", "hamas-commander-killed-sidon", "D",
  "Israeli drone strike kills Hamas commander in southern Lebanon",
  "Meridian Wire staff in Beirut",
  """
BEIRUT (Meridian) - An Israeli drone strike on a car in the Lebanese city of Sidon on Monday killed Mohammed Shaheen, whom the Israeli military described as the head of Hamas's operations in Lebanon.
The military said he had been planning attacks on Israelis using Iranian funding. Lebanon's health ministry confirmed one death. It was the first such Israeli strike on Hamas in Lebanon since the Gaza ceasefire began; Hamas in Gaza did not comment on whether it affected the truce.
""",
  note="Hamas named, but a strike in Lebanon outside the Gaza truce; not a violation of the Gaza ceasefire in the file (uncertain: Parley may read it as ceasefire news).")
