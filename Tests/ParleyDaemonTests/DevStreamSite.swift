import Foundation
import ParleyLoopback
import Synchronization

/// The development stream of `../shared/eval/dev/feeds` served live from loopback: every feed file as it is, but
/// holding only the items published so far, released one at a time in order of publication across all the feeds.
/// Each feed answers with an ETag (its number of visible items), so an unchanged feed is a 304 and the daemon only
/// processes a body when an item has been added to it.
final class DevStreamSite: Sendable {
    struct Feed: Sendable {
        let name: String
        let file: URL
        /// The file before its first `<item>` and after its last `</item>`.
        let head: String, tail: String
        /// The items in file order, each with its place in the stream's order of publication.
        let items: [(xml: String, order: Int)]
    }

    /// `../shared` beside the repository, when it holds the development feeds.
    static let directory: URL? = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../../shared/eval/dev/feeds")
            .standardizedFileURL
        let files = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
        return files.contains { $0.hasSuffix(".xml") } ? url : nil
    }()

    let feeds: [Feed]
    /// How many items of the stream are published.
    private let published = Mutex(0)
    let server: LoopbackServer

    var itemCount: Int { feeds.reduce(0) { $0 + $1.items.count } }

    init(directory: URL) throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".xml") }
            .sorted()
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss zzz"
        let itemPattern = try NSRegularExpression(pattern: "<item>.*?</item>", options: [.dotMatchesLineSeparators])
        let datePattern = try NSRegularExpression(pattern: "<pubDate>([^<]*)</pubDate>")
        var parsed: [(name: String, file: URL, head: String, tail: String, items: [(String, Date)])] = []
        for file in files {
            let url = directory.appendingPathComponent(file)
            let text = try String(contentsOf: url, encoding: .utf8)
            let whole = NSRange(text.startIndex..., in: text)
            let matches = itemPattern.matches(in: text, range: whole)
            guard let first = matches.first, let last = matches.last else {
                throw CocoaError(.fileReadCorruptFile, userInfo: [NSFilePathErrorKey: url.path])
            }
            var items: [(String, Date)] = []
            for match in matches {
                let item = String(text[Range(match.range, in: text)!])
                guard let dateMatch = datePattern.firstMatch(in: item, range: NSRange(item.startIndex..., in: item)),
                      let date = formatter.date(from: String(item[Range(dateMatch.range(at: 1), in: item)!])) else {
                    throw CocoaError(.fileReadCorruptFile, userInfo: [NSFilePathErrorKey: url.path])
                }
                items.append((item, date))
            }
            parsed.append((String(file.dropLast(4)), url, String(text[..<Range(first.range, in: text)!.lowerBound]),
                           String(text[Range(last.range, in: text)!.upperBound...]), items))
        }
        // Order of publication across the feeds (the development stream has no two items at the same minute).
        let order = parsed.enumerated().flatMap { feed, entry in entry.items.indices.map { (feed, $0, entry.items[$0].1) } }
            .sorted { $0.2 < $1.2 }
        var place: [String: Int] = [:]
        for (rank, entry) in order.enumerated() { place["\(entry.0)/\(entry.1)"] = rank }
        feeds = parsed.enumerated().map { index, entry in
            Feed(name: entry.name, file: entry.file, head: entry.head, tail: entry.tail,
                 items: entry.items.indices.map { (entry.items[$0].0, place["\(index)/\($0)"]!) })
        }
        let box = Box()
        server = LoopbackServer { request in
            guard let site = box.site.withLock({ $0 }) else { return .status(503) }
            return site.answer(request)
        }
        box.site.withLock { $0 = self }
    }

    func start() async throws { try await server.start() }
    func shutdown() async { await server.shutdown() }

    func url(_ feed: Feed) -> String { server.url("/feeds/\(feed.name).xml") }

    /// Publishes the next item of the stream; returns the feed it appears in.
    @discardableResult
    func publishNext() -> Feed? {
        let rank = published.withLock { count -> Int in
            count += 1
            return count - 1
        }
        return feeds.first { $0.items.contains { $0.order == rank } }
    }

    private final class Box: Sendable {
        let site = Mutex<DevStreamSite?>(nil)
    }

    private func answer(_ request: LoopbackRequest) -> LoopbackResponse {
        guard request.path.hasPrefix("/feeds/"), request.path.hasSuffix(".xml"),
              let feed = feeds.first(where: { "/feeds/\($0.name).xml" == request.path }) else { return .status(404) }
        let count = published.withLock { $0 }
        let visible = feed.items.filter { $0.order < count }
        let etag = "\"\(visible.count)\""
        if request.header("If-None-Match") == etag { return .status(304, headers: [LoopbackHeader("ETag", etag)]) }
        return .text(feed.head + visible.map(\.xml).joined(separator: "\n") + feed.tail,
                     contentType: "application/rss+xml; charset=utf-8", headers: [LoopbackHeader("ETag", etag)])
    }
}
