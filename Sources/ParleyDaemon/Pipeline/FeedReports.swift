import Foundation
import ParleyCore

/// Parses a feed document and maps every entry to a report (see `ReportMapping`).
public enum FeedReports {
    public static func reports(fromFeedData data: Data, feedURL: String) throws -> [Report] {
        throw FeedReportsError(description: "\(feedURL): feed parsing is not available in this build yet")
    }
}

public struct FeedReportsError: Error, CustomStringConvertible {
    public var description: String
}
