import Foundation
import ParleyCore
import ParleyFeeds

/// Maps a parsed feed entry to the core's `Report` (issue 5): url = the entry's link, else its id; outlet = the
/// feed's title, else its host; text = the full content when present, else the summary, turned into clean
/// paragraphs by `HTMLText`.
public enum ReportMapping {
    public static func report(from entry: FeedEntry, feedURL: String, feedTitle: String?) -> Report {
        let url = nonEmpty(entry.link) ?? nonEmpty(entry.id) ?? feedURL
        let outlet = nonEmpty(feedTitle) ?? URL(string: feedURL)?.host ?? feedURL
        let html = nonEmpty(entry.content) ?? nonEmpty(entry.summary) ?? ""
        let text = HTMLText.paragraphs(fromHTML: html).joined(separator: "\n")
        return Report(url: url, title: nonEmpty(entry.title.map(HTMLText.visible)) ?? url,
                      published: entry.published ?? entry.updated,
                      feed: feedURL, outlet: outlet, author: entry.author, text: text)
    }

    /// Every entry of a parsed feed, in feed order.
    public static func reports(from feed: ParsedFeed, feedURL: String) -> [Report] {
        feed.entries.map { report(from: $0, feedURL: feedURL, feedTitle: feed.title) }
    }

    private static func nonEmpty(_ text: String?) -> String? {
        guard let text = text?.trimmingCharacters(in: .whitespacesAndNewlines), !text.isEmpty else { return nil }
        return text
    }
}
