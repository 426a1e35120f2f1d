import Foundation
import ParleyCore
import ParleyDaemon

/// Reads the inputs of `replay` and `explain`: feed files or file:// URLs (every entry becomes a report, mapped as
/// the daemon maps them), or plain-text report files (`PlainTextReport`).
enum ReportLoader {
    static func reports(from input: String) throws -> [Report] {
        let path = input.hasPrefix("file://") ? (URL(string: input)?.path ?? input) : input
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw CLIError("cannot read \(input): \(error.localizedDescription)")
        }
        let feedURL = input.hasPrefix("file://") ? input : URL(fileURLWithPath: path).absoluteString
        if looksLikeFeed(data) {
            return try FeedReports.reports(fromFeedData: data, feedURL: feedURL)
        }
        return [PlainTextReport.parse(String(decoding: data, as: UTF8.self), defaultURL: feedURL)]
    }

    /// The text of a plain-text report file, or nil for a feed file (or one that cannot be read).
    static func plainText(of input: String) -> String? {
        let path = input.hasPrefix("file://") ? (URL(string: input)?.path ?? input) : input
        guard let data = try? Data(contentsOf: URL(fileURLWithPath: path)), !looksLikeFeed(data) else { return nil }
        return String(decoding: data, as: UTF8.self)
    }

    /// Orders reports by publication across all inputs; reports without a date keep their place at the end.
    static func chronological(_ reports: [Report]) -> [Report] {
        reports.enumerated().sorted { a, b in
            switch (a.element.published, b.element.published) {
            case let (x?, y?): return x == y ? a.offset < b.offset : x < y
            case (.some, nil): return true
            case (nil, .some): return false
            case (nil, nil): return a.offset < b.offset
            }
        }.map(\.element)
    }

    private static func looksLikeFeed(_ data: Data) -> Bool {
        let head = String(decoding: data.prefix(512), as: UTF8.self)
            .trimmingCharacters(in: .whitespacesAndNewlines.union(CharacterSet(charactersIn: "\u{FEFF}")))
        return head.hasPrefix("<")
    }
}
