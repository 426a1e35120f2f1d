import Foundation

/// The JSON line `parley parse --json` prints per file (`../shared/spec/cli.md`, "parley parse --json output").
/// Written by hand rather than with `JSONEncoder` to keep key order readable and the 295-file scorer run fast.
public enum FeedJSON {
    public static func line(file: String, result: Result<ParsedFeed, FeedParseError>) -> String {
        var out = "{\"file\": " + quote(file)
        switch result {
        case .failure(let error):
            out += ", \"ok\": false, \"bozo\": true, \"error\": " + quote(error.description)
            out += ", \"feed\": {}, \"entries\": []}"
        case .success(let feed):
            out += ", \"ok\": true, \"bozo\": \(feed.bozo), \"error\": " + (feed.bozoReason.map(quote) ?? "null")
            out += ", \"format\": " + quote(feed.format.rawValue)
            out += ", \"feed\": {"
            var fields: [String] = []
            add(&fields, "title", feed.title)
            add(&fields, "link", feed.link)
            add(&fields, "subtitle", feed.subtitle)
            if let ttl = feed.ttlMinutes { fields.append("\"ttl\": \(ttl)") }
            out += fields.joined(separator: ", ") + "}, \"entries\": ["
            out += feed.entries.map(entry).joined(separator: ", ")
            out += "]}"
        }
        return out
    }

    public static func lineForUnreadable(file: String, reason: String) -> String {
        "{\"file\": \(quote(file)), \"ok\": false, \"bozo\": false, \"error\": \(quote(reason)), \"feed\": {}, \"entries\": []}"
    }

    private static func entry(_ e: FeedEntry) -> String {
        var fields: [String] = []
        add(&fields, "title", e.title)
        add(&fields, "link", e.link)
        add(&fields, "id", e.id)
        add(&fields, "published", e.published.map(DateParser.iso8601String))
        add(&fields, "updated", e.updated.map(DateParser.iso8601String))
        add(&fields, "summary", e.summary)
        add(&fields, "content", e.content)
        add(&fields, "author", e.author)
        add(&fields, "enclosure_url", e.enclosureURL)
        fields.append("\"categories\": [" + e.categories.map(quote).joined(separator: ", ") + "]")
        return "{" + fields.joined(separator: ", ") + "}"
    }

    private static func add(_ fields: inout [String], _ key: String, _ value: String?) {
        if let value { fields.append("\"\(key)\": " + quote(value)) }
    }

    /// A JSON string literal (RFC 8259 §7).
    static func quote(_ s: String) -> String {
        var out = [UInt8]()
        out.reserveCapacity(s.utf8.count + 2)
        out.append(0x22)
        for c in s.utf8 {
            switch c {
            case 0x22: out.append(contentsOf: [0x5C, 0x22])
            case 0x5C: out.append(contentsOf: [0x5C, 0x5C])
            case 0x0A: out.append(contentsOf: [0x5C, 0x6E])
            case 0x0D: out.append(contentsOf: [0x5C, 0x72])
            case 0x09: out.append(contentsOf: [0x5C, 0x74])
            case 0..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                out.append(contentsOf: [0x5C, 0x75, 0x30, 0x30, hex[Int(c >> 4)], hex[Int(c & 0xF)]])
            default: out.append(c)
            }
        }
        out.append(0x22)
        return String(decoding: out, as: UTF8.self)
    }
}
