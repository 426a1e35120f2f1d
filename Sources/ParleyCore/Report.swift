import Foundation

/// One news report as the core sees it: a feed entry reduced to what extraction and alerting need.
/// Adapters build it from a parsed feed entry; the core never sees XML, HTTP or files.
public struct Report: Sendable, Hashable, Codable {
    /// Link of the feed entry (its link, else its id). Alerts cite it as `report.url`.
    public var url: String
    public var title: String
    public var published: Date?
    /// URL of the feed the entry came from.
    public var feed: String?
    /// Name of the outlet (feed title, else the feed's host); distinct outlets count as corroborating sources.
    public var outlet: String?
    public var author: String?
    /// Clean text of the body: markup and entities resolved, one paragraph per line ("\n"-separated).
    public var text: String

    public init(url: String, title: String, published: Date? = nil, feed: String? = nil, outlet: String? = nil,
                author: String? = nil, text: String) {
        self.url = url
        self.title = title
        self.published = published
        self.feed = feed
        self.outlet = outlet
        self.author = author
        self.text = text
    }
}
