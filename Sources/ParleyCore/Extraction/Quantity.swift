/// A number read from a report with its unit: "1,200 prisoners", "twenty-six countries", "24 to 48 hours".
public struct Quantity: Sendable, Hashable, Codable, CustomStringConvertible {
    public var value: Double
    /// Normalised unit from the lexicon (`prisoners`, `days`, `percent`), or `n` when none follows.
    public var unit: String
    /// For a number without a unit of the lexicon after it, the noun it counts: the report's noun after it ("two
    /// delegations", "six remaining protocols"), else the lexicon's unit named shortly before it ("armed forces
    /// would be capped at 800,000": troops); `nil` when there is none. For the reader only: novelty reads `unit`.
    public var noun: String?
    /// A time of day ("23:05"), part of a name ("Article 5", "resolution 2231") or of a compound word
    /// ("three-way"): kept for restatement memory and the model's facts, never shown as a quantity of an alert.
    public var countsNothing = false

    enum CodingKeys: String, CodingKey {
        case value, unit, noun
    }

    public init(value: Double, unit: String, noun: String? = nil) {
        self.value = value
        self.unit = unit
        self.noun = unit == "n" ? noun : nil
    }

    /// The number alone, as restatement memory keeps it: "3,000 bodies" and "3,000 soldiers" restate each other.
    var memoryKey: String {
        "q:" + Quantity(value: value, unit: "n").description
    }

    public var description: String {
        let number: String
        // `Int64(exactly:)`, not `Int64(_:)`: a report's "10^30 prisoners" (or infinity, from a long run of digits or
        // scale words) must print, not trap.
        if value >= 1e9, let billions = Int64(exactly: value / 1e9) {
            number = String(billions) + " billion"
        } else if abs(value) < 1e15, let whole = Int64(exactly: value) {
            number = String(whole)
        } else {
            number = String(value)
        }
        return unit == "n" ? number : "\(number) \(unit)"
    }

    /// Reads back what `description` wrote, as the model's facts keep quantities ("1200 prisoners",
    /// "3 billion euros", "81"); `nil` for anything else.
    public init?(parsing text: String) {
        var words = text.split(separator: " ").map(String.init)
        guard let first = words.first, var value = Double(first) else { return nil }
        words.removeFirst()
        if words.first == "billion" {
            value *= 1e9
            words.removeFirst()
        }
        self.init(value: value, unit: words.isEmpty ? "n" : words.joined(separator: " "))
    }
}

/// Reads numbers in digits and in words, with scale words and the unit that follows them.
struct NumberReader: Sendable {
    let numberWords: [String: Int]
    let scaleWords: [String: Double]
    let unitOf: [String: String]
    let unitPrefixes: [(String, String)]
    let monthWords: Set<String>
    /// Words joining a range or list of numbers ("24 to 48").
    let connectors: Set<String>
    let ordinalSuffixes: Set<String>
    /// Units of time that, followed by an offset word ("two days after", "a week ago"), date something rather
    /// than measure it.
    let timeUnits: Set<String>
    /// Articles read as one before a unit ("a dozen").
    let articles: Set<String>
    /// Currency symbol before a number -> its unit.
    let currencies: [String: String]
    let offsetWords: Set<String>
    /// Words before a number that make it a name, not a count ("Article 5", "resolution 2231").
    let identifierWords: Set<String>
    /// Words that never name what a number counts (function words, months, weekdays).
    let notNouns: Set<String>
    /// The grammar's place prepositions ("in", "inside"): after a word that names no unit, the end of a number's
    /// phrase.
    let locatives: Set<String>
    /// How many words a number's governing noun may stand after it ("two largest oil companies").
    static let nounReach = 3
    /// How many words before a number that has none after it its unit may stand ("armed forces ... capped at
    /// 800,000").
    static let unitReachBack = 6

    init(_ lexicon: Lexicon) {
        numberWords = lexicon.numberWords
        scaleWords = lexicon.scaleWords
        var exact: [String: String] = [:]
        var prefixes: [(String, String)] = []
        for (unit, words) in lexicon.units {
            for word in words {
                if word.hasSuffix("*") {
                    prefixes.append((String(word.dropLast()).lowercased(), unit))
                } else {
                    exact[word.lowercased()] = unit
                }
            }
        }
        unitOf = exact
        unitPrefixes = prefixes.sorted { $0.0.count > $1.0.count }
        monthWords = Set(lexicon.months.map { $0.lowercased() })
        offsetWords = Set(lexicon.timeOffsets.map { $0.lowercased() })
        connectors = Set(lexicon.grammar.numberConnectors)
        ordinalSuffixes = Set(lexicon.grammar.ordinalSuffixes)
        timeUnits = Set(lexicon.grammar.timeUnits)
        articles = Set(lexicon.grammar.indefiniteArticles)
        currencies = lexicon.grammar.currencySymbols
        identifierWords = Set(lexicon.grammar.identifierNouns)
        locatives = Set(lexicon.grammar.locatives)
        notNouns = Set(lexicon.stopwords.map { $0.lowercased() } + lexicon.months.map { $0.lowercased() }
            + lexicon.weekdays.map { $0.lowercased() })
    }

    private func unit(of word: String) -> String? {
        if let unit = unitOf[word] { return unit }
        return unitPrefixes.first { word.hasPrefix($0.0) }?.1
    }

    private func isMonth(_ token: Token) -> Bool {
        token.isCapitalized && token.lower.count >= 3 && monthWords.contains { $0.hasPrefix(token.lower) }
    }

    /// Parses the number starting at `index`: its value and the index after it.
    private func number(_ tokens: [Token], at index: Int) -> (Double, Int)? {
        let token = tokens[index]
        var value: Double
        var next = index + 1
        if token.isNumber {
            guard let parsed = Double(token.text.replacingOccurrences(of: ",", with: "")) else { return nil }
            value = parsed
        } else if let word = numberWords[token.lower] {
            value = Double(word)
            // "twenty-six" was split by the tokenizer into "twenty" "six".
            if word >= 20, word % 10 == 0, next < tokens.count, let unit = numberWords[tokens[next].lower],
               unit < 10 {
                value += Double(unit)
                next += 1
            }
        } else if articles.contains(token.lower), next < tokens.count,
                  let scale = scaleWords[tokens[next].lower], scale == 12 {
            return (12, next + 1)
        } else {
            return nil
        }
        while next < tokens.count, let scale = scaleWords[tokens[next].lower], scale != 12 {
            value *= scale
            next += 1
        }
        return (value, next)
    }

    /// The characters between two tokens of `text` ("" when `text` is not given or they touch).
    private func gap(_ a: Token, _ b: Token, in text: [Character]) -> String {
        let start = a.offset + a.text.count
        guard start <= b.offset, b.offset <= text.count else { return "" }
        return String(text[start..<b.offset]).trimmingCharacters(in: .whitespaces)
    }

    /// The noun a number counts when no unit of the lexicon follows it: the last of the words right after it
    /// (up to `nounReach`, no punctuation between, no function word), plural unless the number is one.
    private func noun(after index: Int, value: Double, tokens: [Token], text: [Character]) -> String? {
        var noun: String?
        var j = index
        while j < tokens.count, j - index < Self.nounReach {
            let token = tokens[j]
            guard token.text.first?.isLetter == true, !notNouns.contains(token.lower),
                  j == index || gap(tokens[j - 1], token, in: text).isEmpty,
                  text.isEmpty || token.offset == 0 || text[token.offset - 1] == " " else { break }
            noun = token.text
            j += 1
        }
        guard let noun, noun.first?.isLowercase == true, value == 1 || noun.hasSuffix("s") else { return nil }
        return noun
    }

    /// `text` is the sentence the tokens were read from: with it, times of day ("23:05"), names with a number
    /// ("Article 5", "resolution 2231", "B-2") and compound words ("three-way") are marked `countsNothing`, and a
    /// number without a unit after it gets the noun it counts (`Quantity.noun`). Values and units are read alike
    /// with or without it, so restatement memory and the model's facts do not depend on it.
    /// A number inside a party's name (`inNames`, token indices: "the two sides") counts nothing either.
    func quantities(in tokens: [Token], text sentence: String = "", inNames: Set<Int> = []) -> [Quantity] {
        // The sentence's characters, made only once a number is found (most sentences of a report have none).
        lazy var text = Array(sentence)
        var result: [Quantity] = []
        // Where each number of `result` starts (-1 for the earlier numbers of a range).
        var positions: [Int] = []
        // Where the numbers that count nothing start.
        var names = inNames
        var pending: [(value: Double, at: Int)] = []
        var i = 0
        while i < tokens.count {
            guard let (value, next) = number(tokens, at: i) else {
                i += 1
                continue
            }
            if !sentence.isEmpty, !names.contains(i), let end = notACount(at: i, next: next, tokens: tokens, text: text) {
                names.insert(i)
                names.formUnion((next..<end).filter { tokens[$0].isNumber })
            }
            let currency = i > 0 ? currencies[tokens[i - 1].text] : nil
            // Days of a month and years are dates, not quantities.
            let afterMonth = i > 0 && isMonth(tokens[i - 1])
            let beforeMonth = next < tokens.count && isMonth(tokens[next])
            var unit: String? = currency
            var j = next
            if j < tokens.count, ordinalSuffixes.contains(tokens[j].lower) { j += 1 }
            // Days joined after a month ("August 7 and 8") are dates, both of them.
            if afterMonth, j + 1 < tokens.count, connectors.contains(tokens[j].lower),
               let (_, end) = number(tokens, at: j + 1) {
                pending.removeAll()
                i = end
                continue
            }
            // A range or a pair ("24 to 48 hours", "1,000-for-1,000") takes the unit of its last number.
            if unit == nil, j + 1 < tokens.count, connectors.contains(tokens[j].lower),
               number(tokens, at: j + 1) != nil {
                pending.append((value, i))
                i = j + 1
                continue
            }
            var look = 0
            // Whether a word that names no unit came between: a place preposition after it ends the number's phrase
            // ("five hilltops inside the country" counts hilltops, not countries; "a 1,000-for-1,000 exchange of
            // prisoners" counts prisoners).
            var passedWord = false
            while unit == nil, j < tokens.count, look < 4 {
                // An article ends the number's phrase: "100,000 British cars a year" counts cars, not years.
                if tokens[j].isNumber || articles.contains(tokens[j].lower) { break }
                if passedWord, locatives.contains(tokens[j].lower) { break }
                // A unit of two words ("per cent") before one of one word.
                if j + 1 < tokens.count, let two = unitOf[tokens[j].lower + " " + tokens[j + 1].lower] {
                    unit = two
                    j += 2
                    break
                }
                unit = self.unit(of: tokens[j].lower)
                if unit == nil, !notNouns.contains(tokens[j].lower) { passedWord = true }
                j += 1
                look += 1
            }
            if let found = unit, timeUnits.contains(found), j < tokens.count,
               offsetWords.contains(tokens[j].lower) {
                pending.removeAll()
                i = j
                continue
            }
            // ("1,900" with its thousands separator is a count, never a year.)
            let isYear = value >= 1900 && value <= 2100 && value.rounded() == value && unit == nil
                && next == i + 1 && tokens[i].text.allSatisfy(\.isNumber)
            if afterMonth || beforeMonth || isYear {
                pending.removeAll()
                i = next
                continue
            }
            var noun: String?
            if unit == nil, !sentence.isEmpty, !names.contains(i) {
                var after = next
                if after < tokens.count, ordinalSuffixes.contains(tokens[after].lower) { after += 1 }
                noun = self.noun(after: after, value: value, tokens: tokens, text: text)
                    ?? self.unit(before: i, tokens: tokens, text: text,
                                 found: zip(positions, result).map { (at: $0, quantity: $1) })
            }
            for earlier in pending + [(value, i)] {
                var quantity = Quantity(value: earlier.value, unit: unit ?? "n", noun: noun)
                quantity.countsNothing = names.contains(earlier.at)
                if quantity.countsNothing { quantity.noun = nil }
                result.append(quantity)
                positions.append(earlier.at)
            }
            pending.removeAll()
            i = next
        }
        for earlier in pending {
            var quantity = Quantity(value: earlier.value, unit: "n")
            quantity.countsNothing = names.contains(earlier.at)
            result.append(quantity)
        }
        return result
    }

    /// Where the numbers that count nothing end when the one at `index` (ending before `next`) starts them: a time
    /// of day ("23:05", both numbers), a name ("Article 5", "B-2") or the first part of a compound word
    /// ("three-way"); `nil` when it may count something.
    private func notACount(at index: Int, next: Int, tokens: [Token], text: [Character]) -> Int? {
        let token = tokens[index]
        if next < tokens.count, tokens[next].isNumber, gap(tokens[next - 1], tokens[next], in: text) == ":" {
            var end = next + 1
            while end < tokens.count, tokens[end].isNumber, gap(tokens[end - 1], tokens[end], in: text) == ":" { end += 1 }
            return end
        }
        if index > 0 {
            let before = tokens[index - 1]
            if identifierWords.contains(before.lower) && gap(before, token, in: text).isEmpty { return next }
            if before.text.count == 1, before.isCapitalized, gap(before, token, in: text) == "-" { return next }
        }
        if next < tokens.count, gap(tokens[next - 1], tokens[next], in: text) == "-", !tokens[next].isNumber,
           unit(of: tokens[next].lower) == nil, !connectors.contains(tokens[next].lower),
           !ordinalSuffixes.contains(tokens[next].lower) {
            return next
        }
        return nil
    }

    /// The noun a number without a unit after it takes from shortly before it: the unit word of the words before it
    /// ("armed forces would be capped at 800,000"), or the unit of the number before it ("800,000 ... rather than
    /// 600,000", the number that starts right there), within `unitReachBack` words and not across a colon, semicolon, bracket or dash; never a unit of
    /// time (a duration is read after its number only). The lexicon's unit name, as `Quantity.noun`.
    private func unit(before index: Int, tokens: [Token], text: [Character],
                      found: [(at: Int, quantity: Quantity)]) -> String? {
        var j = index - 1
        while j >= 0, index - j <= Self.unitReachBack {
            let token = tokens[j]
            if gap(token, tokens[j + 1], in: text).contains(where: { ";:()[]\u{2013}\u{2014}".contains($0) }) {
                return nil
            }
            if token.isNumber {
                return found.first { $0.at == j }
                    .flatMap { $0.quantity.unit == "n" ? $0.quantity.noun : $0.quantity.unit }
            }
            if let unit = unit(of: token.lower), !timeUnits.contains(unit) { return unit }
            j -= 1
        }
        return nil
    }
}
