import Foundation
import ParleyCore

/// What `parley model init` needs of a seed report's header, and what it says when the header lacks it. Every date
/// of a report is read from its publication time (weekdays, "March 18", "last June": with no publication time no
/// date is read at all), so a seed without `published:` is refused with the header to add. A missing `url:` gives
/// the facts the source `seed:ID` (not the file's path on this machine) and a missing `title:` leaves the first
/// paragraph as the headline; both are said, not refused.
struct SeedHeader {
    /// The seed report as init reads it (its url set to `seed:ID` when the header has none).
    var report: Report
    /// What init assumed, one line each, for the user.
    var notes: [String]

    /// `text` is the seed file's text when it is a plain-text report (nil for a feed file).
    init(seed path: String, text: String?, report: Report, negotiation id: String) throws {
        self.report = report
        notes = []
        guard let text else {
            if report.published == nil {
                throw CLIError("\(path): the seed entry has no publication date, and every date of a report is read "
                    + "from it: give the entry a date (<pubDate>, <published> or <updated>), or keep the article as a "
                    + "plain-text seed with a `published:` header (docs/models.md, \"The seed report\")")
            }
            return
        }
        let header = PlainTextReport.header(of: text) ?? [:]
        let example = "2025-04-04T12:00:00Z"
        if let written = header["published"], AlertCoding.parseRFC3339(written) == nil {
            throw CLIError("\(path): `published: \(written)` is not an RFC 3339 time: write it as `published: "
                + "\(example)` (the article's publication time in UTC; 12:00:00Z when only the day is known)")
        }
        if header["published"] == nil {
            var missing: [String] = []
            if header["url"] == nil { missing.append("url: seed:\(id)") }
            if header["title"] == nil { missing.append("title: THE ARTICLE'S HEADLINE") }
            missing.append("published: \(example)")
            let opening = header.isEmpty
                ? "has no header, and every date of the seed is read from its publication time"
                : "has no `published:` line in its header, and every date of the seed is read from it"
            throw CLIError("""
                \(path) \(opening) (without it no date is read at all: "on Thursday", "March 18", "last June" stay \
                unread and no fact gets a `when`). \(header.isEmpty ? "Put these lines above the article" : "Add to the header"):
                \(missing.map { "  " + $0 }.joined(separator: "\n"))\(header.isEmpty ? "\n  ---" : "")
                published: the article's publication time in UTC; when only its day is known, 12:00:00Z on that day; \
                when the day is unknown, the day of the latest event it reports (a dateline such as "KINSHASA, April 4" \
                gives it). See docs/models.md, "The seed report".
                """)
        }
        if header["url"] == nil {
            self.report.url = "seed:\(id)"
            notes.append("the seed's header has no `url:`: its facts' source is seed:\(id)")
        }
        if header["title"] == nil {
            notes.append("the seed's header has no `title:`: its first paragraph stands as the headline "
                + "(\"\(String(report.title.prefix(60)))\(report.title.count > 60 ? "..." : "")\")")
        }
    }
}
