/// A number read from a report with its unit: "1,200 prisoners", "twenty-six countries", "24 to 48 hours".
public struct Quantity: Sendable, Hashable, Codable, CustomStringConvertible {
    public var value: Double
    /// Normalised unit from the lexicon (`prisoners`, `days`, `percent`), or `n` when none follows.
    public var unit: String

    public init(value: Double, unit: String) {
        self.value = value
        self.unit = unit
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

    func quantities(in tokens: [Token]) -> [Quantity] {
        var result: [Quantity] = []
        var pending: [Double] = []
        var i = 0
        while i < tokens.count {
            guard let (value, next) = number(tokens, at: i) else {
                i += 1
                continue
            }
            let currency = i > 0 ? currencies[tokens[i - 1].text] : nil
            // Days of a month and years are dates, not quantities.
            let afterMonth = i > 0 && isMonth(tokens[i - 1])
            let beforeMonth = next < tokens.count && isMonth(tokens[next])
            var unit: String? = currency
            var j = next
            if j < tokens.count, ordinalSuffixes.contains(tokens[j].lower) { j += 1 }
            // A range or a pair ("24 to 48 hours", "1,000-for-1,000") takes the unit of its last number.
            if unit == nil, j + 1 < tokens.count, connectors.contains(tokens[j].lower),
               number(tokens, at: j + 1) != nil {
                pending.append(value)
                i = j + 1
                continue
            }
            var look = 0
            while unit == nil, j < tokens.count, look < 4 {
                if tokens[j].isNumber { break }
                unit = self.unit(of: tokens[j].lower)
                j += 1
                look += 1
            }
            if let found = unit, timeUnits.contains(found), j < tokens.count,
               offsetWords.contains(tokens[j].lower) {
                pending.removeAll()
                i = j
                continue
            }
            let isYear = value >= 1900 && value <= 2100 && value.rounded() == value && unit == nil
            if afterMonth || beforeMonth || isYear {
                pending.removeAll()
                i = next
                continue
            }
            for earlier in pending { result.append(Quantity(value: earlier, unit: unit ?? "n")) }
            pending.removeAll()
            result.append(Quantity(value: value, unit: unit ?? "n"))
            i = next
        }
        for earlier in pending { result.append(Quantity(value: earlier, unit: "n")) }
        return result
    }
}
