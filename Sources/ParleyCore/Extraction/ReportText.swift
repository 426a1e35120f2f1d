/// The clean paragraphs of a report: site furniture, headings, "Read more" tails and share prompts removed, and
/// wire datelines ("MOSCOW, June 3 (Meridian Wire) –") cut from the first paragraph.
struct ReportText: Sendable {
    let boilerplate: [String]

    init(_ lexicon: Lexicon) {
        boilerplate = lexicon.boilerplate.map { $0.lowercased() }
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
            if result.isEmpty { paragraph = Self.stripDateline(paragraph) }
            result.append(paragraph)
        }
        return result
    }

    /// Removes a wire dateline: an upper-case place, optional date and outlet, then a dash.
    static func stripDateline(_ paragraph: String) -> String {
        let dashes: [String] = [" \u{2013} ", " \u{2014} ", " - ", " -- "]
        for dash in dashes {
            guard let range = paragraph.range(of: dash) else { continue }
            let prefix = paragraph[..<range.lowerBound]
            guard prefix.count <= 60, let first = prefix.split(separator: " ").first else { continue }
            let letters = first.filter(\.isLetter)
            if letters.count >= 3, letters.allSatisfy(\.isUppercase) {
                return String(paragraph[range.upperBound...])
            }
        }
        return paragraph
    }
}
