import Foundation

/// One feed of an OPML subscription list: an `<outline>` with an `xmlUrl`.
public struct OPMLFeed: Sendable, Hashable {
    public var url: String
    /// `title`, else `text`.
    public var title: String?
    /// The `category` attribute's entries (last path segment of each: `/News/World` -> `World`), then the
    /// titles of the folders (outlines without `xmlUrl`) the feed sits in, outermost first; no repeats.
    public var categories: [String]

    public init(url: String, title: String? = nil, categories: [String] = []) {
        self.url = url
        self.title = title
        self.categories = categories
    }
}

/// OPML 2.0 subscription lists (http://opml.org/spec2.opml), read through the same hardened libxml2 path as feeds
/// (`DocumentPreparer`, `XMLDocument`: no network, no external entities, bounded entities, depth and attributes)
/// and written as plain text.
public enum OPML {
    /// The feeds of an OPML document, in document order, the same URL kept once. Throws on anything that is
    /// not a well-formed OPML document with at least one feed.
    public static func read(_ data: Data, limits: FeedParserLimits = .default) throws(FeedParseError) -> [OPMLFeed] {
        if data.isEmpty { throw FeedParseError.emptyBody }
        if data.count > limits.maxBytes { throw FeedParseError.tooLarge(data.count, limit: limits.maxBytes) }
        let result = data.withUnsafeBytes { raw -> Result<[OPMLFeed], FeedParseError> in
            let bytes = raw.bindMemory(to: UInt8.self)
            let detected = EncodingDetector.detect(bytes, httpCharset: nil)
            let transcoded = Transcoder.toUTF8(bytes, detected: detected)
            if let utf8 = transcoded.utf8 {
                return utf8.withUnsafeBufferPointer { buffer in
                    Result { () throws(FeedParseError) in try readUTF8(buffer, limits: limits) }
                }
            }
            let body = UnsafeBufferPointer(rebasing: bytes[detected.bomLength...])
            return Result { () throws(FeedParseError) in try readUTF8(body, limits: limits) }
        }
        return try result.get()
    }

    private static func readUTF8(_ utf8: UnsafeBufferPointer<UInt8>, limits: FeedParserLimits)
        throws(FeedParseError) -> [OPMLFeed] {
        let prepared = try DocumentPreparer(limits: limits).prepare(utf8)
        let document: XMLDocument
        if let repaired = prepared.bytes {
            document = try repaired.withUnsafeBufferPointer { (b) throws(FeedParseError) in
                try makeDocument(b, limits: limits)
            }
        } else {
            document = try makeDocument(UnsafeBufferPointer(rebasing: utf8[prepared.start...]), limits: limits)
        }
        // A subscription list is configuration: a damaged one is refused, not half read.
        if let problem = document.problem {
            throw FeedParseError(.notWellFormed, "not well-formed XML: \(problem)")
        }
        let root = Node(ptr: document.root)
        guard root.localName == "opml" else {
            throw FeedParseError(.notAFeed, "not an OPML document: the root element is <\(root.localName)>, not <opml>")
        }
        guard let body = root.children.first(where: { $0.localName == "body" }) else {
            throw FeedParseError(.notAFeed, "not an OPML document: no <body>")
        }
        var feeds: [OPMLFeed] = []
        var seen = Set<String>()
        collect(body, folders: [], into: &feeds, seen: &seen)
        if feeds.isEmpty {
            throw FeedParseError(.notAFeed, "no feeds in this OPML document: no <outline> has an xmlUrl")
        }
        return feeds
    }

    private static func makeDocument(_ b: UnsafeBufferPointer<UInt8>, limits: FeedParserLimits)
        throws(FeedParseError) -> XMLDocument {
        if let excess = AttributeCountScan.firstExcess(in: b, limit: limits.maxAttributesPerElement) {
            throw FeedParseError.tooManyAttributes(limit: limits.maxAttributesPerElement, line: excess.line)
        }
        return try XMLDocument(parsing: b, documentURL: nil, maxDepth: limits.maxDepth)
    }

    private static func collect(_ parent: Node, folders: [String], into feeds: inout [OPMLFeed], seen: inout Set<String>) {
        for outline in parent.children where outline.localName == "outline" {
            let title = [outline.attribute("title"), outline.attribute("text")].compactMap { $0 }
                .map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.first { !$0.isEmpty }
            if let url = outline.attribute("xmlUrl")?.trimmingCharacters(in: .whitespacesAndNewlines), !url.isEmpty {
                if seen.insert(url).inserted {
                    let categories = (outline.attribute("category") ?? "").split(separator: ",").compactMap { entry in
                        entry.split(separator: "/").last.map { $0.trimmingCharacters(in: .whitespaces) }
                    }.filter { !$0.isEmpty }
                    var unique: [String] = []
                    for category in categories + folders where !unique.contains(category) { unique.append(category) }
                    feeds.append(OPMLFeed(url: url, title: title, categories: unique))
                }
            }
            collect(outline, folders: folders + (title.map { [$0] } ?? []), into: &feeds, seen: &seen)
        }
    }

    /// An OPML 2.0 document listing `feeds`: one `<outline type="rss">` each, with `text` and `title` (the title,
    /// else the URL), `xmlUrl` and the categories as `category="/a,/b"`.
    public static func write(title: String, feeds: [OPMLFeed]) -> String {
        var lines = [
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
            "<opml version=\"2.0\">",
            "  <head>",
            "    <title>\(escape(title))</title>",
        ]
        lines += ["  </head>", "  <body>"]
        for feed in feeds {
            let text = escape(feed.title ?? feed.url)
            var line = "    <outline type=\"rss\" text=\"\(text)\" title=\"\(text)\" xmlUrl=\"\(escape(feed.url))\""
            let categories = feed.categories.map { "/" + $0.replacingOccurrences(of: ",", with: " ")
                .replacingOccurrences(of: "/", with: " ") }
            if !categories.isEmpty { line += " category=\"\(escape(categories.joined(separator: ",")))\"" }
            lines.append(line + "/>")
        }
        lines += ["  </body>", "</opml>", ""]
        return lines.joined(separator: "\n")
    }

    /// Text safe in an attribute or element: markup characters as entities, line breaks and tabs as character
    /// references (so attribute normalisation keeps them), other control characters dropped (not allowed in XML).
    static func escape(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "\n": out += "&#10;"
            case "\r": out += "&#13;"
            case "\t": out += "&#9;"
            default:
                if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
