/// Splits text into word tokens. Hyphens split words ("1,000-for-1,000", "twenty-six", "ceasefire-first") so that
/// each part can be matched; digits keep their thousands commas and decimal points; "n't" becomes "not"; a
/// possessive "'s" is dropped.
public enum Tokenizer {
    public static func tokens(_ text: String) -> [Token] {
        var tokens: [Token] = []
        let chars = Array(text)
        var current = ""
        var start = 0
        func flush() {
            if !current.isEmpty {
                tokens.append(Token(text: current, lower: current.lowercased(), offset: start))
                current = ""
            }
        }
        var i = 0
        while i < chars.count {
            let c = chars[i]
            let next: Character? = i + 1 < chars.count ? chars[i + 1] : nil
            if c.isWordLetter || c.isWordNumber {
                if !current.isEmpty, let last = current.last, last.isWordNumber && c.isWordLetter || last.isWordLetter && c.isWordNumber,
                   !(last.isWordLetter && c.isWordNumber && current.count == 1 && last.isWordUppercase) {
                    flush()
                }
                if current.isEmpty { start = i }
                current.append(c)
            } else if (c == "," || c == ".") && current.last?.isWordNumber == true && next?.isWordNumber == true {
                current.append(c)
            } else if c == "." && current.count == 1 && current.first?.isWordUppercase == true && next?.isWordLetter == true {
                // Initialisms such as "U.S." and "U.N." stay one token.
                current.append(c)
            } else if c == "." && current.contains(".") && current.last?.isWordLetter == true {
                current.append(c)
            } else if (c == "'" || c == "\u{2019}") && next != nil {
                if next == "t" || next == "T", current.lowercased().hasSuffix("n"),
                   i + 2 >= chars.count || !(chars[i + 2].isWordLetter) {
                    current.removeLast()
                    flush()
                    tokens.append(Token(text: "not", lower: "not", offset: i))
                    i += 2
                    continue
                }
                if next == "s" || next == "S", i + 2 >= chars.count || !(chars[i + 2].isWordLetter) {
                    let owner = !current.isEmpty
                    flush()
                    if owner { tokens[tokens.count - 1].possessive = true }
                    i += 2
                    continue
                }
                if current.isEmpty { i += 1; continue }
                current.append(c)
            } else if c == "%" {
                flush()
                tokens.append(Token(text: "%", lower: "%", offset: i))
            } else if c == "$" || c == "€" || c == "£" {
                flush()
                tokens.append(Token(text: String(c), lower: String(c), offset: i))
            } else {
                if c == "-", !current.isEmpty, next?.isWordLetter == true || next?.isWordNumber == true {
                    flush()
                    tokens[tokens.count - 1].hyphenNext = true
                } else {
                    flush()
                }
            }
            i += 1
        }
        flush()
        return tokens.map { token in
            // Each token was lowercased when made: again only when its text changes here.
            var token = token
            if token.text.hasSuffix(".") && token.text.count > 2 {
                token.text.removeLast()
                token.lower = token.text.lowercased()
            }
            return token
        }
    }
}
