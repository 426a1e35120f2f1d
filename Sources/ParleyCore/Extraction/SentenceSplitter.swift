/// Splits a paragraph into sentences at `.`, `?` or `!` followed by a space and a capital, a digit or a quote,
/// except after common abbreviations and initials.
public enum SentenceSplitter {
    static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "gen", "sen", "rep", "st", "lt", "col", "gov", "prof", "vs", "jan", "feb",
        "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "u.s", "u.n", "u.k", "e.u", "inc",
        "corp", "co", "jr", "sr", "a.m", "p.m", "r-s.c", "d-conn", "r-s",
    ]

    public static func sentences(_ paragraph: String) -> [String] {
        let chars = Array(paragraph)
        var result: [String] = []
        var start = 0
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if c == "." || c == "?" || c == "!" {
                var end = i + 1
                while end < chars.count, "\"'\u{201D}\u{2019})".contains(chars[end]) { end += 1 }
                if end < chars.count, chars[end] == " " {
                    var k = end
                    while k < chars.count, chars[k] == " " { k += 1 }
                    if k < chars.count, startsSentence(chars[k]), !isAbbreviation(chars, before: i, dot: c) {
                        append(chars[start..<end], to: &result)
                        start = k
                        i = k
                        continue
                    }
                }
            }
            i += 1
        }
        append(chars[start..<chars.count], to: &result)
        return result
    }

    private static func startsSentence(_ c: Character) -> Bool {
        c.isUppercase || c.isNumber || "\"'\u{201C}\u{2018}(".contains(c)
    }

    private static func isAbbreviation(_ chars: [Character], before index: Int, dot: Character) -> Bool {
        guard dot == "." else { return false }
        var k = index - 1
        var word = ""
        while k >= 0, !chars[k].isWhitespace, chars[k] != "(" {
            word.insert(chars[k], at: word.startIndex)
            k -= 1
        }
        let lower = word.lowercased()
        if word.count == 1, word.first?.isUppercase == true { return true }
        return abbreviations.contains(lower)
    }

    private static func append(_ slice: ArraySlice<Character>, to result: inout [String]) {
        let text = String(slice).trimmingWhitespaces()
        if !text.isEmpty { result.append(text) }
    }
}
