import CLibXML2
import Foundation

/// Atom 1.0 (RFC 4287) and Atom 0.3 to `ParsedFeed`. Elements are matched in the document's Atom namespace;
/// links are resolved against `xml:base` and the document URL; the first author and the first enclosure win,
/// and an alternate link beats an enclosure (conformance README, "entry_link_no_href_link_priority").
struct AtomAdapter {
    let doc: xmlDocPtr
    let cache = NamespaceCache()
    let tags = TagCache()
    /// The root's namespace URI: Atom 0.3 feeds in an unknown namespace (`version="0.3"`) keep their elements in it.
    private let rootNamespace: String?

    init(doc: xmlDocPtr, root: Node) {
        self.doc = doc
        // Only a root outside the Atom namespaces needs URI comparisons; Atom roots are matched by kind.
        let kind = FeedNamespace.from(uri: root.namespaceURI ?? "")
        self.rootNamespace = kind == .other ? root.namespaceURI : nil
    }

    func adapt(root: Node, format: FeedFormat, streamed: [FeedEntry], consumed: Set<xmlNodePtr>) -> ParsedFeed {
        let atom03 = format == .atom03
        var feed = ParsedFeed(format: format)
        feed.entries = streamed
        for child in root.children where isAtom(child) {
            switch child.localName {
            case "title": if feed.title == nil { feed.title = TextConstruct.atom(child, atom03: atom03, cache: cache).trimmingSpaces() }
            case "subtitle", "tagline":
                if feed.subtitle == nil { feed.subtitle = TextConstruct.atom(child, atom03: atom03, cache: cache).trimmingSpaces() }
            case "link": if feed.link == nil, let href = alternate(child) { feed.link = href }
            case "entry": if !consumed.contains(child.ptr) { feed.entries.append(entry(child, atom03: atom03)) }
            default: break
            }
        }
        return feed
    }

    func isAtom(_ n: Node) -> Bool {
        switch n.namespace(cache) {
        case .atom10, .atom03, .none: true
        case .other: rootNamespace != nil && n.namespaceURI == rootNamespace
        default: false
        }
    }

    /// The href of a `link` whose rel is alternate (or absent), resolved.
    private func alternate(_ link: Node) -> String? {
        let rel = link.attribute("rel")?.trimmingSpaces().lowercased() ?? "alternate"
        guard rel == "alternate" || rel == "http://www.iana.org/assignments/relation/alternate",
              let href = href(link) else { return nil }
        return URLResolver.resolve(href, at: link, in: doc)
    }

    /// `href`, or for links written as `<link>URL</link>` (seen in the wild, read by feedparser) the text.
    private func href(_ link: Node) -> String? {
        if let href = link.attribute("href") { return href }
        let text = link.text.trimmingSpaces()
        return text.isEmpty ? nil : text
    }

    func entry(_ node: Node, atom03: Bool) -> FeedEntry {
        var e = FeedEntry()
        var dcDate: String?
        var summaryFromContent: String?
        var published: Date?, issued: Date?, updated: Date?, modified: Date?
        for child in node.children {
            let ns = child.namespace(cache)
            if ns == .dc {
                switch tags.tag(child) {
                case .creator: if e.author == nil { e.author = AuthorName.parse(child.text) }
                case .subject:
                    let t = child.text.trimmingSpaces()
                    if !t.isEmpty { e.categories.append(t) }
                case .date: if dcDate == nil { dcDate = child.text }
                default: break
                }
                continue
            }
            if ns == .dcterms, tags.tag(child) == .issued { if e.published == nil { e.published = DateParser.parse(child.text) }; continue }
            if ns == .dcterms, tags.tag(child) == .modified { if e.updated == nil { e.updated = DateParser.parse(child.text) }; continue }
            guard isAtom(child) else { continue }
            switch tags.tag(child) {
            case .title: if e.title == nil { e.title = TextConstruct.atom(child, atom03: atom03, cache: cache).trimmingSpaces() }
            case .link:
                let rel = child.attribute("rel")?.trimmingSpaces().lowercased() ?? "alternate"
                if rel == "enclosure" {
                    if e.enclosureURL == nil, let href = href(child) {
                        e.enclosureURL = URLResolver.resolve(href, at: child, in: doc)
                    }
                } else if e.link == nil, let href = alternate(child) {
                    e.link = href
                }
            case .id: if e.id == nil { e.id = child.text.trimmingSpaces() }
            // Dates: the later element of one name wins, and Atom 1.0 names beat their Atom 0.3 forms (feedparser).
            case .published: published = DateParser.parse(child.text) ?? published
            case .issued: issued = DateParser.parse(child.text) ?? issued
            case .updated: updated = DateParser.parse(child.text) ?? updated
            case .modified: modified = DateParser.parse(child.text) ?? modified
            case .summary: if e.summary == nil { e.summary = TextConstruct.atom(child, atom03: atom03, cache: cache).trimmingSpaces() }
            case .content:
                if e.content == nil {
                    e.content = TextConstruct.atom(child, atom03: atom03, cache: cache).trimmingSpaces()
                    // feedparser copies text, HTML and XHTML content into an absent summary.
                    if TextConstruct.isTextual(child, atom03: atom03) { summaryFromContent = e.content }
                }
            case .author:
                if e.author == nil, let name = child.children.first(where: { $0.localName == "name" && isAtom($0) }) {
                    let text = name.text.trimmingSpaces()
                    if !text.isEmpty { e.author = text }
                }
            case .category:
                if let term = child.attribute("term")?.trimmingSpaces(), !term.isEmpty { e.categories.append(term) }
            default: break
            }
        }
        e.published = published ?? issued ?? e.published
        e.updated = updated ?? modified ?? e.updated
        if e.updated == nil, let dcDate { e.updated = DateParser.parse(dcDate) }
        if e.summary == nil { e.summary = summaryFromContent }
        return e
    }
}
