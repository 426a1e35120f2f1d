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
        // Work on the caller's bytes in place; copies are made only when transcoding or repairs need them.
        let result = data.withUnsafeBytes { raw -> Result<ParsedFeed, FeedParseError> in
            let bytes = raw.bindMemory(to: UInt8.self)
            let detected = EncodingDetector.detect(bytes, httpCharset: httpCharset)
            let transcoded = Transcoder.toUTF8(bytes, detected: detected)
            let problems = transcoded.problem.map { [$0] } ?? []
            if let utf8 = transcoded.utf8 {
                return utf8.withUnsafeBufferPointer { buffer in
                    Result { () throws(FeedParseError) in try parseUTF8(buffer, documentURL: documentURL, problems: problems) }
                }
            }
            let body = UnsafeBufferPointer(rebasing: bytes[detected.bomLength...])
            return Result { () throws(FeedParseError) in try parseUTF8(body, documentURL: documentURL, problems: problems) }
        }
        return try result.get()
    }

    private func parseUTF8(_ utf8: UnsafeBufferPointer<UInt8>, documentURL: String?, problems: [String])
        throws(FeedParseError) -> ParsedFeed {
        var problems = problems
        let prepared = try DocumentPreparer(limits: limits).prepare(utf8)
        problems.append(contentsOf: prepared.problems)
        let document: XMLDocument
        if let repaired = prepared.bytes {
            document = try repaired.withUnsafeBufferPointer { (b) throws(FeedParseError) in
                try checkAttributeCounts(b)
                return try XMLDocument(parsing: b, documentURL: documentURL, maxDepth: limits.maxDepth)
            }
        } else {
            let body = UnsafeBufferPointer(rebasing: utf8[prepared.start...])
            try checkAttributeCounts(body)
            document = try XMLDocument(parsing: body, documentURL: documentURL, maxDepth: limits.maxDepth)
        }
        if let problem = document.problem { problems.append(problem) }
        var feed = try dispatch(document)
        if !problems.isEmpty {
            feed.bozo = true
            feed.bozoReason = problems.joined(separator: "; ")
        }
        return feed
    }

    /// Refuses a document with an element of more attributes than the limit, before libxml2 builds it.
    private func checkAttributeCounts(_ b: UnsafeBufferPointer<UInt8>) throws(FeedParseError) {
        if let excess = AttributeCountScan.firstExcess(in: b, limit: limits.maxAttributesPerElement) {
            throw FeedParseError.tooManyAttributes(limit: limits.maxAttributesPerElement, line: excess.line)
        }
    }

    /// Chooses the adapter from the root element; entries were read while parsing (`EntryStream`), and items
    /// libxml2 never closed (a truncated document) are read from what is left of the tree.
    private func dispatch(_ document: XMLDocument) throws(FeedParseError) -> ParsedFeed {
        let root = Node(ptr: document.root)
        let streamed = document.stream.entries
        let consumed = document.stream.consumed
        switch FeedKind.of(root: root) {
        case .rss(let format):
            return RSSAdapter(doc: document.doc).adapt(root: root, format: format, streamed: streamed, consumed: consumed)
        case .atom(let format):
            return AtomAdapter(doc: document.doc, root: root).adapt(root: root, format: format, streamed: streamed,
                                                                    consumed: consumed)
        case .html:
            throw FeedParseError.looksLikeHTML
        case .unknown(let name):
            throw FeedParseError(.notAFeed, "not a feed: root element <\(name)> is neither RSS, RDF nor Atom")
        }
    }
}
