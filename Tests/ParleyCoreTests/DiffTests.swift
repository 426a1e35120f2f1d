import Foundation
import Testing
@testable import ParleyCore

/// The diff: what alerts, what does not, corroboration, versioning and deterministic ids.
@Suite struct DiffTests {
    @Test func restatementOfTheSeedRaisesNothing() throws {
        let (_, outcomes) = try Fixtures.process(["restatement-of-seed"], model: try Fixtures.seedModel())
        #expect(outcomes[0].alerts.isEmpty)
    }

    @Test func backgroundRecapRaisesNothing() throws {
        let (_, outcomes) = try Fixtures.process(["background-recap"], model: try Fixtures.seedModel())
        #expect(outcomes[0].alerts.isEmpty)
    }

    @Test func anotherConflictRaisesNothing() throws {
        let (tracker, outcomes) = try Fixtures.process(["unrelated-conflict"], model: try Fixtures.seedModel())
        #expect(outcomes[0].alerts.isEmpty)
        #expect(!outcomes[0].modelChanged)
        #expect(tracker.model.version == (try Fixtures.seedModel()).version)
    }

    @Test func aNewSwapAlertsOnceWithEvidence() throws {
        let (_, outcomes) = try Fixtures.process(["numbers-in-words"], model: try Fixtures.seedModel())
        let alert = try #require(outcomes[0].alerts.first { $0.issue == "prisoner-exchange" })
        #expect(outcomes[0].alerts.filter { $0.issue == "prisoner-exchange" }.count == 1)
        #expect(alert.evidence.first?.hasPrefix("Russia and Ukraine exchanged eighty-four") == true)
        #expect(alert.corroboratingSources == 1)
        #expect(alert.negotiation == "russia-ukraine")
    }

    @Test func aNewDocumentAlertsOnEachClauseOnceAndARecapRaisesNone() throws {
        let (tracker, outcomes) = try Fixtures.process(["document-clauses-new-plan", "document-clauses-recap"],
                                                       model: try Fixtures.seedModel())
        let first = Set(outcomes[0].alerts.map { "\($0.issue)/\($0.party ?? "-")" })
        #expect(first.isSuperset(of: ["peace-plan/united-states", "territory/united-states",
                                      "security-guarantees/united-states"]))
        #expect(tracker.model.facts.contains { $0.issue == "territory" && $0.via == "document" })
        // The next day's recap restates the clauses: no clause alerts again.
        #expect(!outcomes[1].alerts.contains { ["territory", "security-guarantees"].contains($0.issue) })
    }

    /// Reports processed in order with the seed model under the prior weights: the echo tests are about what happens
    /// to the later reports, not whether the fitted weights find the first one news.
    private func processUnderPriorWeights(_ names: [String]) throws -> [ProcessingOutcome] {
        var model = try Fixtures.seedModel()
        model.language.weights = .prior
        return try Fixtures.process(names, model: model).1
    }

    /// The decision on the first claim `matching` of `outcome` names the development alerted before it.
    private func isEcho(_ outcome: ProcessingOutcome, _ matching: (Claim) -> Bool) throws -> Bool {
        let decision = try #require(outcome.explanation.decisions.first { matching($0.claim) })
        return decision.reasons.contains { $0.contains("the same development was alerted") }
    }

    /// The echo mechanism itself, under the prior weights (the fitted ones decide whether the first report is
    /// news at all; this test is about what happens to the second).
    @Test func anotherOutletRepeatingAFreshStanceNextDayIsAnEcho() throws {
        let outcomes = try processUnderPriorWeights(["echo-first", "echo-second"])
        #expect(outcomes[0].alerts.contains { $0.issue == "ceasefire" && $0.party == "russia" })
        #expect(outcomes[1].alerts.isEmpty)
        #expect(try isEcho(outcomes[1]) { $0.issue == "ceasefire" })
    }

    /// A party's offer of a meeting repeated by another outlet hours later is an echo too, though that outlet
    /// names a new place ("lands in a Washington distracted by Iran"): a position taken on a meeting is the same
    /// news wherever it is reported from; only a new date or, for the meeting's own state, a new place is another.
    @Test func aMeetingOfferRepeatedFromANewPlaceIsAnEcho() throws {
        let outcomes = try processUnderPriorWeights(["meeting-offer-echo-first", "meeting-offer-echo-second"])
        #expect(outcomes[0].alerts.contains { $0.issue == "leaders-meeting" && $0.party == "russia" })
        #expect(!outcomes[1].alerts.contains { $0.issue == "leaders-meeting" })
        #expect(try isEcho(outcomes[1]) { $0.issue == "leaders-meeting" })
    }

    /// The same party's meeting told by another outlet the next day, in the place the alert named ("Witkoff has held
    /// direct talks with Umerov in Ankara"): Ankara is a party's name, never in the model's memory, yet it is the
    /// alerted meeting's own place, not a new one. An echo (with the shipped weights: the prior ones count a place
    /// the memory lacks for more than an echo).
    @Test func aMeetingRetoldInTheAlertedPlaceIsAnEcho() throws {
        let (_, outcomes) = try Fixtures.process(["meeting-place-echo-first", "meeting-place-echo-second"],
                                                 model: try Fixtures.seedModel())
        #expect(outcomes[0].alerts.contains { $0.issue == "talks" && $0.party == "united-states" })
        #expect(!outcomes[1].alerts.contains { $0.issue == "talks" })
        #expect(try isEcho(outcomes[1]) { $0.issue == "talks" && $0.stance == "held" })
    }

    /// Another outlet's account of an alerted swap, read as another party's stance ("Ukraine welcomed the exchange of
    /// 390 prisoners"), names nothing the alert did not: an echo. A swap carried out after one agreed takes the issue
    /// a step further (`stanceProgression`), whatever it repeats: news.
    @Test func anotherAccountNamingNothingNewIsAnEchoUnlessItMovesTheIssueOn() throws {
        let welcomed = try processUnderPriorWeights(["same-account-first", "same-account-second"])
        #expect(welcomed[0].alerts.contains { $0.issue == "prisoner-exchange" })
        #expect(!welcomed[1].alerts.contains { $0.issue == "prisoner-exchange" })
        #expect(try isEcho(welcomed[1]) { $0.stance == "accepts" })
        let carried = try processUnderPriorWeights(["same-account-agreed", "same-account-carried-out"])
        #expect(carried[1].alerts.contains { $0.issue == "prisoner-exchange" && $0.kind == .statusChanged })
    }

    /// Another outlet's account of a round alerted hours before ("Umerov said the round had begun") names the
    /// round's party by a name the alert did not use: the names of the alerts' parties are no news for a step the
    /// issue already took, so the account is an echo.
    @Test func anAccountNamingOnlyTheAlertedPartysPeopleIsAnEcho() throws {
        let outcomes = try processUnderPriorWeights(["names-echo-first", "names-echo-second"])
        #expect(outcomes[0].alerts.contains { $0.issue == "talks" && $0.party == "ukraine" })
        #expect(try isEcho(outcomes[1]) { $0.issue == "talks" && $0.stance == "underway" })
    }

    /// The Kremlin's rejection of the American proposals on territory, told by another outlet the next day as "some
    /// proposals were acceptable and others were not": another stance word for the same party's position, naming
    /// nothing new, is an echo.
    @Test func aPartysAlertedPositionInOtherWordsIsAnEcho() throws {
        let outcomes = try processUnderPriorWeights(["position-echo-first", "position-echo-second"])
        #expect(outcomes[0].alerts.contains { $0.issue == "territory" && $0.party == "russia" })
        #expect(try isEcho(outcomes[1]) { $0.issue == "territory" && $0.stance == "proposes" })
    }

    /// Russia's handover and Turkey's word that it was completed, in one report, are one event of the issue: one
    /// alert, the first account's party, carrying both sentences.
    @Test func otherPartiesAccountsOfOneEventAreOneAlert() throws {
        let outcomes = try processUnderPriorWeights(["event-accounts-of-other-parties"])
        let alerts = outcomes[0].alerts.filter { $0.issue == "bodies-repatriation" }
        #expect(alerts.count == 1)
        #expect(alerts.first?.party == "russia")
        #expect(alerts.first?.evidence.contains { $0.hasPrefix("Turkey said") } == true)
    }

    @Test func anEventOfBothSidesReportedFirstStaysIssueLevel() throws {
        // "Russia and Ukraine exchanged 640 ..." then Kyiv's own account of the same swap: one alert, party null.
        let (_, outcomes) = try Fixtures.process(["swap-then-party-account"], model: try Fixtures.seedModel())
        let swaps = outcomes[0].alerts.filter { $0.issue == "prisoner-exchange" }
        #expect(swaps.count == 1)
        #expect(swaps.first?.party == nil)
    }

    /// Russia's account of a handover and Ukraine's of receiving it, in one report, are the issue's one change
    /// (party null), not two parties' alerts.
    @Test func bothPrincipalSidesAccountsOfOneEventAreOneIssueLevelAlert() throws {
        let (_, outcomes) = try Fixtures.process(["both-sides-accounts-of-one-event"], model: try Fixtures.seedModel())
        let alerts = outcomes[0].alerts.filter { $0.issue == "bodies-repatriation" }
        #expect(alerts.count == 1)
        #expect(alerts.first?.party == nil)
        #expect(alerts.first?.evidence.contains { $0.hasPrefix("Ukraine said") } == true)
    }

    @Test func aStanceOnAnotherPartysDocumentIsNewThoughItHasOneOnItsOwn() throws {
        // The seed model holds Russia's own plan (proposes); accepting Washington's framework is a new position.
        let (_, outcomes) = try Fixtures.process(["stance-on-another-document"], model: try Fixtures.seedModel())
        let alert = try #require(outcomes[0].alerts.first { $0.issue == "peace-plan" && $0.party == "russia" })
        #expect(alert.kind == .positionNew)
    }

    /// The seed holds Russia's offer of local truces of two to three days; accepting a 30-day ceasefire moves its
    /// stance (proposes -> accepts): a position change, though new numbers come with it, and the record's before
    /// and after say so.
    @Test func aStanceThatMovesWithANewNumberIsAPositionChange() throws {
        let (_, outcomes) = try Fixtures.process(["stance-moves-with-a-number"], model: try Fixtures.seedModel())
        let alert = try #require(outcomes[0].alerts.first { $0.issue == "ceasefire" && $0.party == "russia" })
        #expect(alert.kind == .positionChanged)
        #expect(alert.attribute == "stance")
        guard case .object(let before)? = alert.before, case .object(let after)? = alert.after else {
            Issue.record("before and after are objects")
            return
        }
        #expect(before["stance"] == .string("proposes"))
        #expect(after["stance"] == .string("accepts"))
        #expect(alert.summary == "Russia accepts a ceasefire of 30 days.")
    }

    /// Russia moves from its offer of local truces (proposes, two to three days) to accepting a 30-day ceasefire;
    /// a week later it proposes truces again, of 24 to 48 hours: the numbers of a stance it took before changed,
    /// not its position.
    @Test func aStanceComingBackWithNewNumbersIsAQuantityChange() throws {
        let (_, outcomes) = try Fixtures.process(["stance-moves-with-a-number", "stance-comes-back-with-new-numbers"],
                                                 model: try Fixtures.seedModel())
        #expect(outcomes[0].alerts.first { $0.issue == "ceasefire" && $0.party == "russia" }?.kind == .positionChanged)
        let alert = try #require(outcomes[1].alerts.first { $0.issue == "ceasefire" && $0.party == "russia" })
        #expect(alert.kind == .quantityChanged)
        #expect(alert.summary == "Russia proposes a ceasefire of 24 hours and 48 hours.")
    }

    /// "Bessent told reporters that sanctions had frozen roughly 300 billion dollars": the United States states
    /// numbers and takes no stance (it held a proposal on sanctions): the numbers changed, not its position.
    @Test func numbersStatedWithoutAStanceAreAQuantityChange() throws {
        let (_, outcomes) = try Fixtures.process(["numbers-without-a-stance"], model: try Fixtures.seedModel())
        let alert = try #require(outcomes[0].alerts.first { $0.issue == "sanctions" && $0.party == "united-states" })
        #expect(alert.kind == .quantityChanged)
        #expect(alert.summary == "The United States raises sanctions worth 300 billion dollars.")
    }

    /// The Iran seed holds the stock of 60 per cent uranium under way at 274.8 kilograms: a report restating the
    /// state and the "60 per cent" with a new weight changes a number the model holds (quantity.changed); the same
    /// weight without the number that says what is measured is the stock's state moving on (status.changed).
    @Test func aStateRestatedWithAMeasureAndANewNumberIsAQuantityChange() throws {
        let model = try Fixtures.seedModel("iran-nuclear")
        let (_, measured) = try Fixtures.process(["stock-measure-moves"], model: model)
        let quantity = try #require(measured[0].alerts.first { $0.issue == "stockpile" })
        #expect(quantity.kind == .quantityChanged)
        #expect(quantity.attribute == "size")
        let (_, staged) = try Fixtures.process(["stock-new-stage"], model: model)
        let status = try #require(staged[0].alerts.first { $0.issue == "stockpile" })
        #expect(status.kind == .statusChanged)
    }

    /// The Iran seed holds enrichment at 60 per cent: "enrichment ... is now at 20 per cent", with no verb, states a
    /// new rate where the issue held another, which is no bare mention of the issue (no `no_stance`) and alerts as
    /// new numbers; a count with no verb ("1,044 centrifuges") is still a bare mention.
    @Test func aNewRateWithoutAVerbIsAQuantityChange() throws {
        let model = try Fixtures.seedModel("iran-nuclear")
        let (_, rate) = try Fixtures.process(["rate-moves-without-a-verb"], model: model)
        let moved = try #require(rate[0].explanation.decisions.first { $0.claim.issue == "enrichment" })
        #expect(moved.claim.stance == nil)
        #expect(moved.features[.noStance] == nil)
        #expect(moved.kind == .quantityChanged)
        #expect(rate[0].alerts.contains { $0.issue == "enrichment" && $0.kind == .quantityChanged })
        let (_, count) = try Fixtures.process(["count-without-a-verb"], model: model)
        let counted = try #require(count[0].explanation.decisions.first { $0.claim.issue == "enrichment" })
        #expect(counted.features[.noStance] != nil)
    }

    /// "The statement also called for a US-led mechanism to monitor and verify a ceasefire": Europe's own document,
    /// the sentence's subject, puts the mechanism forward (proposal.new); Macron calling for it in person takes
    /// Europe's first position on the ceasefire (position.new).
    @Test func aPartysDocumentCallingForSomethingIsANewProposal() throws {
        let (_, document) = try Fixtures.process(["document-calls-for"], model: try Fixtures.seedModel())
        let proposal = try #require(document[0].alerts.first { $0.issue == "ceasefire" && $0.party == "europe" })
        #expect(proposal.kind == .proposalNew)
        let (_, person) = try Fixtures.process(["person-calls-for"], model: try Fixtures.seedModel())
        let position = try #require(person[0].alerts.first { $0.issue == "ceasefire" && $0.party == "europe" })
        #expect(position.kind == .positionNew)
    }

    /// Ukraine offered "up to 1,200" prisoners in the seed; "the two sides had agreed to exchange 1,200 each" makes
    /// that number agreed by both: new as an agreement though every number of it is known. A second outlet saying
    /// the same raises nothing.
    @Test func aNumberOneSideOfferedThenAgreedByBothIsNews() throws {
        let (_, outcomes) = try Fixtures.process(["agreed-number-first", "agreed-number-again"],
                                                 model: try Fixtures.seedModel())
        let alert = try #require(outcomes[0].alerts.first { $0.issue == "prisoner-exchange" })
        #expect(alert.party == nil)
        #expect(alert.summary.contains("1,200 prisoners"))
        #expect(!alert.summary.contains(" 2 "), "the two sides are no quantity")
        #expect(!outcomes[1].alerts.contains { $0.issue == "prisoner-exchange" })
    }

    /// "Zelensky said he had never ruled out a meeting with Putin and that the two leaders could meet in Vienna": a
    /// party offering a meeting in a place the model has not held puts a meeting forward (proposal.new), though it
    /// proposed a meeting before; the same words without the place move its position (proposes -> accepts).
    @Test func aMeetingOfferedSomewhereNewIsAProposal() throws {
        func kind(_ fixture: String) throws -> Alert.Kind {
            let (_, outcomes) = try Fixtures.process([fixture], model: try Fixtures.seedModel())
            let decision = try #require(outcomes[0].explanation.decisions.first {
                $0.claim.issue == "leaders-meeting" && $0.claim.party == "ukraine" && $0.claim.stance == "accepts"
            })
            return decision.kind
        }
        #expect(try kind("meeting-offered-in-a-city") == .proposalNew)
        #expect(try kind("meeting-offered-nowhere") == .positionChanged)
    }

    /// "Congo–Rwanda deadline for Washington peace agreement passes": two parties joined by a dash are one subject,
    /// so what they face moves the issue's state (status.changed), not Rwanda's position; the summary names both.
    @Test func twoPartiesJoinedByADashAreOneSubject() throws {
        let (_, outcomes) = try Fixtures.process(["dash-joined-parties"], model: try Fixtures.seedModel("drc-rwanda"))
        let alert = try #require(outcomes[0].alerts.first { $0.issue == "washington-agreement" })
        #expect(alert.party == "rwanda")
        #expect(alert.kind == .statusChanged)
        #expect(alert.summary.hasPrefix("DR Congo and Rwanda "))
    }

    /// "Pashinyan said he had asked Russia, whose state railway company runs Armenia's network, to urgently repair
    /// the line": a party asking another party to do something, where it had proposed nothing on the issue, puts a
    /// proposal to it (proposal.new); wanting the line repaired, addressed to no one, is its position.
    @Test func aPartyAskingAnotherToActPutsAProposalToIt() throws {
        let model = try Fixtures.seedModel("armenia-azerbaijan")
        let (_, asked) = try Fixtures.process(["request-to-a-party"], model: model)
        let proposal = try #require(asked[0].alerts.first { $0.issue == "trade" && $0.party == "armenia" })
        #expect(proposal.kind == .proposalNew)
        let (_, wanted) = try Fixtures.process(["request-without-addressee"], model: model)
        let position = try #require(wanted[0].alerts.first { $0.issue == "trade" && $0.party == "armenia" })
        #expect(position.kind == .positionNew)
    }

    /// "Iran declared that all provisions of resolution 2231 had expired, ten years after the nuclear agreement's
    /// adoption day": the agreement owns the day the sentence names; nothing was agreed, so Iran (which held that
    /// snapback could not be used) changes its position rather than moving the issue's state.
    @Test func anEventNamedAsAnOwnerIsNoStateChange() throws {
        let (_, outcomes) = try Fixtures.process(["event-named-as-owner"], model: try Fixtures.seedModel("iran-nuclear"))
        let decision = try #require(outcomes[0].explanation.decisions.first {
            $0.claim.issue == "snapback" && $0.claim.stance == "agreed"
        })
        #expect(decision.claim.namedEvent)
        #expect(decision.kind == .positionChanged)
    }

    /// A party's own document shown being handed over ("The US proposal, handed to Moscow through Turkey, would
    /// require ...") puts forward a proposal on every issue it speaks to; the same document merely described
    /// ("The US proposal would require ...") gives the party's position.
    @Test func aDocumentHandedOverIsANewProposalADescribedOneAPosition() throws {
        let (_, handed) = try Fixtures.process(["proposal-handed-over"], model: try Fixtures.seedModel())
        let proposal = try #require(handed[0].alerts.first { $0.issue == "ceasefire" && $0.party == "united-states" })
        #expect(proposal.kind == .proposalNew)
        #expect(proposal.title == "Ceasefire: new proposal from the United States")
        let (_, described) = try Fixtures.process(["proposal-described"], model: try Fixtures.seedModel())
        let position = try #require(described[0].alerts.first { $0.issue == "ceasefire" && $0.party == "united-states" })
        #expect(position.kind == .positionNew)
    }

    /// "The United States and Ukraine drafted a refined peace framework": the two act as one subject, so the
    /// issue's state moves (no proposal of Ukraine's own), and the summary names both with a plural verb.
    @Test func twoPartiesActingAsOneSubjectMoveTheIssuesState() throws {
        let (_, outcomes) = try Fixtures.process(["two-parties-as-one-subject"], model: try Fixtures.seedModel())
        let alert = try #require(outcomes[0].alerts.first { $0.issue == "peace-plan" })
        #expect(alert.party == "ukraine")
        #expect(alert.kind == .statusChanged)
        #expect(alert.summary.hasPrefix("The United States and Ukraine propose a peace plan"))
    }

    /// "Iranian and US negotiators held a first round of talks": both sides together, named as the two principals
    /// the sentence names, not every principal of the model (Israel is one too).
    @Test func bothSidesAreThePrincipalsTheSentenceNames() throws {
        let (_, outcomes) = try Fixtures.process(["joint-of-two-principals"],
                                                 model: try Fixtures.seedModel("iran-nuclear"))
        let alert = try #require(outcomes[0].alerts.first { $0.issue == "talks" })
        #expect(alert.party == nil)
        #expect(alert.summary.hasPrefix("Iran and the United States hold the talks in Muscat"))
    }

    /// "The next round of talks ... will not now take place": a meeting called off is the meeting's state, whoever
    /// announces it and though the announcement looks ahead.
    @Test func aMeetingCalledOffIsItsState() throws {
        let (_, outcomes) = try Fixtures.process(["meeting-called-off"], model: try Fixtures.seedModel())
        let decision = try #require(outcomes[0].explanation.decisions.first {
            $0.claim.issue == "talks" && $0.claim.stance == "suspended"
        }, "\(outcomes[0].explanation.decisions.map { "\($0.claim.issue)/\($0.claim.stance ?? "-")" })")
        #expect(decision.kind == .statusChanged)
    }

    /// A stance with no single party ("Both sides called for a ceasefire") is the issue's, never a position.
    @Test func aStanceOfBothSidesIsTheIssuesState() throws {
        let (_, outcomes) = try Fixtures.process(["both-sides-take-a-stance"], model: try Fixtures.seedModel())
        let decisions = outcomes[0].explanation.decisions.filter { $0.claim.issue == "ceasefire" && $0.claim.stance != nil }
        #expect(!decisions.isEmpty)
        #expect(decisions.allSatisfy { $0.claim.party == nil && $0.kind == .statusChanged })
    }

    /// "Rubio said that Russia's strikes were a clear violation of the ceasefire": the speaker's account of another
    /// party's act is the speaker's position; the ceasefire's state has not moved on its word.
    @Test func aSpeakerTellingOfAnotherPartysActTakesAPosition() throws {
        let (_, outcomes) = try Fixtures.process(["speaker-tells-of-another-party"], model: try Fixtures.seedModel())
        let decision = try #require(outcomes[0].explanation.decisions.first {
            $0.claim.issue == "ceasefire" && $0.claim.stance == "collapsed"
        })
        #expect(decision.claim.party == "united-states")
        #expect(decision.claim.reportedActor == "russia")
        #expect([.positionNew, .positionChanged].contains(decision.kind))
    }

    @Test func anAnalysisPieceRaisesNothing() throws {
        let (_, outcomes) = try Fixtures.process(["analysis-headline"], model: try Fixtures.seedModel())
        #expect(outcomes[0].alerts.isEmpty)
    }

    @Test func theSameDevelopmentFromAnotherOutletCorroborates() throws {
        let (tracker, outcomes) = try Fixtures.process(
            ["corroboration-first-outlet", "corroboration-second-outlet"], model: try Fixtures.seedModel())
        let first = try #require(outcomes[0].alerts.first { $0.issue == "prisoner-exchange" })
        #expect(outcomes[1].alerts.isEmpty, "a second outlet's report of the same swap is not a new alert")
        let development = try #require(tracker.model.developments.first { $0.alertID == first.id })
        #expect(development.outlets == ["First Outlet", "Second Outlet"])
    }

    @Test func processingChangesTheVersionWithARecord() throws {
        let seed = try Fixtures.seedModel()
        let (tracker, outcomes) = try Fixtures.process(["numbers-in-words"], model: seed)
        let record = try #require(outcomes[0].version)
        #expect(tracker.model.version == seed.version + 1)
        #expect(record.version == tracker.model.version)
        #expect(record.alertIDs == outcomes[0].alerts.map(\.id))
        #expect(!record.factsChanged.isEmpty)
        #expect(tracker.model.history.last == record)
        // The whole state round-trips through one JSON blob.
        let reloaded = try NegotiationModel.load(from: tracker.model.encoded(), language: Fixtures.language())
        #expect(reloaded == tracker.model)
    }

    @Test func reprocessingFromTheSameModelYieldsTheSameIDs() throws {
        let seed = try Fixtures.seedModel()
        let (_, first) = try Fixtures.process(["numbers-in-words"], model: seed)
        let (_, second) = try Fixtures.process(["numbers-in-words"], model: seed)
        #expect(!first[0].alerts.isEmpty)
        #expect(first[0].alerts == second[0].alerts)
    }

    @Test func alertsFollowTheSchema() throws {
        let (_, outcomes) = try Fixtures.process(["numbers-in-words"], model: try Fixtures.seedModel())
        let alert = try #require(outcomes[0].alerts.first)
        let line = try AlertCoding.line(alert)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        for key in ["schema", "id", "detected_at", "negotiation", "kind", "issue", "party", "summary", "severity",
                    "confidence", "report", "evidence", "corroborating_sources"] {
            #expect(object.keys.contains(key), "missing \(key)")
        }
        #expect(object["schema"] as? String == "parley.alert/v1")
        #expect(object["detected_at"] as? String == "2025-06-10T10:00:00Z")
        let confidence = try #require(object["confidence"] as? Double)
        #expect(confidence >= 0 && confidence <= 1)
    }

    @Test func explanationSaysWhy() throws {
        let (_, outcomes) = try Fixtures.process(["numbers-in-words"], model: try Fixtures.seedModel())
        let text = outcomes[0].explanation.rendered()
        #expect(text.contains("relevant: yes"))
        #expect(text.contains("ALERT"))
        #expect(text.contains("84 prisoners"))
    }
}
