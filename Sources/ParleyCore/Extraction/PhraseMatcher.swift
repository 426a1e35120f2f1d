/// Finds phrases of a vocabulary in token sequences. A phrase matches whole words; a word ending in `*` matches
/// any word it begins; `_` (not first) matches any one word ("spent about _ hours"); a phrase written with a capital letter matches only with that capitalisation, so "US"
/// (the country) is not "us" and "Turkey" is not "turkey", except its first word when written in lowercase, which
/// also matches capitalised at the start of a sentence ("the United States and China" matches "The United States
/// and China agreed").
struct PhraseMatcher: Sendable {
    struct Match: Sendable, Hashable {
        var start: Int
        var length: Int
        /// Index of the label the phrase was registered under.
        var label: Int
        var end: Int { start + length }
    }

    private struct Pattern: Sendable {
        var words: [String]
        var caseSensitive: Bool
        /// The first word is written in lowercase in a case-sensitive phrase: it matches in either case.
        var firstWordEitherCase = false
        var label: Int
    }

    private var byFirstWord: [String: [Pattern]] = [:]
    /// Patterns whose first word is a prefix, indexed by its first three letters (shorter ones in `shortPrefix`).
    private var prefixPatterns: [String: [Pattern]] = [:]
    private var shortPrefix: [Pattern] = []

    init(_ phrasesByLabel: [[String]]) {
        for (label, phrases) in phrasesByLabel.enumerated() {
            for phrase in phrases {
                let raw = Self.words(of: phrase)
                guard !raw.isEmpty else { continue }
                // A name of several words written in title case ("Joint Security Coordination Mechanism",
                // "Declaration of Principles": short lowercase joining words inside) is the same name in lowercase;
                // one word ("US", "Turkey") or a name with a number ("Section 907") is not.
                func capitalised(_ word: String) -> Bool { word.first?.isUppercase == true && word.allSatisfy(\.isLetter) }
                let titleCaseName = raw.count >= 2 && !raw[0].hasSuffix("*")
                    && capitalised(raw[0]) && capitalised(raw[raw.count - 1])
                    && raw.allSatisfy { word in
                        capitalised(word) || word.count <= 3 && word.allSatisfy { $0.isLetter && $0.isLowercase }
                    }
                let caseSensitive = phrase.contains { $0.isUppercase } && !titleCaseName
                let firstLower = raw[0].contains { $0.isLetter } && raw[0] == raw[0].lowercased()
                let pattern = Pattern(words: raw.map { caseSensitive ? $0 : $0.lowercased() },
                                      caseSensitive: caseSensitive, firstWordEitherCase: caseSensitive && firstLower,
                                      label: label)
                if raw[0].hasSuffix("*") {
                    let stem = pattern.words[0].dropLast().lowercased()
                    if stem.count >= 3 {
                        prefixPatterns[String(stem.prefix(3)), default: []].append(pattern)
                    } else {
                        shortPrefix.append(pattern)
                    }
                } else {
                    byFirstWord[raw[0].lowercased(), default: []].append(pattern)
                }
            }
        }
    }

    /// The words of a phrase as the tokenizer would split them, keeping a trailing `*`.
    private static func words(of phrase: String) -> [String] {
        var result: [String] = []
        for part in phrase.split(separator: " ") {
            if part == "_" {
                result.append("_")
                continue
            }
            let star = part.hasSuffix("*")
            let base = star ? String(part.dropLast()) : String(part)
            var pieces = Tokenizer.tokens(base).map(\.text)
            if star, !pieces.isEmpty { pieces[pieces.count - 1] += "*" }
            result += pieces
        }
        return result
    }

    /// All matches, longest first at each position, without overlaps.
    func matches(in tokens: [Token]) -> [Match] {
        var found: [Match] = []
        // Most matchers have no prefix patterns: the key of those (a new string per token) is made only when needed.
        let anyPrefix = !prefixPatterns.isEmpty
        var i = 0
        while i < tokens.count {
            var best: Match?
            let lower = tokens[i].lower
            // The groups in this order (a later pattern replaces the best only when longer), each without an array
            // of them built per token: this runs for every token of every sentence in each matcher.
            if let group = byFirstWord[lower] { Self.consider(group, tokens, at: i, best: &best) }
            if !shortPrefix.isEmpty { Self.consider(shortPrefix, tokens, at: i, best: &best) }
            if anyPrefix, let group = prefixPatterns[String(lower.prefix(3))] {
                Self.consider(group, tokens, at: i, best: &best)
            }
            if let best {
                found.append(best)
                i += best.length
            } else {
                i += 1
            }
        }
        return found
    }

    /// Makes the longest pattern of `group` that matches at `start` the best, if longer than the best so far.
    private static func consider(_ group: [Pattern], _ tokens: [Token], at start: Int, best: inout Match?) {
        for pattern in group where pattern.words.count <= tokens.count - start {
            if pattern.words.count > (best?.length ?? 0), matches(pattern, tokens, at: start) {
                best = Match(start: start, length: pattern.words.count, label: pattern.label)
            }
        }
    }

    private static func matches(_ pattern: Pattern, _ tokens: [Token], at start: Int) -> Bool {
        for (offset, word) in pattern.words.enumerated() {
            let token = tokens[start + offset]
            let text = pattern.caseSensitive && !(offset == 0 && pattern.firstWordEitherCase) ? token.text : token.lower
            if word == "_" { continue }
            if word.hasSuffix("*") {
                if !text.hasPrefix(word.dropLast()) { return false }
            } else if text != word {
                return false
            }
        }
        return true
    }
}
