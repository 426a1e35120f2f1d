import Foundation
import ParleyCore

extension ModelCheck {
    /// The checks that read the file as written, before decoding fills in defaults: keys the format does not know
    /// (a typo is otherwise silently ignored), an issue without `name` (the decoder takes the id), and enum values
    /// (`role`, `attribute`, `severity`) with a hint listing the allowed ones.
    struct RawChecks {
        var object: [String: Any]

        static let topKeys: Set<String> = ["id", "title", "version", "parties", "issues", "language", "context",
                                           "outsiders", "joint", "facts", "known_terms", "developments", "history"]
        static let partyKeys: Set<String> = ["id", "name", "aliases", "leaders", "principal", "role"]
        static let issueKeys: Set<String> = ["id", "name", "covers", "terms", "weakTerms", "yieldsTo", "leaderTriggers",
                                             "requiresParty", "meetings", "severity", "phrase"]
        static let factKeys: Set<String> = ["id", "issue", "party", "attribute", "value", "quantities", "when", "places",
                                            "evidence", "source", "outlet", "version", "via", "about", "confidence",
                                            "review"]

        func problems() -> [ModelProblem] {
            var found = unknownKeys(object, known: Self.topKeys, at: "")
            if object["language"] != nil {
                found.append(ModelProblem(.warning, "embedded-language", at: "language",
                                          "the model embeds a language section; the shared language file replaces it",
                                          hint: "remove it: the language lives in seeds/english.language.json"))
            }
            for (p, party) in list("parties").enumerated() {
                found += unknownKeys(party, known: Self.partyKeys, at: "parties[\(p)]")
                found += enumValue(party["role"], at: "parties[\(p)].role", allowed: Party.Role.allCases.map(\.rawValue))
            }
            for (i, issue) in list("issues").enumerated() {
                found += unknownKeys(issue, known: Self.issueKeys, at: "issues[\(i)]")
                let name = (issue["name"] as? String)?.trimmingCharacters(in: .whitespaces) ?? ""
                if name.isEmpty {
                    let id = issue["id"] as? String ?? "?"
                    found.append(ModelProblem(.error, "missing-name", at: "issues[\(i)]",
                                              "issue '\(id)' has no name",
                                              hint: "add \"name\": a few words an alert can show (\"Peace treaty\")"))
                }
                found += enumValue(issue["severity"], at: "issues[\(i)].severity",
                                   allowed: Alert.Severity.allCases.map(\.rawValue))
            }
            for (f, fact) in list("facts").enumerated() {
                found += unknownKeys(fact, known: Self.factKeys, at: "facts[\(f)]")
                found += enumValue(fact["attribute"], at: "facts[\(f)].attribute",
                                   allowed: Fact.Attribute.allCases.map(\.rawValue))
            }
            return found
        }

        private func list(_ key: String) -> [[String: Any]] {
            (object[key] as? [Any])?.map { $0 as? [String: Any] ?? [:] } ?? []
        }

        private func unknownKeys(_ object: [String: Any], known: Set<String>, at path: String) -> [ModelProblem] {
            object.keys.filter { !known.contains($0) }.sorted().map { key in
                let nearest = known.min { distance(key, $0) < distance(key, $1) }
                let hint = nearest.flatMap { distance(key, $0) <= 3 ? "did you mean '\($0)'?" : nil }
                    ?? "known fields: \(known.sorted().joined(separator: ", "))"
                return ModelProblem(.warning, "unknown-field", at: path.isEmpty ? key : "\(path).\(key)",
                                    "unknown field '\(key)' is ignored", hint: hint)
            }
        }

        private func enumValue(_ value: Any?, at path: String, allowed: [String]) -> [ModelProblem] {
            guard let value, !(value is NSNull) else { return [] }
            guard let text = value as? String, allowed.contains(text) else {
                return [ModelProblem(.error, "unknown-value", at: path, "'\(value)' is not a known value",
                                     hint: "one of: \(allowed.joined(separator: ", "))")]
            }
            return []
        }

        /// Levenshtein distance, for "did you mean".
        private func distance(_ a: String, _ b: String) -> Int {
            let a = Array(a.lowercased())
            let b = Array(b.lowercased())
            var row = Array(0...b.count)
            for i in 1...max(a.count, 1) where i <= a.count {
                var previous = row[0]
                row[0] = i
                for j in 1...max(b.count, 1) where j <= b.count {
                    let current = row[j]
                    row[j] = min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] == b[j - 1] ? 0 : 1))
                    previous = current
                }
            }
            return row[b.count]
        }
    }
}
