/// The namespaces Parley reads, matched by URI (never by prefix). URIs are compared after dropping the scheme,
/// a leading "//", a trailing "/" or "#", and case, because real feeds declare `//www.w3.org/2005/Atom` or
/// `HTTP://purl.org/dc/elements/1.1`.
enum FeedNamespace: Sendable {
    case none, atom10, atom03, rss10, rss090, rdf, dc, dcterms, content, xhtml, media, itunes, rss20, other

    private static let known: [String: FeedNamespace] = [
        "www.w3.org/2005/atom": .atom10,
        "purl.org/atom/ns": .atom03,
        "purl.org/rss/1.0": .rss10,
        "my.netscape.com/rdf/simple/0.9": .rss090,
        "www.w3.org/1999/02/22-rdf-syntax-ns": .rdf,
        "purl.org/dc/elements/1.1": .dc,
        "purl.org/dc/elements/1.0": .dc,
        "purl.org/dc/terms": .dcterms,
        "purl.org/rss/1.0/modules/content": .content,
        "www.w3.org/1999/xhtml": .xhtml,
        "search.yahoo.com/mrss": .media,
        "www.itunes.com/dtds/podcast-1.0.dtd": .itunes,
        "backend.userland.com/rss2": .rss20,
        "blogs.law.harvard.edu/tech/rss": .rss20,
    ]

    static func from(uri: String) -> FeedNamespace {
        if uri.isEmpty { return .none }
        var s = Substring(uri.lowercased())
        if s.hasPrefix("https:") { s = s.dropFirst(6) } else if s.hasPrefix("http:") { s = s.dropFirst(5) }
        while s.hasPrefix("/") { s = s.dropFirst() }
        while s.hasSuffix("/") || s.hasSuffix("#") { s = s.dropLast() }
        if let hit = known[String(s)] { return hit }
        // Userland's RSS namespaces ("backend.userland.com/rss", ".../rss2", ".../rss2.1") mean plain RSS.
        if s.hasPrefix("backend.userland.com/rss") { return .rss20 }
        return .other
    }
}
