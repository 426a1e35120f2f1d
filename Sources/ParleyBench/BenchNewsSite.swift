import Foundation
import ParleyLoopback
import Synchronization

/// The loopback feed the pipeline bench polls: an RSS document of the latest ten items, one more published before
/// each poll. Items are written like wire reports on the Russia-Ukraine talks with varying figures, so extraction
/// and diff do their full work (several paragraphs, attributed claims, numbers, new quantities that alert).
/// Each item is written once, when it is published (before the timed fetch), so the fetch measures the daemon's
/// fetch, not the site formatting ten dates per request.
final class BenchNewsSite: Sendable {
    /// The items published so far, oldest first (item 1 is always there).
    private let published = Mutex([BenchNewsSite.item(1)])
    private let count = Mutex(0)

    func publishNext() {
        let next = count.withLock { $0 += 1; return $0 }
        if next > 1 {
            let item = Self.item(next)
            published.withLock { $0.append(item) }
        }
    }

    func response() -> LoopbackResponse {
        let items: [String] = published.withLock { Array($0.suffix(10).reversed()) }
        let xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
            <title>Bench Wire</title><link>https://bench.example/</link><description>bench</description>
            \(items.joined(separator: "\n"))
            </channel></rss>
            """
        return .text(xml, contentType: "application/rss+xml; charset=utf-8")
    }

    static func item(_ number: Int) -> String {
        let day = 1 + number % 28
        let swap = 100 + number * 7
        let bodies = 1000 + number * 13
        let first: String = "Russia and Ukraine exchanged \(swap) prisoners of war each on Tuesday, Ukraine's "
            + "coordination headquarters said, in the latest stage of the swap agreed in Istanbul."
        let second: String = "Russia handed over the bodies of \(bodies) Ukrainian soldiers, the defence ministry in "
            + "Moscow said, and Kyiv said it would return the remains of Russian troops in the coming days."
        let third: String = "Ukrainian President Volodymyr Zelensky said his government still demanded an "
            + "unconditional ceasefire of at least 30 days, which the Kremlin has rejected."
        let fourth: String = "The two delegations met in Istanbul on June 2 for just over an hour. Turkey's foreign "
            + "minister said a further round could follow in July (report \(number))."
        let paragraphs = [first, second, third, fourth].map { (text: String) -> String in "<p>" + text + "</p>" }
            .joined()
        return """
            <item><title>Russia and Ukraine swap \(swap) prisoners each (\(number))</title>
            <link>https://bench.example/2025/07/\(day)/swap-\(number)</link>
            <guid>https://bench.example/2025/07/\(day)/swap-\(number)</guid>
            <pubDate>\(rfc822(number))</pubDate>
            <content:encoded><![CDATA[\(paragraphs)]]></content:encoded></item>
            """
    }

    static func rfc822(_ number: Int) -> String {
        let date = Date(timeIntervalSince1970: 1_751_328_000 + Double(number) * 3600)
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss 'GMT'"
        return formatter.string(from: date)
    }
}
