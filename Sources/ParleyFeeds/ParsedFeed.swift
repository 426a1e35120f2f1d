import Foundation

/// The feed dialect a document was read as, named after the root element and its namespace or version.
public enum FeedFormat: String, Sendable, Hashable, Codable {
    case rss090, rss091, rss092, rss093, rss094, rss20, rss
    case rdf
    case atom03, atom10
}

/// A feed as Parley reads it: the fields of `../shared/feeds/conformance/README.md` ("the neutral fields").
public struct ParsedFeed: Sendable, Hashable {
    /// True when the document was not well-formed or not valid in its encoding but fields were recovered.
    public var bozo: Bool
    /// Why `bozo` is set: the first problem found, with its line when libxml2 reports one.
    public var bozoReason: String?
    public var format: FeedFormat
    public var title: String?
    /// The feed's HTML page: RSS `channel/link`, Atom `link[@rel="alternate" or no rel]`.
    public var link: String?
    public var subtitle: String?
    /// RSS `<ttl>` in minutes, for the poll scheduler.
    public var ttlMinutes: Int?
    public var entries: [FeedEntry]

    public init(bozo: Bool = false, bozoReason: String? = nil, format: FeedFormat, title: String? = nil,
                link: String? = nil, subtitle: String? = nil, ttlMinutes: Int? = nil, entries: [FeedEntry] = []) {
        self.bozo = bozo
        self.bozoReason = bozoReason
        self.format = format
        self.title = title
        self.link = link
        self.subtitle = subtitle
        self.ttlMinutes = ttlMinutes
        self.entries = entries
    }
}

/// One item or entry. Text fields are trimmed; `summary` and `content` are HTML (RSS treats both as HTML,
/// Atom text constructs are converted as the conformance README describes).
public struct FeedEntry: Sendable, Hashable {
    public var title: String?
    public var link: String?
    public var id: String?
    public var published: Date?
    public var updated: Date?
    public var summary: String?
    public var content: String?
    /// Name of the first author.
    public var author: String?
    /// URL of the first enclosure.
    public var enclosureURL: String?
    public var categories: [String]

    public init(title: String? = nil, link: String? = nil, id: String? = nil, published: Date? = nil,
                updated: Date? = nil, summary: String? = nil, content: String? = nil, author: String? = nil,
                enclosureURL: String? = nil, categories: [String] = []) {
        self.title = title
        self.link = link
        self.id = id
        self.published = published
        self.updated = updated
        self.summary = summary
        self.content = content
        self.author = author
        self.enclosureURL = enclosureURL
        self.categories = categories
    }
}
