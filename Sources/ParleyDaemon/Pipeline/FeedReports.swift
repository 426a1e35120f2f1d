import Foundation
import ParleyCore
import ParleyFeeds

/// Parses a feed document and maps every entry to a report (see `ReportMapping`), for `replay` and `explain`.
public enum FeedReports {
    public static func reports(fromFeedData data: Data, feedURL: String) throws(FeedParseError) -> [Report] {
        let feed = try FeedParser().parse(data, documentURL: feedURL)
        return ReportMapping.reports(from: feed, feedURL: feedURL)
    }
}
