import Foundation
import ParleyCore

extension ModelCheck {
    /// How often the seed must use a name of the world list before `model check` asks about it: one mention may be
    /// background ("as in Cyprus"); a name the founding report uses twice or more is most likely part of the story.
    static let worldNameSeedCount = 2

    /// The language's world list makes every state the model does not name an outsider: a sentence naming it and
    /// no party is skipped as another conflict's, and a report whose lead names more outsiders than parties is not
    /// relevant. A state the seed names often (the Gaza seed: "Gaza", "Palestinian") is most likely part of this
    /// negotiation, a place of it or a taking-part state: one warning per such state, with the names the seed uses
    /// and how often. Naming any one of its names in `context` names the state; listing one in `outsiders` says it
    /// is meant (no warning). Needs the language and the seed.
    func worldNameProblems(_ model: NegotiationModel) -> [ModelProblem] {
        guard let language, let seedText, !language.world.isEmpty else { return [] }
        var reading = model
        reading.language = language
        let outsiders = Set(reading.allOutsiders)
        let listed = Set(model.outsiders)
        let report = PlainTextReport.parse(seedText, defaultURL: "seed")
        let tokens = Tokenizer.tokens(report.title + "\n" + report.text).map(\.text)
        var found: [ModelProblem] = []
        for state in language.world where state.allSatisfy(outsiders.contains) && !state.contains(where: listed.contains) {
            // Most used first (the name to add), then in the world list's order.
            let used = state.enumerated().map { ($0.element, Self.occurrences(of: $0.element, in: tokens), $0.offset) }
                .filter { $0.1 >= Self.worldNameSeedCount }
                .sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.2 < $1.2 }
            guard let first = used.first else { continue }
            let counts = used.map { "'\($0.0)' \($0.1) times" }.joined(separator: ", ")
            found.append(ModelProblem(
                .warning, "world-outsider", at: "context",
                "'\(first.0)' is a state of the language's world list (\(state.joined(separator: ", "))) that the model "
                    + "does not name, and the seed uses it (\(counts)): a sentence naming it and no party is read as "
                    + "an outsider's and skipped",
                hint: "add '\(first.0)' to `context` if it belongs to this negotiation (one name of a state names all of "
                    + "it); list it in `outsiders` if it does not"))
        }
        return found
    }

    /// How many times the words of `name` occur in `tokens` as written (world names are capitalised, and a
    /// capitalised phrase matches only as written).
    static func occurrences(of name: String, in tokens: [String]) -> Int {
        let words = Tokenizer.tokens(name).map(\.text)
        guard !words.isEmpty, tokens.count >= words.count else { return 0 }
        var count = 0
        for start in 0...(tokens.count - words.count) where tokens[start] == words[0] {
            if Array(tokens[start..<start + words.count]) == words { count += 1 }
        }
        return count
    }
}
