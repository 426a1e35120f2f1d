import CLibXML2

/// RSS 0.90-2.0 and RSS 1.0 (RDF) to `ParsedFeed`. Core RSS elements are matched in no namespace, the
/// RSS 1.0/0.90 namespaces or the Userland RSS 2 namespace; extensions by namespace URI. For fields that can come
/// from several elements the first one in document order wins (feedparser's node precedence).
struct RSSAdapter {
    let doc: xmlDocPtr
    let cache = NamespaceCache()
    let tags = TagCache()

    func adapt(root: Node, format: FeedFormat, streamed: [FeedEntry], consumed: Set<xmlNodePtr>) -> ParsedFeed {
        var feed = ParsedFeed(format: format)
        var items: [Node] = []
        let channel = root.localName == "channel" ? root : root.children.first { $0.localName == "channel" && isCore($0) }
        if let channel { readChannel(channel, into: &feed) }
        collectItems(in: channel ?? root, into: &items)
        if channel != nil, channel?.ptr != root.ptr { collectItems(in: root, into: &items) }
        feed.entries = streamed + items.filter { !consumed.contains($0.ptr) }.map(entry)
        return feed
    }

    /// Longest `<ttl>` taken at its word: a year of minutes. Longer values mean "rarely" and are read as a year, so a
    /// feed's `9223372036854775807` cannot overflow the scheduler's arithmetic; negative or non-numeric is no ttl.
    static let maxTTLMinutes = 525_600

    static func ttl(_ text: String) -> Int? {
        guard let value = Int(text) else {
            return !text.isEmpty && text.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) ? maxTTLMinutes : nil
        }
        return value < 0 ? nil : min(value, maxTTLMinutes)
    }

    func isCore(_ n: Node) -> Bool {
        switch n.namespace(cache) {
        case .none, .rss10, .rss090, .rss20: true
        default: false
        }
    }

    /// Items in document order, including items illegally nested inside items.
    private func collectItems(in parent: Node, into items: inout [Node]) {
        for child in parent.children where child.localName == "item" && isCore(child) {
            items.append(child)
            collectItems(in: child, into: &items)
        }
    }

    private func readChannel(_ channel: Node, into feed: inout ParsedFeed) {
        var itunesSubtitle: String?
        for child in channel.children {
            let name = child.localName
            switch (child.namespace(cache), name) {
            case (.none, "title"), (.rss10, "title"), (.rss090, "title"), (.rss20, "title"), (.dc, "title"):
                if feed.title == nil { feed.title = child.text.trimmingSpaces() }
            case (.none, "link"), (.rss10, "link"), (.rss090, "link"), (.rss20, "link"):
                if feed.link == nil { feed.link = URLResolver.resolve(child.text, at: child, in: doc) }
            case (.atom10, "link"):
                if feed.link == nil, let href = child.attribute("href"), (child.attribute("rel") ?? "alternate") == "alternate" {
                    feed.link = URLResolver.resolve(href, at: child, in: doc)
                }
            case (.none, "description"), (.rss10, "description"), (.rss090, "description"), (.rss20, "description"),
                 (.dc, "description"):
                if feed.subtitle == nil { feed.subtitle = TextConstruct.html(child).trimmingSpaces() }
            case (.itunes, "subtitle"), (.itunes, "summary"):
                if itunesSubtitle == nil { itunesSubtitle = child.text.trimmingSpaces() }
            case (.none, "ttl"), (.rss20, "ttl"):
                if feed.ttlMinutes == nil { feed.ttlMinutes = Self.ttl(child.text.trimmingSpaces()) }
            default: break
            }
        }
        if feed.subtitle == nil { feed.subtitle = itunesSubtitle }
    }

    func entry(_ item: Node) -> FeedEntry {
        var e = FeedEntry()
        var guidIsPermalink = false
        var guid: String?
        var itunesSummary: String?, itunesAuthor: String?, mediaURL: String?, secondSummary: String?
        for child in item.children {
            switch (child.namespace(cache), tags.tag(child)) {
            case (.none, .title), (.rss10, .title), (.rss090, .title), (.rss20, .title), (.dc, .title):
                if e.title == nil { e.title = TextConstruct.html(child).trimmingSpaces() }
            case (.none, .link), (.rss10, .link), (.rss090, .link), (.rss20, .link):
                if e.link == nil { e.link = URLResolver.resolve(child.text, at: child, in: doc) }
            case (.atom10, .link):
                if e.link == nil, let href = child.attribute("href"), (child.attribute("rel") ?? "alternate") == "alternate" {
                    e.link = URLResolver.resolve(href, at: child, in: doc)
                }
            case (.none, .guid), (.rss20, .guid):
                if guid == nil {
                    guid = child.text.trimmingSpaces()
                    guidIsPermalink = (child.attribute("isPermaLink")?.trimmingSpaces().lowercased() ?? "true") == "true"
                }
            case (.dc, .identifier):
                if guid == nil { guid = child.text.trimmingSpaces() }
            case (.none, .pubDate), (.rss20, .pubDate), (.dcterms, .issued):
                if e.published == nil { e.published = DateParser.parse(child.text) }
            case (.dc, .date), (.dcterms, .modified):
                if e.updated == nil { e.updated = DateParser.parse(child.text) }
            case (.none, .description), (.rss10, .description), (.rss090, .description), (.rss20, .description),
                 (.dc, .description), (.none, .summary), (.rss20, .summary):
                // The first of description/summary is the summary; a second one is content (feedparser).
                let value = TextConstruct.html(child).trimmingSpaces()
                if e.summary == nil { e.summary = value } else if secondSummary == nil { secondSummary = value }
            case (.none, .tags), (.rss20, .tags):
                e.categories.append(contentsOf: child.text.split(separator: ",").map { String($0).trimmingSpaces() }
                    .filter { !$0.isEmpty })
            case (.itunes, .summary), (.itunes, .subtitle):
                if itunesSummary == nil { itunesSummary = child.text.trimmingSpaces() }
            case (.content, .encoded), (.none, .fullitem), (.rss20, .fullitem):
                if e.content == nil { e.content = TextConstruct.html(child).trimmingSpaces() }
            case (.xhtml, .body):
                if e.content == nil { e.content = MarkupSerializer.innerMarkup(of: child).trimmingSpaces() }
            case (.dc, .creator), (.dc, .author), (.none, .author), (.rss20, .author):
                if e.author == nil { e.author = AuthorName.parse(child.text) }
            case (.itunes, .author):
                if itunesAuthor == nil { itunesAuthor = child.text.trimmingSpaces() }
            case (.none, .enclosure), (.rss20, .enclosure):
                if e.enclosureURL == nil, let url = child.attribute("url") {
                    e.enclosureURL = URLResolver.resolve(url, at: child, in: doc)
                }
            case (.media, .content):
                if mediaURL == nil, let url = child.attribute("url") { mediaURL = URLResolver.resolve(url, at: child, in: doc) }
            case (.none, .category), (.rss20, .category), (.dc, .subject):
                let term = child.text.trimmingSpaces()
                if !term.isEmpty { e.categories.append(term) }
            default: break
            }
        }
        if let about = item.attribute("about", namespaceURI: "http://www.w3.org/1999/02/22-rdf-syntax-ns#"), guid == nil {
            guid = about
        }
        e.id = guid
        if e.link == nil, guidIsPermalink, let guid, !guid.isEmpty { e.link = URLResolver.resolve(guid, at: item, in: doc) }
        if e.content == nil { e.content = secondSummary }
        if e.summary == nil { e.summary = itunesSummary ?? e.content }
        if e.author == nil { e.author = itunesAuthor }
        if e.enclosureURL == nil { e.enclosureURL = mediaURL }
        return e
    }
}
