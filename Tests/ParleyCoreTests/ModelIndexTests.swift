import Foundation
@testable import ParleyCore
import Testing

/// Issue 12: the diff's lookups over the model (`ModelIndex`, `FactWordGroups`, `DevelopmentGroups`) answer exactly
/// what the walk over every fact and development answered (the first of the largest overlap, in model order), on
/// many facts and developments with repeated word sets, ties and parties.
@Suite("Model index")
struct ModelIndexTests {
    /// A deterministic generator (the same data on every run).
    struct Generator {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        mutating func words(_ vocabulary: [String], count: Int) -> Set<String> {
            Set((0..<count).map { _ in vocabulary[next(vocabulary.count)] })
        }
    }

    static let vocabulary = (0..<14).map { "w\($0)" }

    static func fact(_ n: Int, issue: String, party: String?) -> Fact {
        Fact(id: "f\(n)", issue: issue, party: party, attribute: .stance, value: "proposes", evidence: "sentence \(n)",
             source: "test", version: n)
    }

    @Test func theClosestFactIsTheWalksFirstLargestShare() {
        var random = Generator(state: 7)
        var groups = FactWordGroups()
        var walked: [(Fact, Set<String>)] = []
        for n in 0..<400 {
            // Few words from a small vocabulary: many facts share a word set, and many shares tie.
            let words = random.words(Self.vocabulary, count: 1 + random.next(4))
            let fact = Self.fact(n, issue: "talks", party: nil)
            groups.add(fact, words: words)
            walked.append((fact, words))
            let claim = random.words(Self.vocabulary, count: random.next(5))
            // The walk the tracker did before the index.
            var closest: (Fact, Double)?
            for (fact, words) in walked where !claim.isEmpty {
                let shared = Double(claim.intersection(words).count) / Double(claim.count)
                if shared > (closest?.1 ?? 0) { closest = (fact, shared) }
            }
            let found = groups.closest(to: claim)
            #expect(found?.0.id == closest?.0.id && found?.1 == closest?.1, "after \(n + 1) facts, claim \(claim.sorted())")
        }
    }

    @Test func theCorroboratedDevelopmentIsTheWalksFirstLargestOverlap() {
        var random = Generator(state: 11)
        var model = NegotiationModel(id: "t", title: "t", parties: [], issues: [], language: .empty, context: [],
                                     outsiders: [])
        var index = ModelIndex(model)
        let parties: [String?] = [nil, "north", "south"]
        for n in 0..<400 {
            let terms = random.words(Self.vocabulary, count: 1 + random.next(5)).sorted()
            // Now and then a term listed twice: the overlap divides by the listed count, as the walk did.
            let listed = random.next(10) == 0 ? terms + [terms[0]] : terms
            let development = Development(alertID: "a\(n)", issue: ["talks", "ceasefire"][random.next(2)],
                                          party: parties[random.next(3)], reportURL: "r\(n)", terms: listed,
                                          outlets: ["o"])
            index.add(development, at: model.developments.count)
            model.developments.append(development)
            let claim = random.words(Self.vocabulary, count: 1 + random.next(5))
            let party = parties[random.next(3)]
            for issue in ["talks", "ceasefire"] {
                var best: (Int, Double)?
                for (position, development) in model.developments.enumerated() where development.issue == issue {
                    if let party, let owner = development.party, party != owner { continue }
                    let shared = claim.intersection(development.terms).count
                    let overlap = Double(shared) / Double(min(claim.count, max(development.terms.count, 1)))
                    if overlap >= ModelUpdate.sameDevelopment, overlap > (best?.1 ?? 0) { best = (position, overlap) }
                }
                let found = index.closestDevelopment(issue: issue, party: party, terms: claim,
                                                     threshold: ModelUpdate.sameDevelopment)
                #expect(found == best?.0, "after \(n + 1) developments, \(issue), \(party ?? "no party")")
            }
        }
    }

    @Test func factsByIssueAndPartyKeepTheModelsOrder() {
        var random = Generator(state: 3)
        var index = ModelIndex(NegotiationModel(id: "t", title: "t", parties: [], issues: [], language: .empty,
                                                context: [], outsiders: []))
        var facts: [Fact] = []
        for n in 0..<200 {
            let fact = Self.fact(n, issue: ["talks", "ceasefire"][random.next(2)],
                                 party: [nil, "north", "south"][random.next(3)])
            index.add(fact)
            facts.append(fact)
        }
        for issue in ["talks", "ceasefire", "other"] {
            #expect(index.facts(of: issue) == facts.filter { $0.issue == issue })
            for party in [nil, "north", "south"] {
                #expect(index.facts(of: issue, party: party) == facts.filter { $0.issue == issue && $0.party == party })
            }
        }
        #expect(index.factIDs == Set(facts.map(\.id)))
    }
}
