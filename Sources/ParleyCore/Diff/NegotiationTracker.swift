import Foundation

/// Follows one negotiation: each report is extracted into claims, diffed against the model, turned into at most
/// one alert per (report, issue, party), and absorbed into a new model version. Pure and deterministic: the
/// caller supplies `detectedAt`, and alert ids derive from the report and the change.
///
/// One clock: the tracker reasons on report time only (`reportTime(of:)`: a report's publication time), never on
/// `detectedAt`, which is only recorded. So a replay, the demo and the daemon (whose `detectedAt` is the wall clock)
/// decide alike on the same reports in the same order.
public struct NegotiationTracker: Sendable {
    public private(set) var model: NegotiationModel
    private let extractor: ClaimExtractor
    /// Everything the model has read (the union of its restatement memory), kept in step with `model`.
    private var everything: Set<String>
    /// Lookups over the model's facts and developments (by issue, by issue and party, ids, corroboration groups),
    /// kept in step with `model`.
    private var index: ModelIndex
    /// Per issue, its facts grouped by the content words of their evidence for the closest-fact search (derived
    /// from `model`, built on an issue's first claim and kept in step with `model`).
    private var factWords: [String: FactWordGroups] = [:]
    /// `model.knownTerms` as sets, kept in step with it.
    private var knownByIssue: [String: Set<String>]
    /// The quantities of the model's facts as memory keys (`q:...`), part of `everything`.
    private var factQuantities: Set<String>
    /// The report time of each model version (`model.history` by version), for the age of a fact.
    private var versionDates: [Int: Date]
    /// The versions that raised alerts: their facts are what other outlets catch up on (`sameAccount`).
    private var alertVersions: Set<Int>
    /// The report time of the latest version: the clock an undated report is read at.
    private var clock: Date?
    /// Ids of the principal parties (the two sides of an event such as a swap).
    private let principals: Set<String>
    /// Each party's names (its aliases' words, lowercased), by id: who an echo may name (`sameAccount`).
    private let partyNames: [String: Set<String>]
    /// The language's position stances (`Lexicon.positionStances`, derived anew on each read), kept for `sameAccount`.
    private let positionStances: Set<String>

    /// How much restatement memory the model keeps per issue (`RestatementMemory`).
    public let memoryBound: RestatementMemory

    public init(model: NegotiationModel, memoryBound: RestatementMemory = .standard) {
        self.init(model: model, memoryBound: memoryBound, extractor: ClaimExtractor(model: model))
    }

    /// A tracker whose extraction reads every sentence without the stages named in `skippingStages`: a diagnostic,
    /// to measure what each stage contributes (`ClaimExtractor.init(model:skipping:)`). Throws for a name that is
    /// no stage's.
    public init(model: NegotiationModel, memoryBound: RestatementMemory = .standard,
                skippingStages: Set<String>) throws(ClaimExtractor.UnknownStage) {
        self.init(model: model, memoryBound: memoryBound,
                  extractor: try ClaimExtractor(model: model, skipping: skippingStages))
    }

    private init(model: NegotiationModel, memoryBound: RestatementMemory, extractor: ClaimExtractor) {
        self.model = model
        self.memoryBound = memoryBound
        self.extractor = extractor
        index = ModelIndex(model)
        everything = Self.memory(of: model)
        knownByIssue = model.knownTerms.mapValues { Set($0) }
        factQuantities = Set(model.facts.flatMap(\.quantities).map { "q:" + $0 })
        principals = Set(model.parties.filter(\.principal).map(\.id))
        partyNames = Dictionary(model.parties.map { party in
            (party.id, Set(party.aliases.flatMap { Tokenizer.tokens($0).map(\.lower) }))
        }, uniquingKeysWith: { first, _ in first })
        positionStances = model.language.positionStances
        versionDates = Dictionary(model.history.map { ($0.version, Self.time(of: $0)) },
                                  uniquingKeysWith: { _, last in last })
        // (The first record is the founding report's, the seed article absorbed by `model init`: known state.)
        let founding = model.history.map(\.version).min()
        alertVersions = Set(model.history.filter { !$0.alertIDs.isEmpty && $0.version != founding }.map(\.version))
        clock = model.history.max { $0.version < $1.version }.map(Self.time(of:))
    }

    /// A version's report time; versions stored before it was recorded fall back on their `detectedAt`.
    private static func time(of record: VersionRecord) -> Date {
        record.reportTime ?? record.detectedAt
    }

    /// The time the core reasons on for `report`: its publication time, else (undated) the report time of the
    /// model's latest version (the Unix epoch for a model without history), which is the same wherever and
    /// whenever the reports are processed.
    public func reportTime(of report: Report) -> Date {
        report.published ?? clock ?? Date(timeIntervalSince1970: 0)
    }

    private static func memory(of model: NegotiationModel) -> Set<String> {
        model.knownTerms.values.reduce(into: Set<String>()) { $0.formUnion($1) }
            .union(model.facts.flatMap(\.quantities).map { "q:" + $0 })
    }

    private func words(of fact: Fact) -> Set<String> {
        extractor.contentTerms(Tokenizer.tokens(fact.evidence)).filter { !$0.hasPrefix("b:") }
    }

    /// The fact of `issue` whose evidence shares the largest share of `claimWords` (the first such fact in model
    /// order), with that share: a close copy restates it.
    private mutating func closestFact(on issue: String, to claimWords: Set<String>) -> (Fact, Double)? {
        if factWords[issue] == nil {
            var groups = FactWordGroups()
            for fact in index.facts(of: issue) { groups.add(fact, words: words(of: fact)) }
            factWords[issue] = groups
        }
        return factWords[issue]?.closest(to: claimWords)
    }

    /// Returns the tracker to the model before the report whose outcome carried `undo` (the last one processed):
    /// the model as it was, and every lookup derived from it rebuilt.
    public mutating func undo(_ undo: ModelUndo) {
        var model = self.model
        self.model = NegotiationModel(id: "", title: "", parties: [], issues: [], language: .empty, context: [],
                                      outsiders: [])
        undo.apply(to: &model)
        self = NegotiationTracker(model: model, memoryBound: memoryBound,
                                  extractor: ClaimExtractor(model: model, validSkips: extractor.skippedStages))
    }

    /// How long after an alert its development still counts as the same news when another report repeats it.
    static let echoWindow: TimeInterval = 3 * 24 * 3600

    /// A fact alerted within `echoWindow` before `now` that states what the claim states: the same stance of the
    /// same party, or for an event (a swap carried out) the same state of the issue, whoever reports it.
    private func echo(of claim: Claim, in facts: [Fact], at now: Date, source: String) -> (fact: Fact, age: TimeInterval)? {
        guard let stance = claim.stance else { return nil }
        let event = model.language.statusStances.contains(stance)
        // An event between the principal sides (a swap) is the same whichever side reports it; another party's
        // act (the EU's sanctions after Washington's) is not.
        func bothSides(_ a: String?, _ b: String?) -> Bool {
            a == nil || b == nil || principals.contains(a ?? "") && principals.contains(b ?? "")
        }
        for fact in facts.reversed() where fact.value == stance
            && (fact.party == claim.party || event && bothSides(fact.party, claim.party)) {
            guard let added = versionDates[fact.version] else { continue }
            let age = now.timeIntervalSince(added)
            if age >= 0 && age <= Self.echoWindow { return (fact, age) }
        }
        return sameAccount(claim, stance: stance, in: facts, at: now, source: source)
    }

    /// Another outlet's account of what was alerted on the issue in the last `echoWindow` (facts of the seed or the
    /// model file are no alerts), read with another party or stance ("an exchange agreed at talks in Istanbul" after "Russia and Ukraine swapped prisoners"): every
    /// name and number of its sentence is in those alerts' evidence, and its stance takes the issue no further
    /// (`Lexicon.stanceProgression`) or states the position of a party those alerts were about in other words.
    private func sameAccount(_ claim: Claim, stance: String, in facts: [Fact], at now: Date,
                             source: String) -> (fact: Fact, age: TimeInterval)? {
        let recent = facts.filter { fact in
            fact.source != source && alertVersions.contains(fact.version)
                && versionDates[fact.version].map { (0...Self.echoWindow).contains(now.timeIntervalSince($0)) } ?? false
        }
        guard let last = recent.last, let added = versionDates[last.version] else { return nil }
        let progression = model.language.stanceProgression
        let steps = recent.compactMap { progression[$0.value] }
        // The same party's position on the issue, alerted in those days and told again in other words ("no
        // compromise had been reached on territory" after "no compromise yet on territory"): its stance word may
        // differ, the account is the same when it names nothing new.
        let restated = claim.party != nil && positionStances.contains(stance)
            && recent.contains { $0.party == claim.party && positionStances.contains($0.value) }
        if !restated {
            if let step = progression[stance] {
                guard step <= steps.max() ?? -1 else { return nil }
            } else if model.language.statusStances.contains(stance), !recent.contains(where: { $0.value == stance }) {
                return nil
            }
        }
        let named = concreteWords(claim.sentence)
        // For a step the alerts already reached, the names of their parties are no news: "Araghchi said the round
        // had been held" after Iran's and America's accounts of it (an event alerted with no party names none; a
        // position, "Trump threatens ...", must name nothing new at all).
        var known = recent.reduce(into: Set<String>()) { $0.formUnion(concreteWords($1.evidence)) }
        if progression[stance] != nil {
            for party in Set(recent.compactMap(\.party)) { known.formUnion(partyNames[party] ?? []) }
        }
        guard !named.isEmpty, named.isSubset(of: known) else { return nil }
        return (last, now.timeIntervalSince(added))
    }

    /// The names and numbers of a sentence: capitalised words and numbers, not the language's stopwords, weekdays or
    /// months (the extractor's sets of them).
    private func concreteWords(_ sentence: String) -> Set<String> {
        let words = extractor.model
        return Set(Tokenizer.tokens(sentence).filter { token in
            (token.isCapitalized || token.isNumber) && !words.stopwords.contains(token.lower)
                && !words.calendarWords.contains(token.lower)
        }.map(\.lower))
    }

    /// The extraction stages this tracker skips (empty unless made with `skippingStages`).
    public var skippedStages: Set<String> { extractor.skippedStages }

    /// Extraction alone, without diff or model change (for `parley explain` and the bench baseline).
    public func analyze(_ report: Report) -> ReportAnalysis {
        extractor.analyze(report)
    }

    /// Processes a report: alerts on what the model does not hold, then absorbs the report into the model.
    public mutating func process(_ report: Report, detectedAt: Date) -> ProcessingOutcome {
        process(report, detectedAt: detectedAt, absorbing: false)
    }

    /// Builds a model from a founding report (the seed article): every claim with a stance becomes a fact, and no
    /// alert is returned. Used to make `seeds/*.model.json` from a vocabulary file and the seed text.
    public mutating func absorb(_ report: Report, detectedAt: Date) -> ProcessingOutcome {
        var outcome = process(report, detectedAt: detectedAt, absorbing: true)
        outcome.alerts = []
        return outcome
    }

    private mutating func process(_ report: Report, detectedAt: Date, absorbing: Bool) -> ProcessingOutcome {
        let analysis = extractor.analyze(report, everyIssue: absorbing)
        let now = reportTime(of: report)
        let scorer = NoveltyScorer(model: model)
        var decisions: [ClaimDecision] = []
        for claim in analysis.claims {
            let facts = index.facts(of: claim.issue)
            let known = knownByIssue[claim.issue] ?? []
            // The fact this claim most resembles, by shared content words: a close copy restates it.
            let closest = closestFact(on: claim.issue, to: claim.terms.filter { !$0.hasPrefix("b:") })
            let verdict = scorer.score(claim, titleIssues: analysis.titleIssues, titleParties: analysis.titleParties,
                                       known: known,
                                       everything: everything, facts: facts,
                                       partyFacts: index.facts(of: claim.issue, party: claim.party), closest: closest,
                                       echo: echo(of: claim, in: facts, at: now, source: report.url))
            decisions.append(ClaimDecision(
                claim: claim,
                compared: facts.prefix(ClaimDecision.comparedShown).map { "\($0.party ?? "both") \($0.value): \($0.evidence)" },
                comparedCount: facts.count,
                score: verdict.score, reasons: verdict.reasons,
                alerted: absorbing ? claim.stance != nil : verdict.score >= scorer.weights.threshold, kind: verdict.kind,
                newQuantities: verdict.newQuantities, alertID: nil, features: verdict.features,
                details: verdict.details, contributions: verdict.contributions, known: verdict.known))
        }
        if !absorbing {
            Self.promoteClauses(of: &decisions, facts: model.facts,
                                meetingIssues: Set(model.issues.filter(\.meetings).map(\.id)), weights: scorer.weights)
        }
        let alerts = AlertBuilder(model: model, report: report, detectedAt: detectedAt)
            .alerts(for: &decisions)
        var explanation = Explanation(reportURL: report.url, title: report.title, relevant: analysis.relevant,
                                      relevance: analysis.relevance, decisions: decisions,
                                      threshold: scorer.weights.threshold)
        explanation.decisions = decisions
        explanation.published = report.published
        let pairs = analysis.memory.filter { $0.hasPrefix("b:") }
        explanation.reportNovelty = pairs.isEmpty ? 0
            : Double(pairs.count { !everything.contains($0) }) / Double(pairs.count)
        var update = ModelUpdate(report: report, decisions: decisions, alerts: alerts, memory: analysis.memory)
        update.known = knownByIssue
        update.bound = memoryBound
        let before = (version: model.version, facts: model.facts.count, developments: model.developments.count,
                      memoryIssues: Set(model.knownTerms.keys))
        let changes = update.apply(to: &model, index: &index)
        // Let go of the update's copy of the caches, so changing them below copies nothing.
        update.known = [:]
        // Keep the restatement memory caches in step with the model without rebuilding them from it.
        for (issue, keys) in changes.learned {
            knownByIssue[issue, default: []].formUnion(keys)
            everything.formUnion(keys)
        }
        for fact in model.facts.suffix(changes.added.count) {
            if factWords[fact.issue] != nil {
                let words = words(of: fact)
                factWords[fact.issue]?.add(fact, words: words)
            }
            for quantity in fact.quantities {
                factQuantities.insert("q:" + quantity)
                everything.insert("q:" + quantity)
            }
        }
        for (issue, keys) in changes.forgotten {
            knownByIssue[issue]?.subtract(keys)
            for key in keys where !factQuantities.contains(key) && !knownByIssue.values.contains(where: { $0.contains(key) }) {
                everything.remove(key)
            }
        }
        guard changes.modified else {
            return ProcessingOutcome(alerts: alerts, modelChanged: false, version: nil, explanation: explanation)
        }
        let from = model.version
        model.version += 1
        let record = VersionRecord(
            version: model.version, reportURL: report.url, reportTitle: report.title, detectedAt: detectedAt,
            reportTime: now, alertIDs: alerts.map(\.id), factsChanged: changes.added,
            note: alerts.isEmpty ? "restatement memory or corroboration updated" : "\(alerts.count) alert(s)")
        model.history.append(record)
        versionDates[record.version] = Self.time(of: record)
        if !alerts.isEmpty { alertVersions.insert(record.version) }
        clock = Self.time(of: record)
        let delta = ModelDelta(from: from, version: model.version, record: record,
                               facts: Array(model.facts.suffix(changes.added.count)),
                               developments: changes.developments, learned: changes.learned,
                               forgotten: changes.forgotten.mapValues(\.count))
        let undo = ModelUndo(version: before.version, record: true, facts: model.facts.count - before.facts,
                             developments: model.developments.count - before.developments,
                             corroborated: changes.corroborated, learned: changes.learned.mapValues(\.count),
                             forgotten: changes.forgotten,
                             newIssues: Set(changes.learned.keys).subtracting(before.memoryIssues))
        return ProcessingOutcome(alerts: alerts, modelChanged: true, version: record, explanation: explanation,
                                 delta: delta, undo: undo)
    }

    /// A document a report presents as news (a claim naming it alerted) is new in each of its clauses: the claims
    /// that speak for it by the same party ("Under the draft, Ukraine would withdraw ...") gain
    /// `NoveltyScorer.newDocumentClause`, though their words echo what other parties said before, unless a document
    /// of that party already has a clause on that issue in the model (a recap of the plan). Meetings are not clauses.
    static func promoteClauses(of decisions: inout [ClaimDecision], facts: [Fact], meetingIssues: Set<String>,
                               weights: DecisionWeights) {
        let presenters = Set(decisions.filter { $0.alerted && $0.claim.namesDocument }.compactMap(\.claim.party))
        for index in decisions.indices {
            let claim = decisions[index].claim
            guard !decisions[index].alerted, claim.attribution == "document", claim.stance != nil,
                  !meetingIssues.contains(claim.issue),
                  let party = claim.party, presenters.contains(party),
                  !facts.contains(where: { $0.issue == claim.issue && $0.party == party && $0.via == "document" })
            else { continue }
            let weight = weights.weight(.documentClause)
            decisions[index].features[.documentClause] = 1
            decisions[index].contributions[.documentClause] = weight
            decisions[index].score += weight
            decisions[index].reasons.append(FixedFormat.fixed(weight, digits: 1, sign: true)
                                            + " a clause of a document this report presents")
            decisions[index].alerted = decisions[index].score >= weights.threshold
        }
    }
}
