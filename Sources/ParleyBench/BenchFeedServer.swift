import Foundation
import ParleyLoopback

/// The feeds `parley bench --suite fetch` polls: `/feed/<n>.xml` (`/quiet/<n>.xml` without items, for the daemon
/// suite), each with its own ETag; a request carrying that
/// ETag in `If-None-Match` gets 304, any other gets 200 with a ~2 KB RSS document (a typical small news feed).
public enum BenchFeedServer {
    public static func handler() -> LoopbackHandler {
        let items = (1...6).map { index in
            """
            <item><title>Delegations meet for round \(index) of talks</title>\
            <link>https://news.example/2026/11/round-\(index)</link><guid>round-\(index)</guid>\
            <pubDate>Thu, 26 Nov 2026 0\(index):00:00 GMT</pubDate><description>Negotiators from both sides met \
            again on Thursday to discuss the ceasefire line, prisoner exchanges and the timetable for the next \
            round, officials said.</description></item>
            """
        }.joined()
        return { request in
            let number = request.path.split(separator: "/").last.map { String($0.prefix { $0.isNumber }) } ?? ""
            let etag = "\"v1-\(number)\""
            if request.header("If-None-Match") == etag { return .status(304, headers: [LoopbackHeader("ETag", etag)]) }
            // `/quiet/<n>.xml`: the same feed without items (the daemon bench measures polling, not extraction).
            let body = """
                <?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Bench feed \(number)\
                </title><link>https://news.example/</link>\(request.path.hasPrefix("/quiet/") ? "" : items)</channel></rss>
                """
            return .text(body, contentType: "application/rss+xml; charset=utf-8", headers: [LoopbackHeader("ETag", etag)])
        }
    }

    /// The ETag the server gives feed `number`, so a bench can send it and get 304.
    public static func etag(of number: Int) -> String { "\"v1-\(number)\"" }
}
