/// The clean paragraphs of a report: site furniture, headings, "Read more" tails and share prompts removed, and
/// wire datelines ("MOSCOW, June 3 (Meridian Wire) –", "April 14 (Reuters) -") cut from the first paragraph.
struct ReportText: Sendable {
    let boilerplate: [String]
    /// The language's month names, lowercased: a dateline may open with the day instead of a place.
    let months: Set<String>

    init(_ lexicon: Lexicon) {
        boilerplate = lexicon.boilerplate.map { $0.lowercased() }
        months = Set(lexicon.months.map { $0.lowercased() })
    }

    func paragraphs(_ text: String) -> [String] {
        var result: [String] = []
        for raw in text.split(whereSeparator: \.isNewline) {
            var paragraph = raw.trimmingWhitespaces()
            guard !paragraph.isEmpty else { continue }
            let lower = paragraph.lowercased()
            // Everything after a "Read more" style tail is furniture.
            if boilerplate.contains(where: { lower.hasPrefix($0) }) {
                if result.count >= 2 { break }
                continue
            }
            let words = paragraph.split(separator: " ").count
            let ends = paragraph.last.map { ".!?\"\u{201D}".contains($0) } ?? false
            if words <= 6 && !ends || words <= 3 { continue }
            if result.isEmpty { paragraph = stripDateline(paragraph) }
            result.append(paragraph)
        }
        return result
    }

    /// Removes a wire dateline, then a dash: an upper-case place with an optional date and outlet, or a month's
    /// day and the outlet in brackets ("April 14 (Reuters) -"), which names no place.
    func stripDateline(_ paragraph: String) -> String {
        let dashes: [String] = [" \u{2013} ", " \u{2014} ", " - ", " -- "]
        for dash in dashes {
            guard let range = paragraph.range(of: dash) else { continue }
            let prefix = paragraph[..<range.lowerBound]
            guard prefix.count <= 60, let first = prefix.split(separator: " ").first else { continue }
            let letters = first.filter(\.isLetter)
            let place = letters.count >= 3 && letters.allSatisfy(\.isUppercase)
            let dayAndOutlet = months.contains(first.lowercased()) && prefix.hasSuffix(")") && prefix.contains("(")
            if place || dayAndOutlet {
                return String(paragraph[range.upperBound...])
            }
        }
        return paragraph
    }
}
