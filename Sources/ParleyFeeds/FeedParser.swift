import Foundation

/// Reads RSS 0.90-2.0, RSS 1.0 (RDF) and Atom 0.3/1.0 documents through libxml2, hardened against hostile input.
///
/// The steps, each in its own type: size and emptiness checks; encoding detection and transcoding to UTF-8
/// (`EncodingDetector`, `Transcoder`); refusing what is not a feed, bounding DTD entities and repairing what
/// feedparser repairs (`DocumentPreparer`); the libxml2 tree (`XMLDocument`); format dispatch on the root element;
/// and the format adapters (`RSSAdapter`, `AtomAdapter`).
public struct FeedParser: Sendable {
    public let limits: FeedParserLimits

    public init(limits: FeedParserLimits = .default) {
        self.limits = limits
    }

    /// Parses one document. `documentURL` resolves relative links; `httpCharset` is the charset parameter of the
    /// response's Content-Type, which overrides the XML declaration (RFC 7303 §3).
    public func parse(_ data: Data, documentURL: String? = nil, httpCharset: String? = nil) throws(FeedParseError) -> ParsedFeed {
        if data.isEmpty { throw FeedParseError.emptyBody }
        if data.count > limits.maxBytes { throw FeedParseError.tooLarge(data.count, limit: limits.maxBytes) }
        let transcoded = data.withUnsafeBytes { raw in
            let bytes = raw.bindMemory(to: UInt8.self)
            let detected = EncodingDetector.detect(bytes, httpCharset: httpCharset)
            return Transcoder.toUTF8(bytes, detected: detected)
        }
        var problems = transcoded.problem.map { [$0] } ?? []
        let prepared = try DocumentPreparer(limits: limits).prepare(transcoded.utf8)
        problems.append(contentsOf: prepared.problems)
        let document = try XMLDocument(parsing: prepared.bytes, documentURL: documentURL, maxDepth: limits.maxDepth)
        if let problem = document.problem { problems.append(problem) }
        var feed = try dispatch(document)
        if !problems.isEmpty {
            feed.bozo = true
            feed.bozoReason = problems.joined(separator: "; ")
        }
        return feed
    }

    /// Chooses the adapter from the root element and its namespace or version attribute.
    private func dispatch(_ document: XMLDocument) throws(FeedParseError) -> ParsedFeed {
        let root = Node(ptr: document.root)
        let cache = NamespaceCache()
        let namespace = root.namespace(cache)
        switch root.localName.lowercased() {
        case "rss":
            let version = root.attribute("version")?.trimmingSpaces() ?? ""
            let format: FeedFormat = switch version {
            case "0.90": .rss090
            case "0.91": .rss091
            case "0.92": .rss092
            case "0.93": .rss093
            case "0.94": .rss094
            case "2.0", "2.0.1", "2": .rss20
            default: .rss
            }
            return RSSAdapter(doc: document.doc).adapt(root: root, format: format)
        case "rdf":
            let channelNamespace = root.children.first { $0.localName == "channel" }?.namespace(cache)
            let format: FeedFormat = channelNamespace == .rss090 ? .rss090 : .rdf
            return RSSAdapter(doc: document.doc).adapt(root: root, format: format)
        case "channel":
            return RSSAdapter(doc: document.doc).adapt(root: root, format: .rss)
        case "feed":
            let version = root.attribute("version")?.trimmingSpaces()
            let format: FeedFormat = namespace == .atom03 || (namespace != .atom10 && version == "0.3") ? .atom03 : .atom10
            return AtomAdapter(doc: document.doc, root: root).adapt(root: root, format: format)
        case "html", "body":
            throw FeedParseError.looksLikeHTML
        default:
            throw FeedParseError(.notAFeed, "not a feed: root element <\(root.localName)> is neither RSS, RDF nor Atom")
        }
    }
}
