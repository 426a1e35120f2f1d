import Foundation
import Testing
@testable import ParleyCore

/// Each stage of the extractor on a fixture sentence of its own, read through the stages up to it: what the stage
/// sets, and nothing from the stages after it.
@Suite struct StageTests {
    let reader: StageReader

    init() throws { reader = try StageReader() }

    @Test func theStagesRunInTheirDocumentedOrder() {
        #expect(ClaimExtractor.stages.map(\.name) == [
            "asides", "cues", "issues", "documents", "attributive-cues", "voice", "actors", "document-subject",
            "outsiders", "dates", "details",
            "speaker", "targets", "stance", "attribution", "modal", "claims",
        ])
    }

    @Test func asidesCoverRelativeClausesAndShortCommaSpans() {
        let s = reader.read("Umerov, who led the delegation in Istanbul, told reporters on Monday that Kyiv would accept "
                            + "a ceasefire of 30 days, in Geneva, as a first step.", until: "asides")
        #expect(reader.words(s, s.asides) == ["who", "led", "the", "delegation", "in", "Istanbul", "in", "Geneva"])
        #expect(s.stances.isEmpty, "cues are the next stage's")
    }

    /// An opening phrase that ends in a capitalised word ("In Washington,", "Separately,") is no name with an
    /// appositive after it: the rest of the sentence is not an aside.
    @Test func asidesLeaveTheSentenceAfterAnOpeningPhrase() {
        for text in ["In Washington, the White House said Russia had agreed to a ceasefire.",
                     "Separately, a diplomat said Russian and Ukrainian officials had met in Baku.",
                     "On Friday, the Kremlin said it rejected the ceasefire."] {
            let s = reader.read(text, until: "asides")
            #expect(s.asides.isEmpty, "\(text)")
        }
        let named = reader.read("Peskov, the Kremlin's spokesman, said Russia rejected the ceasefire.", until: "asides")
        #expect(reader.words(named, named.asides) == ["the", "Kremlin", "spokesman"])
    }

    @Test func cuesInsideAnAsideDoNotCount() {
        let s = reader.read("Ukraine, which has backed the plan, rejected the ceasefire.", until: "cues")
        #expect(s.stances.map { reader.extractor.model.stanceNames[$0.label] } == ["rejects"])
    }

    /// The stances the cue stage reads in `text`, by name.
    func stanceNames(_ text: String) -> [String] {
        reader.read(text, until: "cues").stances.map { reader.extractor.model.stanceNames[$0.label] }
    }

    /// Event verbs of the language file: a raid is under way, a successor is appointed.
    @Test func cuesReadRaidsAndSuccessions() {
        let names = { (text: String) in
            reader.read(text, until: "cues").stances.map { reader.extractor.model.stanceNames[$0.label] }
        }
        #expect(names("Russian troops raided the nuclear plant on Friday.") == ["underway"])
        #expect(names("Umerov succeeds Yermak as head of the delegation.") == ["appointed"])
    }

    /// An undertaking, or an offer to give something up, is a pledge; an exemption a measure halted for what it
    /// exempts, a vote for or against a stance, and a resumption under way in every tense; the noun "exemptions"
    /// alone does nothing.
    @Test func cuesReadUndertakingsExemptionsVotesAndResumptions() {
        #expect(stanceNames("Russia undertook to free the prisoners.") == ["proposes"])
        #expect(stanceNames("Kyiv gave up its claim to the region.") == ["proposes"])
        #expect(stanceNames("Washington exempted Russian fertiliser from the sanctions.") == ["suspended"])
        #expect(stanceNames("The notice lists exemptions for Russian fertiliser.").isEmpty)
        #expect(stanceNames("The council voted against the resolution.") == ["rejects"])
        #expect(stanceNames("The council voted for the resolution.") == ["agreed"])
        #expect(stanceNames("Kyiv resumes the prisoner exchange.") == ["underway"])
    }

    /// An adverb inside a stance phrase does not hide it ("has formally closed" is "has closed"); "only" is no
    /// adverb the reading drops ("only if" stays a condition).
    @Test func cuesReadAStancePhraseWithAnAdverbInside() {
        #expect(stanceNames("The OSCE has formally closed its Minsk office.") == ["completed"])
        #expect(stanceNames("The OSCE has closed its Minsk office.") == ["completed"])
        #expect(stanceNames("Kyiv will accept a ceasefire only if Russia agrees.").contains("demands"))
    }

    /// "Reached" is an agreement only with what is agreed ("reached an agreement", "a deal was reached",
    /// "agreements reached in Washington"): troops that reached a region or a stock that reached 400 kilograms agree
    /// nothing.
    @Test func cuesReadReachedAsAnAgreementOnlyWithWhatIsAgreed() {
        let names = { (text: String) in
            reader.read(text, until: "cues").stances.map { reader.extractor.model.stanceNames[$0.label] }
        }
        #expect(names("The two delegations reached an agreement on the exchange.") == ["agreed"])
        #expect(names("Umerov said a common understanding had been reached.").contains("agreed"))
        #expect(names("They reached a \"basic framework consensus\" on Sunday.") == ["agreed"])
        #expect(names("Russian units had reached the western edge of the Donetsk region.").isEmpty)
        #expect(names("Its stockpile reached 408.6 kilograms as of 17 May.").isEmpty)
    }

    /// A measure that moves: raised, cut, eased, tightened or extended stays in force at its new level (`agreed`);
    /// revoked or scrapped, it has ended (`completed`); halted or paused, it is `suspended`. A measure's cue moves
    /// only an issue it takes as its object: "cut its forecast ..., blaming sanctions" moves no sanctions.
    @Test func cuesReadMeasuresThatMove() {
        let names = { (text: String) in
            reader.read(text, until: "issues").stances.map { reader.extractor.model.stanceNames[$0.label] }
        }
        #expect(names("The European Union eased sanctions on Russia on Monday.") == ["agreed"])
        #expect(names("Washington tightened its sanctions on Russian banks.") == ["agreed"])
        #expect(names("Brussels extended the sanctions on Russia for six months.") == ["agreed"])
        #expect(names("Washington cut the sanctions on Russian oil to a few banks.") == ["agreed"])
        #expect(names("The United States revoked sanctions on Russian fertiliser.") == ["completed"])
        #expect(names("Russia halts the prisoner exchange.") == ["suspended"])
        #expect(names("The IMF cut its forecast for world growth, blaming sanctions on Russia.").isEmpty)
    }

    /// A halt written with a negation ("will not impose", "no longer applies") is a halt, not a negated act.
    @Test func stanceReadsAHaltWrittenWithANegation() {
        for text in ["Washington will not impose new sanctions on Russia, Rubio said.",
                     "The energy ceasefire no longer applies, Kyiv said on Monday.",
                     "Russia put the prisoner exchange on hold on Monday."] {
            let s = reader.read(text, until: "stance")
            #expect(s.drafts.first?.stance == "suspended", "\(text)")
            #expect(s.drafts.first?.negated == false, "\(text)")
        }
    }

    @Test func cuesReadRecapCommentaryAndLookingAhead() {
        let s = reader.read("Analysts say Moscow has long demanded that Kyiv will withdraw.", until: "cues")
        #expect(s.commentary)
        #expect(s.recapCue == "has long")
        #expect(s.lookingAhead)
    }

    /// A recap word that is something else in its phrase (the language's `notBackground`): "the remains of" the
    /// dead are no recap; "remains" as a verb is.
    @Test func theRemainsOfTheDeadAreNoRecap() {
        #expect(reader.read("Russia returned the remains of 900 soldiers to Ukraine on Friday.", until: "cues").recapCue == nil)
        #expect(reader.read("Ukraine said identification of returned remains would take weeks.", until: "cues").recapCue == nil)
        #expect(reader.read("Russia remains opposed to a ceasefire, Peskov said.", until: "cues").recapCue == "remains")
    }

    /// A commentary word inside one of the model's terms ("expert-level talks" in the Iran model) names the matter,
    /// not an analyst's view; the same word speaking ("Experts say") is commentary.
    @Test func issuesClearCommentaryInsideTheModelsOwnTerm() throws {
        let iran = try StageReader(model: "iran-nuclear")
        let term = iran.read("Iran and the United States held expert-level talks in Muscat.", until: "issues")
        #expect(!term.commentary)
        let view = iran.read("Experts say Iran and the United States held talks in Muscat.", until: "issues")
        #expect(view.commentary)
    }

    /// "critical" is no critic: the commentary cue names critics and criticism, not the adjective.
    @Test func aCriticIsCommentaryButCriticalIsNot() {
        let critical = reader.read("Ukraine accepted a ceasefire on critical infrastructure.", until: "cues")
        #expect(!critical.commentary)
        let critics = reader.read("Critics said Russia rejected the ceasefire.", until: "cues")
        #expect(critics.commentary)
        let criticised = reader.read("Kyiv criticised the memorandum.", until: "cues")
        #expect(criticised.commentary)
    }

    @Test func issuesIgnoreAnIssueNamedAsAPointInTime() {
        let s = reader.read("Russia said it would return the bodies after a ceasefire.", until: "issues")
        #expect(s.issues.map(reader.issue) == ["bodies-repatriation"])
    }

    @Test func issuesTakeTheHeadNounOfThePreviousSentencesIssue() {
        let s = reader.read("Medinsky said Russia rejected any discussion of the plant.", until: "issues",
                            carriedIssue: "nuclear-plant")
        #expect(s.issues.map(reader.issue) == ["nuclear-plant"])
    }

    @Test func documentsNoteTheirOwnerEvenWhenNoIssueIsNamed() {
        let s = reader.read("Moscow's memorandum was handed over late on Monday.", until: "documents")
        #expect(s.documentOwner == "russia")
        let none = reader.read("Officials left the palace by car.", until: "documents", documentOwner: "ukraine")
        #expect(none.finished, "no issue: the sentence makes no claim")
        #expect(none.documentOwner == "ukraine", "the document under discussion carries on")
    }

    /// A capital right before the document word, without a possessive, is the document's venue: "the Ankara
    /// memorandum" is no more Turkey's than "the Washington agreement" is America's; "Ankara's memorandum" is.
    @Test func aCapitalBeforeADocumentIsItsVenueUnlessPossessive() {
        let venue = reader.read("Both delegations said the Ankara memorandum was handed over on Monday.", until: "documents")
        #expect(venue.documentOwner == nil)
        let owner = reader.read("Ankara's memorandum was handed over on Monday.", until: "documents")
        #expect(owner.documentOwner == "turkey")
        #expect(Tokenizer.tokens("Ankara's memorandum").map(\.possessive) == [true, false])
    }

    @Test func attributiveCuesDescribeTheNounBeforeThem() {
        let s = reader.read("Under the memorandum signed in Istanbul, Ukraine would hold elections.",
                            until: "attributive-cues")
        #expect(reader.words(s, s.attributiveCues) == ["signed"])
        let act = reader.read("Russia and Ukraine signed the memorandum in Istanbul.", until: "attributive-cues")
        #expect(act.attributiveCues.isEmpty, "a party's act, not a noun described")
    }

    /// A claim whose event cue is attributive ("continuing an exchange agreed at talks in Istanbul") reads as a recap
    /// of a known state; one whose cue is the sentence's own verb does not.
    @Test func aClaimOnAnAttributiveCueIsARecap() {
        let s = reader.read("Russia and Ukraine began a prisoner exchange agreed at talks in Istanbul.", until: "claims")
        let swap = s.claims.first { $0.issue == "prisoner-exchange" }
        #expect(swap?.recapCue == nil, "began is the sentence's own event")
        let recap = reader.read("Officials are working on the prisoner exchange agreed at talks in Istanbul.",
                                until: "claims")
        let agreed = recap.claims.first { $0.issue == "prisoner-exchange" }
        #expect(agreed?.attributiveCue == true)
        #expect(agreed?.recapCue == "agreed")
        #expect(agreed?.background == true)
    }

    @Test func voiceFindsTheIssueThatIsThePassiveCuesSubject() {
        let s = reader.read("The prisoner swap that had been due on Friday has been postponed, Kyiv said.",
                            until: "voice")
        #expect(s.passiveSubject.map(reader.issue) == "prisoner-exchange")
        let party = reader.read("Ukraine was ready to sign a ceasefire.", until: "voice")
        #expect(party.passiveSubject == nil, "a position, and a party as the subject")
        let active = reader.read("Russia postponed the prisoner exchange.", until: "voice")
        #expect(active.passiveSubject == nil)
    }

    @Test func aPassiveCueIsTheSubjectsAndItsAgentFollowsBy() throws {
        let s = reader.read("The swap of Ukrainian prisoners has been postponed, Kyiv said.", until: "attribution")
        let draft = try #require(s.drafts.first)
        #expect(reader.issue(draft.match) == "prisoner-exchange")
        #expect(draft.party == "ukraine" && draft.attribution == "speaker",
                "the party inside the subject (\"Ukrainian prisoners\") is not who acted")
        let by = reader.read("The prisoner exchange was postponed by Russia on Friday.", until: "attribution")
        #expect(by.drafts.first?.party == "russia")
    }

    @Test func actorsAreNotPlacesButPeopleFromAPlaceAre() {
        let s = reader.read("Advisers from Britain met in Moscow to discuss the ceasefire with Ukraine.",
                            until: "actors")
        #expect(s.actors.compactMap(reader.party) == ["europe", "ukraine"])
    }

    @Test func aDocumentSubjectSpeaksForTheDocumentUnderDiscussion() {
        let s = reader.read("The memorandum also says Ukraine would hold elections within 100 days.",
                            until: "document-subject", documentOwner: "russia")
        #expect(s.documentSubject == "russia")
        #expect(s.contentStart == 0)
        let under = reader.read("Kyiv sent a counter-proposal under which a ceasefire would come first.",
                                until: "document-subject")
        #expect(under.documentSubject == nil)
        #expect(under.contentStart != nil)
        #expect(s.documentLeads && !under.documentLeads)
        // A document leads the sentence though no owner is known: the sentence still speaks through it.
        let unowned = reader.read("The statement also called for a mechanism to monitor a ceasefire.",
                                  until: "document-subject")
        #expect(unowned.documentSubject == nil)
        #expect(unowned.documentLeads)
    }

    @Test func outsidersOwnTheirSentences() {
        let s = reader.read("Israel rejected a ceasefire in Gaza on Tuesday.", until: "outsiders")
        #expect(s.finished)
        let mixed = reader.read("Russia and Israel discussed a ceasefire.", until: "outsiders")
        #expect(!mixed.finished, "a principal party acts too")
        // The world list's armed groups are outsiders too, of every model that does not name them.
        let group = reader.read("Boko Haram said it would respect a ceasefire.", until: "outsiders")
        #expect(group.finished)
    }

    @Test func aMeetingOfOnePartyWithAnOutsiderIsAnotherNegotiations() {
        let s = reader.read("Russian Foreign Minister Sergei Lavrov arrived in China on Tuesday for talks on the war.",
                            until: "outsiders")
        #expect(s.finished, "Russia's talks with China")
        let both = reader.read("Russian and Ukrainian delegations met in Istanbul for talks, with Chinese observers.",
                               until: "outsiders")
        #expect(!both.finished, "both sides meet; the outsider only watches")
    }

    /// A meeting on another matter: the words the topic preposition takes after the meeting's word name nothing of
    /// the negotiation. A time, an article or a word of the model leaves the meeting the negotiation's.
    @Test func aMeetingOnAnotherMatterIsAnotherNegotiations() {
        let finished = { (text: String) in reader.read(text, until: "outsiders").finished }
        #expect(finished("Ukraine is in talks with the United States about receiving migrants."))
        #expect(finished("Russia held talks with the United States on fishing quotas in the Bering Sea."))
        #expect(!finished("Ukraine is in talks with the United States about a ceasefire."))
        #expect(!finished("Ukraine held talks with the United States on Monday."))
        #expect(!finished("Ukraine held talks with the United States on the sidelines of the summit."))
    }

    /// Force used on an outsider is another conflict, though a party of the model uses it: the first party or
    /// outsider named after the verb of force is its target or its place.
    @Test func forceUsedOnAnOutsiderIsAnotherConflict() {
        let finished = { (text: String) in reader.read(text, until: "outsiders").finished }
        #expect(finished("Russian warplanes struck targets in and around Sanaa overnight, officials said."),
                "a strike around Yemen's capital")
        #expect(finished("Russian navy vessels struck Yemen's Hodeidah port after missile fire at Russia."),
                "the target comes first; the party named later is not it")
        #expect(!finished("Russian missiles struck Kyiv overnight, days after Moscow rejected the ceasefire."),
                "a strike on a party of the model")
    }

    /// An outsider named inside an aside describes someone else ("its envoy to Israel"): the sentence, which names
    /// a principal, stays a party's.
    @Test func anOutsiderInsideAnAsideDoesNotOwnTheSentence() {
        let s = reader.read("Ukraine has named Rustem Umerov, its former envoy to the Israeli government, as head of "
                            + "its delegation to the talks.", until: "outsiders")
        #expect(!s.finished)
        let outside = reader.read("Ukraine has named Rustem Umerov as head of its delegation to talks with Israel.",
                                  until: "outsiders")
        #expect(outside.finished, "a meeting with an outsider, not inside an aside")
    }

    /// A bare month, like a bare weekday, is the latest one not after publication (4 June 2025) unless the
    /// sentence looks ahead or, as for a day without a year, it is at most two months ahead: "in December" is last
    /// December, a recap, not December 2025; "to August" is this August.
    @Test func aBareMonthIsThePastOneUnlessTheSentenceLooksAhead() {
        let past = reader.read("Russia tightened the sanctions in December.", until: "dates")
        #expect(past.dates.dates.isEmpty)
        #expect(past.dates.refersToPast)
        let ahead = reader.read("Russia will hold the next round of talks in December.", until: "dates")
        #expect(ahead.dates.dates == ["2025-12"])
        #expect(!ahead.dates.refersToPast)
        let soon = reader.read("Russia and Ukraine moved the prisoner exchange to August.", until: "dates")
        #expect(soon.dates.dates == ["2025-08"])
        #expect(!soon.dates.refersToPast)
        let since = reader.read("Ukraine says Russia must withdraw from the land it has taken since December.",
                                until: "dates")
        #expect(since.dates.dates.isEmpty && since.dates.refersToPast,
                "'since' points back in a sentence looking ahead")
        let thisMonth = reader.read("Russia tightened the sanctions in June.", until: "dates")
        #expect(thisMonth.dates.dates.isEmpty && !thisMonth.dates.refersToPast)
    }

    /// "the next day", "the day before": a day counted from the date named before it in the sentence, else in the
    /// previous sentence; "the day before the talks" counts from the talks, which have no date here.
    @Test func aRelativeDayIsCountedFromTheDateNamedBeforeIt() {
        let same = reader.read("The delegations met in Istanbul on June 2 and signed the memorandum the next day.",
                               until: "dates")
        #expect(same.dates.dates == ["2025-06-02", "2025-06-03"])
        let carried = reader.read("The day before, Ukraine had rejected the ceasefire.", until: "dates",
                                  carriedDate: "2025-06-02")
        #expect(carried.dates.dates == ["2025-06-01"])
        let event = reader.read("The day before the talks Ukraine rejected the ceasefire.", until: "dates",
                                carriedDate: "2025-06-02")
        #expect(event.dates.dates.isEmpty)
        let nothing = reader.read("Ukraine rejected the ceasefire the next day.", until: "dates")
        #expect(nothing.dates.dates.isEmpty, "no date named before it")
    }

    @Test func datesLeaveOutTheDateOfTheStatement() {
        let s = reader.read("Russia said on Tuesday that the ceasefire would begin on June 9.", until: "dates")
        #expect(s.dates.dates == ["2025-06-09"])
    }

    @Test func aSentenceNamingATimeAheadIsNoRecapOfTheEarlierTimeItNames() {
        let ahead = reader.read("The two delegations will meet in Istanbul on June 14, for the first time since 2022.",
                                until: "dates")
        #expect(ahead.dates.dates == ["2025-06-14"])
        #expect(!ahead.dates.refersToPast)
        let past = reader.read("The two delegations last met in Istanbul in 2022.", until: "dates")
        #expect(past.dates.refersToPast)
    }

    @Test func detailsReadNumbersPlacesAndNewNames() {
        let s = reader.read("Ukraine proposed exchanging 1,200 prisoners in Istanbul under a plan backed by Rosatom.",
                            until: "details")
        #expect(s.quantities.contains(Quantity(value: 1200, unit: "prisoners")))
        #expect(s.places == ["istanbul"])
        #expect(s.entities.contains(Stemmer.stem("rosatom")))
    }

    @Test func detailsReadUnitsOfTwoWordsAndCountsWithAThousandsSeparator() {
        let s = reader.read("Russia proposed a tariff of 49 per cent and puts the total for the first stage at about "
                            + "1,900, Kyiv said.", until: "details")
        #expect(s.quantities.map(\.description) == ["49 percent", "1900"], "1,900 is a count, not a year")
        let year = reader.read("The two sides last met in 2022 in Istanbul.", until: "details")
        #expect(!year.quantities.contains { $0.value == 2022 }, "a year is a date")
    }

    /// A look-ahead cue after a weekday, past the sentence's opening, does not move it ahead: "had met on Saturday
    /// ..., in what would be the first meeting" is last Saturday (31 May, fixtures are read on Wednesday 4 June);
    /// "will meet on Saturday" and "On Saturday, ... will meet" are the next one.
    @Test func datesReadAWeekdayBeforeALookAheadCueAsPast() {
        let met = reader.read("Russian and Ukrainian officials had met on Saturday in Baku, in what would be the first "
                              + "round of talks there.", until: "dates")
        #expect(met.dates.dates == ["2025-05-31"])
        let will = reader.read("Russian and Ukrainian officials will meet on Saturday for talks in Baku.",
                               until: "dates")
        #expect(will.dates.dates == ["2025-06-07"])
        let opening = reader.read("On Saturday, Russian and Ukrainian officials will hold talks in Baku.",
                                  until: "dates")
        #expect(opening.dates.dates == ["2025-06-07"])
    }

    /// Days joined after a month ("on August 7 and 8") are dates, not counts.
    @Test func detailsReadDaysJoinedAfterAMonthAsDates() {
        let s = reader.read("Russian and Ukrainian officials held talks in Geneva on August 7 and 8.", until: "details")
        #expect(s.quantities.isEmpty)
    }

    /// An article ends a number's phrase: "100,000 cars a year" counts cars; the year is the rate's.
    @Test func detailsStopAUnitAtAnArticle() {
        let s = reader.read("Up to 100,000 British cars a year could cross under the ceasefire, Kyiv said.",
                            until: "details")
        #expect(s.quantities.map(\.description) == ["100000"])
        #expect(s.quantities.first?.noun == "cars")
    }

    /// A title after a locative opens a person, not a place ("an aide to President ..."); a place of several
    /// capitalised words is one place where the claim shows it ("the White House").
    @Test func detailsReadNoPlaceAfterATitleAndShowAPlaceOfSeveralWordsAsOne() {
        let aide = reader.read("Umerov met an aide to President Ahmed al-Sharaa in Istanbul.", until: "details")
        #expect(aide.places == ["istanbul"])
        let house = reader.read("Umerov met Witkoff at the White House on Tuesday.", until: "details")
        #expect(house.places == ["white", "house"])
        #expect(AlertState.places(house.places, in: house.text) == ["White House"])
    }

    /// A number inside a party's name ("the two sides") counts nothing: it is no quantity of the claim.
    /// Places follow only a locative that means a location: "into" opens the object of an investigation.
    @Test func detailsReadNoPlaceAfterIntoOrOver() {
        let probe = reader.read("Russia opened an investigation into Google over its maps of Crimea.", until: "details")
        #expect(probe.places.isEmpty)
        let talks = reader.read("Russia and Ukraine held talks in Geneva on Monday.", until: "details")
        #expect(talks.places == ["geneva"])
    }

    @Test func detailsCountNothingInsideAPartysName() {
        let s = reader.read("Kyiv said the two sides would exchange 1,200 prisoners.", until: "details")
        #expect(s.quantities.filter { !$0.countsNothing }.map(\.description) == ["1200 prisoners"])
    }

    @Test func theSpeakerIsTheActorNextToTheAttributionVerb() throws {
        let kremlin = reader.read("The Kremlin said on Friday that Ukraine must withdraw from Donetsk.", until: "speaker")
        #expect(kremlin.speaker.flatMap { reader.party($0.mention) } == "russia")
        #expect(kremlin.complementSubject.map { kremlin.tokens[$0].text } == "Ukraine")
    }

    @Test func targetsAreTheFocusAndAMeetingBesideAWordOfMeeting() {
        let s = reader.read("Russia proposed a ceasefire of 30 days as talks in Istanbul ended on Monday.",
                            until: "targets")
        #expect(s.drafts.map { reader.issue($0.match) } == ["ceasefire", "talks"])
        #expect(s.drafts.allSatisfy { $0.stance == nil }, "stances are the next stage's")
    }

    @Test func aMeetingWithAnOutsiderIsDroppedButAMeetingInAnOutsidersCapitalIsNot() {
        let lukashenko = reader.read("Putin met Belarusian President Alexander Lukashenko for talks on Tuesday.",
                                     until: "claims")
        #expect(lukashenko.claims.isEmpty, "a meeting with an outsider is another negotiation's")
        // Riyadh is an outsider (the language's world list: Saudi Arabia's capital), but here only the venue.
        let riyadh = reader.read("Russian and Ukrainian delegations met in Riyadh for talks on Tuesday.", until: "claims")
        #expect(!riyadh.claims.isEmpty)
        // Nor is an outsider that names the meeting: "the Riyadh round" is where it was to be held.
        let round = reader.read("Turkey postponed the Riyadh round on Tuesday.", until: "claims")
        #expect(round.claims.map(\.issue) == ["talks"])
        let lavrov = reader.read("Turkey's foreign minister arrived in Riyadh for another round on Tuesday.",
                                 until: "claims")
        #expect(lavrov.claims.isEmpty, "one party travelling to an outsider for a round is another negotiation's")
        // An outsider before a word of negotiation the model's terms do not take ("the Riyadh meeting") is a venue too.
        let moved = reader.read("Turkey said the talks will be held in Istanbul on Monday, after the postponement of the "
                                + "Riyadh meeting.", until: "claims")
        #expect(moved.claims.map(\.issue) == ["talks"])
    }

    @Test func stanceNegatesAndHedges() {
        let refused = reader.read("Russia did not accept the ceasefire.", until: "stance")
        #expect(refused.drafts.first?.stance == "rejects")
        #expect(refused.drafts.first?.negated == true)
        let hedged = reader.read("Turkey did not rule out a summit.", until: "stance")
        #expect(hedged.drafts.first?.stance == "accepts")
        #expect(hedged.drafts.first?.hedged == true)
    }

    /// An event in a modal verb phrase is expected, not done: a forecast (its stance unchanged).
    @Test func anEventAfterAModalIsAForecast() {
        let expected = reader.read("Russia said the prisoner exchange would be completed next month.", until: "claims")
        #expect(expected.claims.first?.stance == "completed")
        #expect(expected.claims.first?.forecast == true)
        let signed = reader.read("Ukraine said the ceasefire will be signed on Friday.", until: "claims")
        #expect(signed.claims.first?.forecast == true)
        let governed = reader.read("Russia said it will allow the return of the children next month.", until: "claims")
        #expect(governed.claims.first?.stance == "underway")
        #expect(governed.claims.first?.forecast == true, "the modal's verb phrase governs the event")
        let done = reader.read("Russia said the prisoner exchange was completed on Monday.", until: "claims")
        #expect(done.claims.first?.stance == "completed")
        #expect(done.claims.first?.forecast == false)
    }

    /// An event a party hopes for or expects (the grammar's `wishes`) is a forecast too.
    @Test func anEventAPartyHopesForIsAForecast() {
        let hoped = reader.read("Washington hoped to see the peace framework signed this summer.", until: "claims")
        #expect(hoped.claims.first?.stance == "agreed")
        #expect(hoped.claims.first?.forecast == true)
        let signed = reader.read("Washington and Kyiv signed the peace framework on Monday.", until: "claims")
        #expect(signed.claims.first?.forecast == false)
    }

    /// An event in a condition has not happened: a conditional (its stance unchanged); a noun after a determiner is
    /// not the condition's verb.
    @Test func anEventInAConditionIsAConditional() {
        let condition = reader.read("Kyiv said that if Russia violated the ceasefire, it would respond.", until: "claims")
        #expect(condition.claims.first?.stance == "collapsed")
        #expect(condition.claims.first?.conditional == true)
        let noun = reader.read("Zelensky said that if the ceasefire agreement failed, Russia would be to blame.",
                               until: "claims")
        #expect(noun.claims.first { $0.issue == "ceasefire" }?.conditional == false)
        let done = reader.read("Kyiv said Russia violated the ceasefire on Monday.", until: "claims")
        #expect(done.claims.first?.conditional == false)
    }

    /// An event word that owns the next noun ("the agreement's adoption day") names the event, not its happening.
    @Test func stanceNotesAnEventNamedAsAnOwner() {
        let owner = reader.read("Russia said the sanctions expired on the agreement's tenth anniversary.", until: "stance")
        #expect(owner.drafts.contains { $0.stance == "agreed" && $0.namedEvent })
        let event = reader.read("Russia and Ukraine signed the agreement on Friday.", until: "stance")
        #expect(event.drafts.allSatisfy { !$0.namedEvent })
    }

    /// A party named right after a one-word cue is whom the stance is addressed to; after a cue of several words
    /// ("only if Russia ...") it starts a clause of its own.
    @Test func stanceNotesThePartyACueIsAddressedTo() {
        let asked = reader.read("Kyiv asked Russia, whose delegation left early, to agree to a ceasefire.", until: "stance")
        #expect(asked.drafts.first?.addressee == "russia")
        let clause = reader.read("Kyiv will accept a ceasefire only if Russia withdraws its troops.", until: "stance")
        #expect(clause.drafts.allSatisfy { $0.addressee == nil })
    }

    /// A party joined to the subject by "and" is its partner when one of the two is a principal party; third
    /// parties listed together each speak for themselves.
    @Test func attributionJoinsASubjectsPartner() {
        let s = reader.read("The United States and Ukraine drafted a new peace framework.", until: "attribution")
        #expect(s.drafts.first?.party == "ukraine")
        #expect(s.drafts.first?.partner == "united-states")
        let genitive = reader.read("Washington's envoys and the Ukrainian delegation drafted a new peace framework.",
                                   until: "attribution")
        #expect(genitive.drafts.first?.partner == "united-states")
        let thirdParties = reader.read("Turkey and the European Union welcomed the peace framework.", until: "attribution")
        #expect(thirdParties.drafts.first?.party == "europe")
        #expect(thirdParties.drafts.first?.partner == nil)
        let listed = reader.read("Ukraine, and later the United States, welcomed the peace framework.", until: "attribution")
        #expect(listed.drafts.first?.partner == nil, "a comma between: not one subject")
        let dashed = reader.read("The Ukraine–Russia deadline for a ceasefire passes.", until: "attribution")
        #expect(dashed.drafts.first?.party == "russia")
        #expect(dashed.drafts.first?.partner == "ukraine", "two names joined by a dash are one subject")
        let spaced = reader.read("Ukraine – Russia wants a ceasefire, Kyiv says.", until: "attribution")
        #expect(spaced.drafts.first?.partner == nil, "a dash set off by spaces joins no names")
    }

    /// A party the speaker names as the reported clause's subject, too far from the cue to take it over, is the
    /// clause's reported actor; the stance stays the speaker's.
    /// A party named as the object of an issue term ("ceasefire with Russian forces") is inside the subject, not
    /// its head: the sentence is the possessor's.
    @Test func attributionSkipsAPartyThatIsTheObjectOfAnIssueTerm() {
        let s = reader.read("Ukraine's ceasefire with Russian forces took effect on Monday.", until: "attribution")
        #expect(s.drafts.first?.party == "ukraine")
    }

    /// A meeting two principals set or hold (the subject's partner or the one it meets is another principal) is
    /// both sides': no single party. A call between the leaders is one of their meetings. A principal meeting a
    /// mediator keeps its party.
    @Test func attributionGivesAMeetingOfBothPrincipalsNoParty() {
        let call = reader.read("Putin and Zelensky spoke by phone about a summit on Monday.", until: "attribution")
        let held = call.drafts.first { reader.extractor.model.issueIDs[$0.match.label] == "leaders-meeting" }
        #expect(held?.stance == "held")
        #expect(held?.party == nil)
        let round = reader.read("Umerov will meet Medinsky in Istanbul on Monday.", until: "attribution")
        #expect(round.drafts.first?.stance == "scheduled")
        #expect(round.drafts.first?.party == nil)
        let mediator = reader.read("Umerov will meet Erdogan in Ankara on Monday.", until: "attribution")
        #expect(mediator.drafts.first?.party == "ukraine")
    }

    @Test func attributionNotesTheActorTheSpeakerTellsOf() {
        let far = reader.read("Rubio said that Russia's strikes on power plants were a violation of the ceasefire.",
                              until: "attribution")
        #expect(far.drafts.first?.party == "united-states")
        #expect(far.drafts.first?.reportedActor == "russia")
        let near = reader.read("Rubio said that Russia violated the ceasefire.", until: "attribution")
        #expect(near.drafts.first?.party == "russia")
        #expect(near.drafts.first?.reportedActor == nil)
    }

    /// "Medinsky said the two sides had agreed ...": the joint phrase opens the reported clause though the speaker
    /// stage stepped over its "the"; both sides agreed, not the speaker's side alone.
    @Test func attributionTakesAJointSubjectOfTheReportedClause() {
        let s = reader.read("Peskov said the two sides had agreed to exchange 1,200 prisoners of war.",
                            until: "attribution")
        #expect(s.drafts.first?.party == nil)
        #expect(s.drafts.first?.attribution == "subject")
        let own = reader.read("Peskov said the Kremlin had agreed to exchange 1,200 prisoners of war.",
                              until: "attribution")
        #expect(own.drafts.first?.party == "russia")
    }

    @Test func attributionGivesAReportedDemandToTheSpeaker() {
        let s = reader.read("The Kremlin said on Friday that a ceasefire must come after a settlement.",
                            until: "attribution")
        #expect(s.drafts.first?.party == "russia")
        #expect(s.drafts.first?.attribution == "speaker")
        let subject = reader.read("Peskov said Ukraine rejected the ceasefire.", until: "attribution")
        #expect(subject.drafts.first?.party == "ukraine", "the reported clause's own subject holds the stance")
    }

    @Test func attributionGivesAnObligationToTheDocumentsOwner() {
        let s = reader.read("Ukraine would be required to hold elections.", until: "attribution",
                            documentOwner: "united-states")
        #expect(s.drafts.first?.party == "united-states")
        #expect(s.drafts.first?.attribution == "document")
    }

    @Test func aBareModalOutsideADocumentIsNoProposal() {
        let s = reader.read("Russia said troops in Ukraine after a ceasefire would be legitimate targets.",
                            until: "modal")
        #expect(s.drafts.allSatisfy { $0.stance != "proposes" })
    }

    @Test func claimsGoToBothJoinedSpeakers() {
        let s = reader.read("Zelensky and European leaders said a ceasefire must come first.", until: "claims")
        #expect(Set(s.claims.map(\.party)) == ["ukraine", "europe"])
    }

    @Test func aNameThatQualifiesSomethingElseIsNoPartyMention() {
        let s = reader.read("Police detained pro-Russian activists ahead of the elections.", until: "documents")
        #expect(s.mentions.isEmpty)
        let plain = reader.read("Russian officials spoke of the elections.", until: "documents")
        #expect(plain.mentions.compactMap(reader.party) == ["russia"])
    }

    @Test func aSpeakerSetOffByCommasBeforeTheVerbSpeaks() {
        let s = reader.read("A ceasefire must come first, the spokesman of the Kremlin, Putin, said on Friday.",
                            until: "speaker")
        #expect(s.speaker.flatMap { reader.party($0.mention) } == "russia")
        #expect(!s.actors.contains { $0.start == s.speaker?.mention.start }, "an aside is still no actor")
    }

    @Test func aDemandOnAnotherPartyBelongsToTheSpeakerAfterIt() {
        let s = reader.read("Ukraine must accept a ceasefire now, the Kremlin said.", until: "attribution")
        #expect(s.drafts.first?.party == "russia")
        #expect(s.drafts.first?.attribution == "speaker")
        let own = reader.read("Ukraine will accept a ceasefire, Zelensky said.", until: "attribution")
        #expect(own.drafts.first?.party == "ukraine", "a party's own commitment stays its own")
    }

    /// "agreed to extend the ceasefire and to keep the plant safe": the second infinitive names an issue of its own,
    /// governed by the cue that governs the first.
    @Test func aCoordinatedInfinitiveNamesASecondIssue() {
        let s = reader.read("Russia agreed to extend the ceasefire and to keep the Zaporizhzhia nuclear plant safe.",
                            until: "stance")
        #expect(s.drafts.map { reader.issue($0.match) } == ["ceasefire", "nuclear-plant"])
        #expect(s.drafts.last?.stance == s.drafts.first?.stance)
        let comma = reader.read("Russia agreed to extend the ceasefire, and to keep the Zaporizhzhia nuclear plant"
                                + " safe.", until: "targets")
        #expect(comma.drafts.map { reader.issue($0.match) } == ["ceasefire"], "not across a comma")
    }

    /// "It asks Russia to return the children": the party asked is no actor; the one who asks is (here the party
    /// carried from the sentence before).
    @Test func thePartyAskedIsNotTheOneWhoAsks() {
        let s = reader.read("It asks Russia to return the deported children.", until: "attribution",
                            carriedParty: "europe")
        #expect(s.drafts.first?.party == "europe")
        #expect(s.drafts.first?.stance == "demands")
        #expect(s.drafts.first?.addressee == "russia")
    }
}
