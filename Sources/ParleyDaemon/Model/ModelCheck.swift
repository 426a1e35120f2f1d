import Foundation
import ParleyCore

/// What `parley model check` looks for in a model file, as a pure function of the file's bytes, the language's
/// stopwords and fact values, a list of common English words and, optionally, the seed article's text. It never
/// throws: unreadable JSON is one problem like any other. Errors make the model wrong (an id that points nowhere,
/// an issue no sentence can reach, a term that catches ordinary English); warnings are worth a look but may be
/// meant (an unknown key, a place name among an issue's terms).
public struct ModelCheck: Sendable {
    /// Words a strong term must not be or swallow: the language's stopwords and the common-words file.
    public var stopwords: Set<String>
    public var commonWords: Set<String>
    /// Allowed fact values per attribute (from the language); empty: values are not checked.
    public var factValues: [Fact.Attribute: Set<String>]
    /// The seed article the facts were taken from: each fact's evidence must occur in it, and the places it names
    /// are places a strong term should not be (with `language`).
    public var seedText: String?
    /// The language the model is read with: its world list and grammar tell places (nil: not checked against them).
    public var language: Lexicon?

    public init(stopwords: Set<String> = [], commonWords: Set<String> = [],
                factValues: [Fact.Attribute: Set<String>] = [:], seedText: String? = nil) {
        self.stopwords = stopwords
        self.commonWords = commonWords
        self.factValues = factValues
        self.seedText = seedText
    }

    /// A check using the language's stopwords and fact values.
    public init(language: Lexicon, commonWords: Set<String>, seedText: String? = nil) {
        var values: [Fact.Attribute: Set<String>] = [
            .stance: Set(language.stances.keys),
            .status: Set(language.statusStances),
            .meeting: Set(language.meetingStances),
            .participant: Set(language.participantStances),
        ]
        values = values.filter { !$0.value.isEmpty }
        self.init(stopwords: Set(language.stopwords.map { $0.lowercased() }), commonWords: commonWords,
                  factValues: values, seedText: seedText)
        self.language = language
    }

    /// The common-words file beside a language file: `english.language.json` -> `english.common-words.txt`.
    public static func commonWordsPath(forLanguage file: String) -> String {
        let url = URL(fileURLWithPath: file)
        let name = url.lastPathComponent.replacingOccurrences(of: ".language.json", with: "") + ".common-words.txt"
        return url.deletingLastPathComponent().appendingPathComponent(name).path
    }

    /// One lowercase word per line; blank lines and lines starting with `#` are skipped.
    public static func commonWords(fromFile text: String) -> Set<String> {
        var words = Set<String>()
        for line in text.split(whereSeparator: \.isNewline) {
            let word = line.trimmingCharacters(in: .whitespaces)
            if word.isEmpty || word.hasPrefix("#") { continue }
            words.insert(word.lowercased())
        }
        return words
    }

    /// Every problem of the model file `data`, errors first, each group in file order.
    public func problems(in data: Data) -> [ModelProblem] {
        var found: [ModelProblem] = []
        do {
            try JSONNestingScan.check(data, what: "model")
        } catch {
            return [ModelProblem(.error, "json", at: "", "\(error)", hint: "is this a model file?")]
        }
        let raw: Any
        do {
            raw = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
        } catch {
            return [Self.invalidJSON(data, error)]
        }
        guard let object = raw as? [String: Any] else {
            return [ModelProblem(.error, "json", at: "", "the file is JSON but not an object",
                                 hint: "a model file is one JSON object: { \"id\": ..., \"parties\": [...], ... }")]
        }
        found += RawChecks(object: object).problems()
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        do {
            let model = try decoder.decode(NegotiationModel.self, from: data)
            found += problems(in: model)
        } catch let error as DecodingError {
            let problem = Self.describe(error)
            // The raw checks already name a bad role or attribute with a better hint.
            if !found.contains(where: { $0.severity == .error && $0.path == problem.path }) { found.append(problem) }
        } catch {
            found.append(ModelProblem(.error, "decode", at: "", "\(error)"))
        }
        return found.enumerated().sorted { a, b in
            a.element.severity != b.element.severity ? a.element.severity < b.element.severity : a.offset < b.offset
        }.map(\.element)
    }

    /// The checks that need the decoded model (ids, vocabulary, facts).
    public func problems(in model: NegotiationModel) -> [ModelProblem] {
        var found: [ModelProblem] = []
        if model.parties.isEmpty {
            found.append(ModelProblem(.error, "no-parties", at: "parties", "the model has no parties",
                                      hint: "list the sides and the mediators, each with its aliases"))
        }
        if model.issues.isEmpty {
            found.append(ModelProblem(.error, "no-issues", at: "issues", "the model has no issues",
                                      hint: "list what is negotiated, each issue with its terms"))
        }
        found += duplicateIDs(model)
        found += partyProblems(model)
        found += issueProblems(model)
        found += termProblems(model)
        found += worldNameProblems(model)
        found += factProblems(model)
        return found
    }

    private func duplicateIDs(_ model: NegotiationModel) -> [ModelProblem] {
        var found: [ModelProblem] = []
        func scan(_ ids: [String], _ field: String, _ what: String) {
            var first: [String: Int] = [:]
            for (index, id) in ids.enumerated() {
                if let earlier = first[id] {
                    found.append(ModelProblem(.error, "duplicate-id", at: "\(field)[\(index)].id",
                                              "\(what) id '\(id)' is also the id of \(field)[\(earlier)]",
                                              hint: "ids must be unique: rename one or merge the two"))
                } else {
                    first[id] = index
                }
            }
        }
        scan(model.parties.map(\.id), "parties", "party")
        scan(model.issues.map(\.id), "issues", "issue")
        scan(model.facts.map(\.id), "facts", "fact")
        return found
    }

    private func partyProblems(_ model: NegotiationModel) -> [ModelProblem] {
        var found: [ModelProblem] = []
        var owner: [(alias: String, party: Int)] = []
        for (p, party) in model.parties.enumerated() {
            if party.aliases.isEmpty {
                found.append(ModelProblem(.error, "no-aliases", at: "parties[\(p)].aliases",
                                          "party '\(party.id)' has no aliases: no report can name it",
                                          hint: "add the names the news uses: country, capital, leaders, ministries"))
            }
            for (a, alias) in party.aliases.enumerated() {
                if alias.trimmingCharacters(in: .whitespaces).isEmpty {
                    found.append(ModelProblem(.error, "empty-alias", at: "parties[\(p)].aliases[\(a)]",
                                              "an empty alias", hint: "remove it"))
                    continue
                }
                if let other = owner.first(where: { $0.party != p && Self.overlap($0.alias, alias) }) {
                    let otherParty = model.parties[other.party]
                    found.append(ModelProblem(
                        .error, "shared-alias", at: "parties[\(p)].aliases[\(a)]",
                        "alias '\(alias)' of '\(party.id)' also names '\(otherParty.id)' ('\(other.alias)')",
                        hint: "a name that stands for two parties cannot say which one acts: keep it on one party only"))
                }
                owner.append((alias, p))
            }
            for (l, leader) in party.leaders.enumerated() where leader.trimmingCharacters(in: .whitespaces).isEmpty {
                found.append(ModelProblem(.error, "empty-alias", at: "parties[\(p)].leaders[\(l)]", "an empty leader name",
                                          hint: "remove it"))
            }
        }
        return found
    }

    private func issueProblems(_ model: NegotiationModel) -> [ModelProblem] {
        var found: [ModelProblem] = []
        let issueIDs = Set(model.issues.map(\.id))
        let partyIDs = Set(model.parties.map(\.id))
        for (i, issue) in model.issues.enumerated() {
            if issue.terms.isEmpty && issue.weakTerms.isEmpty && issue.leaderTriggers.isEmpty {
                found.append(ModelProblem(.error, "unreachable-issue", at: "issues[\(i)]",
                                          "no term reaches issue '\(issue.id)': it has no terms, weakTerms or leaderTriggers",
                                          hint: "give it the words a report uses for it in `terms`"))
            }
            for (k, target) in issue.yieldsTo.enumerated() {
                if !issueIDs.contains(target) {
                    found.append(ModelProblem(.error, "unknown-id", at: "issues[\(i)].yieldsTo[\(k)]",
                                              "yieldsTo names unknown issue '\(target)'",
                                              hint: "use the id of an issue of this model"))
                } else if target == issue.id {
                    found.append(ModelProblem(.warning, "self-reference", at: "issues[\(i)].yieldsTo[\(k)]",
                                              "issue '\(issue.id)' yields to itself", hint: "remove it"))
                }
            }
            for (k, party) in issue.requiresParty.enumerated() where !partyIDs.contains(party) {
                found.append(ModelProblem(.error, "unknown-id", at: "issues[\(i)].requiresParty[\(k)]",
                                          "requiresParty names unknown party '\(party)'",
                                          hint: "use the id of a party of this model"))
            }
        }
        return found
    }

    /// Whether two names match the same words: equal, or equal but for case when one of them is lowercase (a
    /// lowercase name matches any case; a capitalised one only as written).
    static func overlap(_ a: String, _ b: String) -> Bool {
        if a == b { return true }
        guard a.lowercased() == b.lowercased() else { return false }
        return !a.contains(where: \.isUppercase) || !b.contains(where: \.isUppercase)
    }

    /// Invalid JSON: one error, with the line and column of the byte the parser stopped at when it says which.
    static func invalidJSON(_ data: Data, _ error: any Error) -> ModelProblem {
        let info = (error as NSError).userInfo
        var message = (info["NSDebugDescription"] as? String) ?? "\(error)"
        // Darwin's parser gives the byte index; Linux's says "around character N." in the message.
        var index = info["NSJSONSerializationErrorIndex"] as? Int
        if index == nil, let range = message.range(of: #"character \d+"#, options: .regularExpression) {
            index = Int(message[range].dropFirst("character ".count))
        }
        if let index, !message.contains("line") {
            let (line, column) = lineAndColumn(of: index, in: data)
            message += " (line \(line), column \(column))"
        }
        return ModelProblem(.error, "json", at: "", "not valid JSON: \(message)",
                            hint: "a missing comma or quote, or a trailing comma, near that place")
    }

    static func lineAndColumn(of index: Int, in data: Data) -> (Int, Int) {
        var line = 1
        var column = 1
        for byte in data.prefix(index) {
            if byte == UInt8(ascii: "\n") {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        return (line, column)
    }

    static func describe(_ error: DecodingError) -> ModelProblem {
        func path(_ context: DecodingError.Context) -> String {
            var text = ""
            for key in context.codingPath {
                if let index = key.intValue { text += "[\(index)]" } else { text += (text.isEmpty ? "" : ".") + key.stringValue }
            }
            return text
        }
        switch error {
        case .keyNotFound(let key, let context):
            return ModelProblem(.error, "missing-field", at: path(context), "missing required field '\(key.stringValue)'",
                                hint: "see docs/models.md for the fields of this object")
        case .typeMismatch(let type, let context):
            return ModelProblem(.error, "wrong-type", at: path(context), "wrong type: expected \(type)",
                                hint: "see docs/model.schema.json")
        case .valueNotFound(let type, let context):
            return ModelProblem(.error, "wrong-type", at: path(context), "null where \(type) is expected",
                                hint: "give a value or leave the field out")
        case .dataCorrupted(let context):
            return ModelProblem(.error, "wrong-value", at: path(context), context.debugDescription)
        @unknown default:
            return ModelProblem(.error, "decode", at: "", "\(error)")
        }
    }
}
