import Foundation
import ParleyCore

extension ModelCheck {
    /// Strong terms decide an issue on their own, so each must be specific: not a common English word, not a stem
    /// that swallows one, not another issue's term, not a party's name or a place. Weak terms may be broad (they
    /// count only when no strong term of another issue is in the sentence) and are not held to this.
    func termProblems(_ model: NegotiationModel) -> [ModelProblem] {
        var found: [ModelProblem] = []
        let everyday = stopwords.union(commonWords).sorted()
        var aliases: [(name: String, party: String)] = []
        for party in model.parties { aliases += ([party.name] + party.aliases + party.leaders).map { ($0, party.id) } }
        let places = PlaceNames(model: model, seed: seedText, language: language)
        var strong: [(term: String, issue: Int)] = []
        for (i, issue) in model.issues.enumerated() {
            var seen = Set<String>()
            for (k, term) in issue.terms.enumerated() {
                let at = "issues[\(i)].terms[\(k)]"
                let trimmed = term.trimmingCharacters(in: .whitespaces)
                if trimmed.isEmpty || trimmed == "*" {
                    found.append(ModelProblem(.error, "empty-term", at: at, "an empty term", hint: "remove it"))
                    continue
                }
                if !seen.insert(term).inserted {
                    found.append(ModelProblem(.warning, "duplicate-term", at: at, "'\(term)' is listed twice in this issue",
                                              hint: "remove one"))
                }
                found += everydayProblems(term, at: at, everyday: everyday)
                if let owner = aliases.first(where: { Self.overlap($0.name, term) }) {
                    // The party's own name or a leader stands for the party as a whole: surely wrong. Another alias
                    // (a monitoring mission, a delegation) may stand for one issue: worth a look.
                    let party = model.party(owner.party)
                    let whole = party.map { Self.overlap($0.name, term) || $0.leaders.contains { Self.overlap($0, term) } }
                    found.append(ModelProblem(
                        whole == true ? .error : .warning, "alias-term", at: at,
                        "'\(term)' is an alias of party '\(owner.party)': every report naming it would be about "
                            + "issue '\(issue.id)'",
                        hint: whole == true
                            ? "move it to `context` (it says a report belongs to the negotiation, not to one issue)"
                            // A mission's name may stand for one issue (docs/models.md: `EU monitors`, the border).
                            : "keep it only if the name stands for this issue alone (a monitoring mission whose "
                                + "reports are about it); else move it to `context`"))
                } else if let outsider = model.outsiders.first(where: { Self.overlap($0, term) }) {
                    found.append(ModelProblem(.error, "alias-term", at: at,
                                              "'\(term)' is also an outsider ('\(outsider)')",
                                              hint: "keep it in `outsiders` only"))
                } else if term.contains(where: \.isUppercase), let why = places.reason(term) {
                    found.append(ModelProblem(
                        .warning, "place-term", at: at,
                        "'\(term)' looks like a place or a topic name (\(why)): every sentence naming it goes to issue "
                            + "'\(issue.id)'",
                        hint: "move it to `context` unless the name stands for this issue alone"))
                }
                if let other = strong.first(where: { $0.issue != i && Self.overlap($0.term, term) }) {
                    found.append(ModelProblem(
                        .error, "shared-term", at: at,
                        "'\(term)' is also a term of issue '\(model.issues[other.issue].id)'",
                        hint: "a strong term should point to one issue: keep it on one, or make it a weak term of both"))
                } else if let other = strong.first(where: { $0.issue != i && Self.stem($0.term, swallows: term) }) {
                    found.append(ModelProblem(
                        .warning, "shared-term", at: at,
                        "'\(term)' is also matched by '\(other.term)' of issue '\(model.issues[other.issue].id)'",
                        hint: "narrow the stem or keep the word on one issue"))
                } else if let other = strong.first(where: { $0.issue != i && Self.stem(term, swallows: $0.term) }) {
                    found.append(ModelProblem(
                        .warning, "shared-term", at: at,
                        "'\(term)' also matches '\(other.term)' of issue '\(model.issues[other.issue].id)'",
                        hint: "narrow the stem or keep the word on one issue"))
                }
                strong.append((term, i))
            }
            for (k, term) in issue.weakTerms.enumerated() where term.trimmingCharacters(in: .whitespaces).isEmpty {
                found.append(ModelProblem(.error, "empty-term", at: "issues[\(i)].weakTerms[\(k)]", "an empty term",
                                          hint: "remove it"))
            }
            for (k, term) in issue.leaderTriggers.enumerated() where term.trimmingCharacters(in: .whitespaces).isEmpty {
                found.append(ModelProblem(.error, "empty-term", at: "issues[\(i)].leaderTriggers[\(k)]", "an empty term",
                                          hint: "remove it"))
            }
        }
        for (field, list) in [("context", model.context), ("outsiders", model.outsiders), ("joint", model.joint)] {
            for (k, term) in list.enumerated() where term.trimmingCharacters(in: .whitespaces).isEmpty {
                found.append(ModelProblem(.error, "empty-term", at: "\(field)[\(k)]", "an empty entry", hint: "remove it"))
            }
        }
        return found
    }

    /// What makes a capitalised strong term look like a place or a topic name: a topic term of `context`, a place
    /// of a fact, a place the seed names (read as extraction reads places: after a locative, "in Walikale"), or a
    /// state, demonym or capital of the language's world list. The last two need no fact, so a vocabulary checked
    /// with `--seed` is warned as the finished model is.
    struct PlaceNames {
        let context: Set<String>
        let factPlaces: Set<String>
        let seedPlaces: Set<String>
        let world: Set<String>

        init(model: NegotiationModel, seed: String?, language: Lexicon?) {
            context = Set(model.context)
            factPlaces = Set(model.facts.flatMap(\.places))
            world = Set(language?.world.flatMap { $0 } ?? [])
            if let seed, let language {
                var reading = model
                reading.language = language
                let report = PlainTextReport.parse(seed, defaultURL: "seed")
                seedPlaces = ClaimExtractor(model: reading).places(inText: report.text)
            } else {
                seedPlaces = []
            }
        }

        /// Why `term` looks like a place or topic name, or nil.
        func reason(_ term: String) -> String? {
            if context.contains(term) { return "it is in `context` too" }
            if ModelCheck.isCapitalisedWord(term) && factPlaces.contains(term.lowercased()) { return "a fact's place" }
            if ModelCheck.isCapitalisedWord(term) && seedPlaces.contains(term.lowercased()) {
                return "the seed names it as a place"
            }
            if world.contains(term) { return "a state, demonym or capital of the language's world list" }
            return nil
        }
    }

    /// A lowercase one-word term that is a stopword or common word, or a lowercase stem that swallows one.
    private func everydayProblems(_ term: String, at path: String, everyday: [String]) -> [ModelProblem] {
        guard !term.contains(" "), !term.contains(where: \.isUppercase) else { return [] }
        if term.hasSuffix("*") {
            let stem = String(term.dropLast())
            let swallowed = everyday.filter { $0.hasPrefix(stem) }
            guard !swallowed.isEmpty else { return [] }
            return [ModelProblem(
                .error, "common-word", at: path,
                "'\(term)' also matches the common word\(swallowed.count > 1 ? "s" : "") "
                    + swallowed.prefix(5).map { "'\($0)'" }.joined(separator: ", "),
                hint: "list the forms you mean without `*` (\"governance\", \"governing\"), or lengthen the stem")]
        }
        if stopwords.contains(term) {
            return [ModelProblem(.error, "common-word", at: path, "'\(term)' is a stopword of the language",
                                 hint: "use a phrase (\"\(term) ...\") or move it to weakTerms")]
        }
        if commonWords.contains(term) {
            return [ModelProblem(.error, "common-word", at: path,
                                 "'\(term)' is a common English word: most sentences using it are about something else",
                                 hint: "use a phrase that names the issue, or move it to weakTerms")]
        }
        return []
    }

    /// One word starting with a capital letter (`Syunik`, `Nakhchivan`), not a phrase or a stem.
    static func isCapitalisedWord(_ term: String) -> Bool {
        !term.contains(" ") && !term.hasSuffix("*") && (term.first?.isUppercase ?? false)
    }

    /// Whether the stem term `stem` (`sanction*`) matches the whole one-word term `word` (`sanctions`).
    static func stem(_ stem: String, swallows word: String) -> Bool {
        guard stem.hasSuffix("*"), !word.contains(" "), !word.hasSuffix("*") else { return false }
        let prefix = String(stem.dropLast())
        if prefix.contains(where: \.isUppercase) { return word.hasPrefix(prefix) }
        return word.lowercased().hasPrefix(prefix)
    }
}
