import Foundation

/// Reads a report kept as plain text: an optional header of `key: value` lines (`url`, `title`, `outlet`,
/// `published` as RFC 3339, `feed`, `byline`) ended by a line `---`, then the body, one paragraph per line.
/// Without a header the whole text is the body and the first line the title.
public enum PlainTextReport {
    public static func parse(_ text: String, defaultURL: String) -> Report {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var header: [String: String] = [:]
        var body = lines
        if let separator = lines.firstIndex(of: "---"), separator < 20,
           lines[..<separator].allSatisfy({ $0.isEmpty || $0.contains(": ") }) {
            for line in lines[..<separator] {
                guard let colon = line.range(of: ": ") else { continue }
                header[line[..<colon.lowerBound].lowercased()] = String(line[colon.upperBound...])
            }
            body = Array(lines[(separator + 1)...])
        }
        let paragraphs = body.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        let title = header["title"] ?? paragraphs.first ?? defaultURL
        return Report(url: header["url"] ?? defaultURL, title: title,
                      published: header["published"].flatMap(AlertCoding.parseRFC3339), feed: header["feed"],
                      outlet: header["outlet"], author: header["byline"] ?? header["author"],
                      text: paragraphs.joined(separator: "\n"))
    }
}
