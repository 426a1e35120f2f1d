import Foundation
import ParleyFeeds

/// `parley feeds import|export`: a config's feeds as an OPML 2.0 subscription list, and an OPML list as the YAML
/// `feeds:` entries of a config (each checked as the config checks a feed URL; names kept unique).
public enum FeedListExchange {
    /// The config's feeds as OPML: the name as title (else the URL), the tags as categories.
    public static func opml(_ config: DaemonConfig) -> String {
        OPML.write(title: "Parley feeds (\((config.file as NSString).lastPathComponent))",
                   feeds: config.feeds.map { OPMLFeed(url: $0.url, title: $0.name, categories: $0.tags) })
    }

    public struct Imported: Sendable {
        /// `feeds:` and one entry per feed, ready to paste into a config.
        public var yaml: String
        public var count: Int
        /// Feeds left out, each with why (a URL the config would refuse, one already in the config).
        public var skipped: [String]
    }

    /// The feeds of an OPML list as config entries, leaving out those whose URL the config would refuse and those
    /// `existing` already holds (same feed up to scheme/host case, fragment and trailing slash).
    public static func yaml(_ feeds: [OPMLFeed], existing: [FeedConfig] = []) -> Imported {
        var known = Set(existing.map { ConfigValues.feedIdentity($0.url) })
        var names = Set(existing.compactMap(\.name))
        var lines = ["feeds:"]
        var skipped: [String] = []
        var count = 0
        for feed in feeds {
            if let problem = ConfigValues.urlProblem(feed.url, allowedSchemes: ["http", "https"]) {
                skipped.append("\(feed.url): \(problem)")
                continue
            }
            guard known.insert(ConfigValues.feedIdentity(feed.url)).inserted else {
                skipped.append("\(feed.url): already listed")
                continue
            }
            lines.append("  - url: \(quoted(feed.url))")
            if let title = feed.title?.trimmingCharacters(in: .whitespacesAndNewlines), !title.isEmpty,
               title != feed.url {
                var name = title, number = 2
                while names.contains(name) {
                    name = "\(title) (\(number))"
                    number += 1
                }
                names.insert(name)
                lines.append("    name: \(quoted(name))")
            }
            if !feed.categories.isEmpty {
                lines.append("    tags: [\(feed.categories.map(quoted).joined(separator: ", "))]")
            }
            count += 1
        }
        if count == 0 { lines[0] = "feeds: []" }
        return Imported(yaml: lines.joined(separator: "\n") + "\n", count: count, skipped: skipped)
    }

    /// A YAML double-quoted scalar (JSON string syntax is valid YAML), so no title or URL can break the file.
    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F || (0x80..<0xA0).contains(scalar.value)
                    || scalar.value == 0x2028 || scalar.value == 0x2029 || scalar.value == 0xFEFF {
                    out += String(format: "\\u%04X", scalar.value)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
