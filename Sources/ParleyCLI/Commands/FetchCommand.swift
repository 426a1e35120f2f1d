import ArgumentParser
import Foundation
import ParleyCore
import ParleyFeeds
import ParleyFetch

/// `parley fetch URL`: one poll as the daemon would make it, shown for debugging: status, redirects, the headers
/// that matter for polling, timings, the next-poll decision and the first entries through the parser.
struct FetchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fetch", abstract: "Fetch one feed as the daemon would and show what came back.")

    @Argument(help: "The feed URL (http, https or file).")
    var url: String

    @Flag(help: "Allow loopback, private and link-local addresses (refused by default, as in the daemon).")
    var allowPrivate = false

    @Option(help: "A stored ETag to send as If-None-Match.")
    var etag: String?

    @Option(help: "A stored Last-Modified to send as If-Modified-Since.")
    var lastModified: String?

    @Option(help: "How many entries to show.")
    var entries = 5

    @Option(help: "Total timeout in seconds.")
    var timeout = 30

    func run() async throws {
        var fetchConfiguration = FetchConfiguration()
        fetchConfiguration.allowPrivateAddresses = allowPrivate
        fetchConfiguration.totalTimeout = .seconds(timeout)
        let fetcher = CurlFeedFetcher(configuration: fetchConfiguration)
        let request = FetchRequest(state: FeedHTTPState(url: url, etag: etag, lastModified: lastModified))
        let outcome = await fetcher.fetch(request)

        if let info = outcome.info { printInfo(info) }
        var ttlMinutes: Int?
        switch outcome {
        case .fetched(let body, let charset, let newState, let info):
            print("result:   fetched \(body.count) bytes" + (charset.map { ", charset \($0)" } ?? ""))
            printState(newState)
            ttlMinutes = printEntries(body: body, charset: charset, documentURL: info.finalURL)
        case .notModified(let newState, _):
            print("result:   not modified (304): nothing to parse")
            printState(newState)
        case .failed(let error):
            print("result:   failed: \(error)")
        }
        let decision = PollPolicy().decide(after: outcome, errorCount: 0, ttlMinutes: ttlMinutes)
        if let next = decision.nextPoll {
            print("next poll: in \(Int(next.timeIntervalSinceNow.rounded())) s (\(decision.reason.rawValue), "
                + "default policy)")
        } else {
            print("next poll: never (the feed is retired)")
        }
        if case .failed = outcome { throw ExitCode(1) }
    }

    private func printInfo(_ info: FetchInfo) {
        print("status:   \(info.status == 0 ? "(file)" : String(info.status))")
        for hop in info.redirects { print("redirect: \(hop.status) \(hop.from) -> \(hop.to)") }
        if info.finalURL != url { print("final:    \(info.finalURL)") }
        if let moved = info.permanentRedirectURL { print("moved:    permanently to \(moved) (stored URL updated)") }
        let wanted = ["Content-Type", "Content-Encoding", "Content-Length", "ETag", "Last-Modified", "Cache-Control",
                      "Expires", "Retry-After", "Date", "Server"]
        for name in wanted {
            if let value = info.headers.value(for: name) { print("header:   \(name): \(value)") }
        }
        let timings = info.timings
        print("time:     \(ms(timings.total)) total (dns \(ms(timings.nameLookup)), connect \(ms(timings.connect)), "
            + "tls \(ms(timings.tlsHandshake)), first byte \(ms(timings.firstByte))), \(info.bodyBytes) body bytes")
    }

    private func printState(_ state: FeedHTTPState) {
        print("state:    url=\(state.url) etag=\(state.etag ?? "-") last-modified=\(state.lastModified ?? "-")")
    }

    /// Prints the feed's first entries; returns its `<ttl>` for the next-poll decision.
    private func printEntries(body: Data, charset: String?, documentURL: String) -> Int? {
        do {
            let feed = try FeedParser().parse(body, documentURL: documentURL, httpCharset: charset)
            print("feed:     \(feed.title ?? "(untitled)") — \(feed.entries.count) entries"
                + (feed.bozo ? " (recovered: \(feed.bozoReason ?? "not well-formed"))" : "")
                + (feed.ttlMinutes.map { ", ttl \($0) min" } ?? ""))
            for entry in feed.entries.prefix(entries) {
                let date = (entry.published ?? entry.updated).map { ISO8601DateFormatter().string(from: $0) } ?? "-"
                print("  - \(date)  \(entry.title ?? "(no title)")")
                if let link = entry.link { print("    \(link)") }
            }
            return feed.ttlMinutes
        } catch {
            print("parse:    \(error)")
            return nil
        }
    }

    private func ms(_ duration: Duration) -> String {
        let (seconds, attoseconds) = duration.components
        return String(format: "%.1f ms", Double(seconds) * 1000 + Double(attoseconds) / 1e15)
    }
}
