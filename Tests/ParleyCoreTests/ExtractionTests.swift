import Foundation
import Testing
@testable import ParleyCore

/// Extraction behaviours, each on a short fixture report named after it, read with the seed model's vocabulary.
@Suite struct ExtractionTests {
    let tracker: NegotiationTracker

    init() throws {
        tracker = NegotiationTracker(model: try Fixtures.seedModel())
    }

    func claims(_ name: String) throws -> [Claim] {
        tracker.analyze(try Fixtures.report(name)).claims
    }

    @Test func reportedSpeechIsTheSpeakersStance() throws {
        let claim = try #require(try claims("attribution-reported-speech").first { $0.issue == "ceasefire" })
        #expect(claim.party == "russia")
        #expect(claim.attribution == "speaker")
        #expect(claim.stance == "proposes" || claim.stance == "accepts")
        #expect(claim.quantities.contains(Quantity(value: 45, unit: "days")))
    }

    /// A wire's dateline that opens with the day and the outlet ("October 2 (Reuters) -") is cut like one that opens
    /// with the place: the claim's sentence starts with its news, and the day is no date the sentence names.
    @Test func aDatelineOfDayAndOutletIsCut() throws {
        let claim = try #require(try claims("dateline-day-and-outlet").first { $0.issue == "prisoner-exchange" })
        #expect(claim.sentence.hasPrefix("Russia and Ukraine exchanged 185 prisoners"))
    }

    @Test func refusalNegatesTheStance() throws {
        let claim = try #require(try claims("negation-refused").first { $0.issue == "children" })
        #expect(claim.party == "russia")
        #expect(claim.stance == "rejects")
        #expect(claim.quantities.contains(Quantity(value: 339, unit: "children")))
    }

    @Test func didNotRuleOutIsAHedgedAcceptance() throws {
        let claim = try #require(try claims("hedging-did-not-rule-out").first { $0.issue == "leaders-meeting" })
        #expect(claim.hedged)
        #expect(!claim.negated)
        #expect(claim.stance == "accepts")
        #expect(claim.party == "turkey")
    }

    @Test func numbersInWordsCarryTheirUnits() throws {
        let claim = try #require(try claims("numbers-in-words").first { $0.issue == "prisoner-exchange" })
        #expect(claim.quantities.contains(Quantity(value: 84, unit: "prisoners")))
        #expect(claim.quantities.contains(Quantity(value: 26, unit: "civilians")))
        #expect(claim.party == nil, "Russia and Ukraine acting together concern the issue as a whole")
    }

    @Test func aLeadersMeetingNeedsTwoLeadersMeeting() throws {
        let claims = try claims("leaders-meeting-needs-two-leaders")
        let summit = try #require(claims.first { $0.sentence.hasPrefix("President Donald Trump") })
        #expect(summit.issue == "leaders-meeting")
        #expect(summit.names.contains("vienna"))
        let envoy = try #require(claims.first { $0.sentence.hasPrefix("Envoy Steve Witkoff") })
        #expect(envoy.issue == "talks", "an envoy meeting a leader is envoys' talks")
        #expect(envoy.party == "united-states")
    }

    @Test func aDocumentSubjectSpeaksForItsOwner() throws {
        let claim = try #require(try claims("document-subject-speaks-for-owner").first { $0.issue == "military-limits" })
        #expect(claim.party == "united-states")
        #expect(claim.attribution == "document")
        #expect(claim.quantities.contains(Quantity(value: 550_000, unit: "troops")))
    }

    /// "Russia's memorandum ..., a reply to the American proposal": a later "Under the memorandum" is Russia's,
    /// though the American proposal was the last document named.
    @Test func aDocumentNamedAgainByItsWordIsTheOneNamedWithThatWord() throws {
        let claim = try #require(try claims("document-named-again-by-its-word").first { $0.issue == "territory" })
        #expect(claim.party == "russia")
        #expect(claim.attribution == "document")
    }

    @Test func aNegatedModalWithItsOwnVerbIsARefusal() throws {
        let claim = try #require(try claims("negated-modal").first { $0.issue == "territory" })
        #expect(claim.party == "ukraine")
        #expect(claim.negated)
        #expect(claim.stance == "rejects")
    }

    @Test func aBareModalIsNoStanceOutsideADocument() throws {
        // "troops ... would be legitimate targets" is a warning, not a proposal on security guarantees.
        let claims = try claims("rhetoric-bare-modal")
        #expect(!claims.isEmpty)
        #expect(claims.allSatisfy { $0.stance == nil })
    }

    @Test func peopleFromCapitalsAreActorsAndTheirDocumentSpeaksOnEveryIssue() throws {
        let claims = try claims("actors-from-capitals")
        let plan = try #require(claims.first { $0.issue == "peace-plan" })
        #expect(plan.party == "europe", "advisers from Britain, France and Germany are Europe, not a place")
        let cap = try #require(claims.first { $0.issue == "military-limits" }, "the clause after 'under which'")
        #expect(cap.party == "europe")
        #expect(cap.quantities.contains { $0.value == 750_000 })
    }

    @Test func aDocumentsClausesSpeakForItsOwner() throws {
        let claims = try claims("document-clauses-new-plan")
        let clauses = claims.filter { $0.sentence.hasPrefix("Under the framework") }
        #expect(Set(clauses.map(\.issue)).isSuperset(of: ["territory", "security-guarantees"]))
        #expect(clauses.allSatisfy { $0.party == "united-states" && $0.attribution == "document" })
    }

    @Test func aTitleCaseNameOfSeveralWordsMatchesInLowercaseButOneWordAndNumberedNamesDoNot() {
        let matcher = PhraseMatcher([["Joint Security Coordination Mechanism"], ["Turkey"], ["Section 907"],
                                     ["Declaration of Principles"]])
        func labels(_ text: String) -> [Int] { matcher.matches(in: Tokenizer.tokens(text)).map(\.label) }
        #expect(labels("The two ministers signed a declaration of principles.") == [3], "short joining words inside")
        #expect(labels("They held the first meeting of the joint security coordination mechanism.") == [0])
        #expect(labels("They held the first meeting of the Joint Security Coordination Mechanism.") == [0])
        #expect(labels("They will talk turkey about section 907.").isEmpty)
        #expect(labels("Turkey spoke of Section 907.") == [1, 2])
    }

    /// A phrase with capitals whose first word is written in lowercase ("the United States and China") also
    /// matches with that word capitalised at the start of a sentence; the rest still matches only as written.
    @Test func aLowercaseFirstWordAlsoMatchesCapitalisedAtTheStartOfASentence() {
        let matcher = PhraseMatcher([["the United States and China"], ["al-Sharaa"]])
        func labels(_ text: String) -> [Int] { matcher.matches(in: Tokenizer.tokens(text)).map(\.label) }
        #expect(labels("The United States and China agreed to cut tariffs.") == [0])
        #expect(labels("Talks between the United States and China resumed.") == [0])
        #expect(labels("Al-Sharaa met al-Sharaa's envoy.") == [1, 1])
        #expect(labels("the united states and china agreed.").isEmpty, "the capitals after the first word stay")
    }

    @Test func anAnalysisHeadlineMakesCommentary() throws {
        let claims = try claims("analysis-headline")
        #expect(!claims.isEmpty)
        #expect(claims.allSatisfy { $0.commentary })
    }

    @Test func aJointPhraseWithoutThePrincipalsIsNotThem() throws {
        let analysis = tracker.analyze(try Fixtures.report("joint-phrase-without-principals"))
        #expect(!analysis.relevant, "'the delegations' of two other states are not Russia and Ukraine")
    }

    @Test func twoSpeakersJoinedByAndBothHoldTheStance() throws {
        let parties = Set(try claims("compound-speakers").filter { $0.issue == "territory" }.compactMap(\.party))
        #expect(parties == ["ukraine", "europe"])
    }

    @Test func aReportedClauseSubjectDoesNotTakeACueAcrossAnAside() throws {
        let claim = try #require(try claims("speaker-aside").first { $0.issue == "territory" })
        #expect(claim.party == "united-states", "Trump said Ukraine, with ... support ..., could: Trump's stance")
        #expect(claim.attribution == "speaker")
    }

    @Test func anIssueNamedAgainByItsHeadNounCarriesOver() throws {
        let claim = try #require(try claims("issue-named-again").first { $0.sentence.hasPrefix("Russia's negotiator") })
        #expect(claim.issue == "nuclear-plant", "'the plant' names the previous sentence's nuclear power plant")
        #expect(claim.party == "russia")
        #expect(claim.stance == "rejects")
    }

    @Test func phrasesThatAreNoCueWinOverTheCueInside() throws {
        let claim = try #require(try claims("not-a-cue").first { $0.sentence.hasPrefix("A mother") })
        #expect(claim.stance == nil, "'held up a hand-painted sign' is neither a meeting held nor an agreement signed")
    }

    @Test func anUnderscoreMatchesAnyOneWord() {
        let matcher = PhraseMatcher([["spent about _ hours"]])
        #expect(matcher.matches(in: Tokenizer.tokens("Witkoff spent about three hours with Putin")).map(\.length) == [4])
        #expect(matcher.matches(in: Tokenizer.tokens("He spent about two years in captivity")).isEmpty)
    }

    @Test func aSecondVerbPhraseAfterAndGovernsItsOwnIssue() throws {
        let issues = Set(try claims("second-verb-phrase").map(\.issue))
        #expect(issues.isSuperset(of: ["talks", "bodies-repatriation"]), "met ... and agreed to return the bodies")
    }

    @Test func anInstitutionActingOnTheNegotiationsOwnMatterIsRelevant() throws {
        let led = tracker.analyze(try Fixtures.report("institution-led"))
        #expect(led.relevant, "the IAEA at the Zaporizhzhia nuclear plant: two of the model's terms as proper names")
        let other = tracker.analyze(try Fixtures.report("institution-one-topic"))
        #expect(!other.relevant, "the IAEA on Iran: one term of the model, and another actor")
    }

    /// A mediator acting on the negotiation's named ground with one of its issues ("Oman floated a plan to ship
    /// Isfahan's enriched uranium abroad") is the negotiation's news though no principal party is named; the same
    /// mediator hosting a meeting somewhere ("experts in Muscat") names a venue, not the ground.
    @Test func aMediatorActingOnTheNegotiationsGroundIsRelevant() throws {
        let iran = NegotiationTracker(model: try Fixtures.seedModel("iran-nuclear"))
        #expect(iran.analyze(try Fixtures.report("mediator-acts-on-the-ground")).relevant)
        let venue = iran.analyze(try Fixtures.report("mediator-meets-at-a-venue"))
        #expect(!venue.relevant)
        #expect(venue.relevance.contains("principal party"))
    }

    /// A model of the Iran talks counts Russia as an observer: a lead naming the United States and Putin with words
    /// any negotiation uses ("deal", "war", "tariffs") is another negotiation's news; the same side with a word of
    /// this negotiation's own ("enrichment") is this one's.
    @Test func oneSideWithWordsAnyNegotiationUsesIsAnotherNegotiations() throws {
        let iran = NegotiationTracker(model: try Fixtures.seedModel("iran-nuclear"))
        let other = iran.analyze(try Fixtures.report("one-side-generic-words"))
        #expect(!other.relevant)
        #expect(other.relevance.contains("one side"))
        #expect(iran.analyze(try Fixtures.report("one-side-specific-words")).relevant)
        #expect(tracker.analyze(try Fixtures.report("one-side-generic-words")).relevant,
                "for Russia–Ukraine the same lead names both the mediator and a side")
    }

    /// A party named in a compound modifier ("the Iran-backed group", "US-hosted talks") describes another actor
    /// or event: for a model of the Iran talks, an Israeli push into Lebanon is Israel's news and Lebanon's (once
    /// those two mentions are left out, the lead names one side with words any negotiation uses).
    @Test func aPartyInACompoundModifierIsNamedInPassing() throws {
        #expect(Tokenizer.tokens("the Iran-backed group").map(\.hyphenNext) == [false, true, false, false])
        #expect(Tokenizer.tokens("a 1,000-for-1,000 swap").map(\.hyphenNext) == [false, true, true, false, false])
        #expect(Tokenizer.tokens("Iran - and only Iran").allSatisfy { !$0.hyphenNext })
        let iran = NegotiationTracker(model: try Fixtures.seedModel("iran-nuclear"))
        let analysis = iran.analyze(try Fixtures.report("party-in-a-compound-modifier"))
        #expect(!analysis.relevant, "\(analysis.relevance)")
    }

    /// A first paragraph that is only a teaser ("This week in one line: ...") is no lead: the lead runs on into the
    /// next paragraph until it holds `ClaimExtractor.leadWords` words, so a newsletter whose news starts there counts.
    @Test func aTeaserLeadRunsOnIntoTheNextParagraph() throws {
        #expect(ClaimExtractor.leadCount([(0, 12), (1, 30), (2, 5)]) == 2)
        #expect(ClaimExtractor.leadCount([(0, 14), (0, 14), (1, 30)]) == 2, "two sentences of 28 words are a lead")
        #expect(ClaimExtractor.leadCount([(0, 5), (1, 6), (2, 20)]) == 3)
        #expect(ClaimExtractor.leadCount([(0, 40), (1, 30)]) == 1)
        let analysis = tracker.analyze(try Fixtures.report("newsletter-teaser-lead"))
        #expect(analysis.relevant, "\(analysis.relevance)")
        #expect(analysis.claims.contains { $0.issue == "prisoner-exchange" })
    }

    @Test func anotherConflictIsNotRelevant() throws {
        let analysis = tracker.analyze(try Fixtures.report("unrelated-conflict"))
        #expect(!analysis.relevant)
        #expect(analysis.claims.isEmpty)
    }

    @Test(arguments: [
        ("24 to 48 hours", [Quantity(value: 24, unit: "hours"), Quantity(value: 48, unit: "hours")]),
        ("a 1,000-for-1,000 exchange of prisoners", [Quantity(value: 1000, unit: "prisoners"),
                                                    Quantity(value: 1000, unit: "prisoners")]),
        ("90 billion euros", [Quantity(value: 90e9, unit: "euros")]),
        // "European" is no currency: the countries are the unit.
        ("seven European countries", [Quantity(value: 7, unit: "countries")]),
        ("two days after the talks", []),
        ("on June 2 in 2022", []),
        // A place preposition after a word that is no unit ends the number's phrase: the hilltops are no countries.
        ("five hilltops inside the country", [Quantity(value: 5, unit: "n")]),
        ("six times in three days", [Quantity(value: 6, unit: "n"), Quantity(value: 3, unit: "days")]),
    ])
    func numbers(text: String, expected: [Quantity]) throws {
        let reader = NumberReader(try Fixtures.seedModel().language)
        #expect(reader.quantities(in: Tokenizer.tokens(text)) == expected)
    }

    /// With its sentence, a number is read with what it counts (`noun`): the noun after it when the lexicon has no
    /// unit for it, the unit named shortly before it when nothing follows; times of day, numbered names and
    /// compound words count nothing (`countsNothing`).
    @Test(arguments: [
        ("the two delegations had reached a common understanding", [Quantity(value: 2, unit: "n", noun: "delegations")]),
        ("Russia's two largest oil companies, on Wednesday", [Quantity(value: 2, unit: "n", noun: "companies")]),
        ("enough for one nuclear weapon.", [Quantity(value: 1, unit: "n", noun: "weapon")]),
        ("eight protocols: two already agreed", [Quantity(value: 8, unit: "n", noun: "protocols"),
                                                Quantity(value: 2, unit: "n")]),
        ("Ukraine's armed forces would be capped at 800,000 in peacetime rather than 600,000",
         [Quantity(value: 800_000, unit: "n", noun: "troops"), Quantity(value: 600_000, unit: "n", noun: "troops")]),
        ("23:05 CAT – Trump warned that any side that broke the agreement would pay",
         [ExtractionTests.name(23), ExtractionTests.name(5)]),
        ("7:40 a.m. ET (Tuesday) — Trump tells reporters", [ExtractionTests.name(7), ExtractionTests.name(40)]),
        ("security guarantees modelled on NATO's Article 5", [ExtractionTests.name(5)]),
        ("all provisions of UN Security Council resolution 2231 had expired", [ExtractionTests.name(2231)]),
        ("B-2 bombers dropped bombs", [ExtractionTests.name(2)]),
        ("a Putin–Zelensky meeting to be followed by a three-way summit", [ExtractionTests.name(3)]),
        ("a 30-day ceasefire and a 28-point plan",
         [Quantity(value: 30, unit: "days"), Quantity(value: 28, unit: "points")]),
    ])
    func numbersWithTheirNoun(text: String, expected: [Quantity]) throws {
        let reader = NumberReader(try Fixtures.seedModel().language)
        let tokens = Tokenizer.tokens(text)
        #expect(reader.quantities(in: tokens, text: text) == expected)
        // Values and units are read alike without the sentence: memory and the model's facts do not move.
        #expect(reader.quantities(in: tokens).map(\.description) == expected.map(\.description))
    }

    /// A number that counts nothing, as the reader marks it (its value kept for restatement memory).
    static func name(_ value: Double) -> Quantity {
        var quantity = Quantity(value: value, unit: "n")
        quantity.countsNothing = true
        return quantity
    }

    @Test func sentencesSplitButNotAtAbbreviations() {
        let sentences = SentenceSplitter.sentences(
            "Sen. Lindsey Graham spoke in the U.S. Senate on Monday. Moscow said no. \"We agree,\" he said.")
        #expect(sentences == ["Sen. Lindsey Graham spoke in the U.S. Senate on Monday.", "Moscow said no.",
                              "\"We agree,\" he said."])
    }

    /// "Peskov said the matter was closed. He said ...": a sentence that makes no claim still names who speaks, and
    /// the next sentence's "he" is that speaker, not the party of the last claim.
    @Test func aSpeakerOfASentenceWithoutClaimIsCarried() throws {
        let claim = try #require(try claims("context-speaker-without-claim").first { $0.attribution == "context" })
        #expect(claim.issue == "ceasefire")
        #expect(claim.party == "russia")
    }
}
