import Foundation
import ParleyCore

/// Builds RSS 2.0 documents from the plain-text fixture reports (Fixtures/crash), the way a news site would
/// publish them: one item per report, full text as `content:encoded` HTML paragraphs.
enum FixtureFeed {
    static let directory = Bundle.module.resourceURL!.appendingPathComponent("Fixtures/crash")

    /// Reports about another negotiation (US-Iran nuclear talks) for the multi-negotiation tests (Fixtures/multi).
    static let multiDirectory = Bundle.module.resourceURL!.appendingPathComponent("Fixtures/multi")

    /// The crash-test reports in publication order (or those of another fixture directory).
    static func reports(in directory: URL = directory) throws -> [Report] {
        let files = try FileManager.default.contentsOfDirectory(atPath: directory.path)
            .filter { $0.hasSuffix(".txt") }.sorted()
        return try files.map { name in
            let text = try String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)
            return PlainTextReport.parse(text, defaultURL: "https://crashtest.example/\(name)")
        }
    }

    /// An RSS feed holding `reports`, newest first as feeds list them.
    static func rss(title: String = "Crashtest Wire", _ reports: [Report]) -> String {
        let items = reports.reversed().map { report -> String in
            let paragraphs = report.text.split(separator: "\n").map { "<p>\(escape(String($0)))</p>" }.joined()
            let date = report.published.map { "<pubDate>\(rfc822($0))</pubDate>" } ?? ""
            return """
                <item><title>\(escape(report.title))</title><link>\(escape(report.url))</link>
                <guid isPermaLink="true">\(escape(report.url))</guid>\(date)
                <content:encoded><![CDATA[\(paragraphs)]]></content:encoded></item>
                """
        }
        return """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
            <title>\(escape(title))</title><link>https://crashtest.example/</link><description>fixture</description>
            \(items.joined(separator: "\n"))
            </channel></rss>
            """
    }

    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;")
    }

    static func rfc822(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss 'GMT'"
        return formatter.string(from: date)
    }
}
