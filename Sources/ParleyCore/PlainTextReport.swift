import Foundation

/// Reads a report kept as plain text: an optional header of `key: value` lines (`url`, `title`, `outlet`,
/// `published` as RFC 3339, `feed`, `byline`) ended by a line `---`, then the body, one paragraph per line.
/// Without a header the whole text is the body and the first line the title.
public enum PlainTextReport {
    public static func parse(_ text: String, defaultURL: String) -> Report {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let (header, bodyStart) = split(lines) ?? ([:], 0)
        let paragraphs = lines[bodyStart...].map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        let title = header["title"] ?? paragraphs.first ?? defaultURL
        return Report(url: header["url"] ?? defaultURL, title: title,
                      published: header["published"].flatMap(AlertCoding.parseRFC3339), feed: header["feed"],
                      outlet: header["outlet"], author: header["byline"] ?? header["author"],
                      text: paragraphs.joined(separator: "\n"))
    }

    /// The header of a plain-text report, keys lowercased and values as written (`published` unparsed), or `nil`
    /// when the text has none (`parley model init` says what a seed's header lacks).
    public static func header(of text: String) -> [String: String]? {
        split(text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init))?.header
    }

    /// The header's keys and values and the index of the body's first line, when the text opens with a header: up
    /// to 20 lines of `key: value` (or blank) ended by a line `---`.
    private static func split(_ lines: [String]) -> (header: [String: String], bodyStart: Int)? {
        guard let separator = lines.firstIndex(of: "---"), separator < 20,
              lines[..<separator].allSatisfy({ $0.isEmpty || $0.contains(": ") }) else { return nil }
        var header: [String: String] = [:]
        for line in lines[..<separator] {
            guard let colon = line.range(of: ": ") else { continue }
            header[line[..<colon.lowerBound].lowercased()] = String(line[colon.upperBound...])
        }
        return (header, separator + 1)
    }
}
