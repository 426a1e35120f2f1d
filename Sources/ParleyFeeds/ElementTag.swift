import CLibXML2

/// The element local names the adapters act on. Matching an enum in a `switch` is a jump, where matching
/// strings is a comparison per case; the tag of each name is looked up once per document (`TagCache`).
enum ElementTag: String {
    case title, link, guid, identifier, pubDate, issued, date, modified, description, summary, subtitle, tags
    case encoded, fullitem, body, creator, author, enclosure, content, category, subject, published, updated, id
    case name, entry, item, channel, ttl, tagline, other

    static let byName: [String: ElementTag] = {
        var table: [String: ElementTag] = [:]
        for tag in [title, link, guid, identifier, pubDate, issued, date, modified, description, summary, subtitle, tags,
                    encoded, fullitem, body, creator, author, enclosure, content, category, subject, published, updated,
                    id, name, entry, item, channel, ttl, tagline] {
            table[tag.rawValue] = tag
        }
        return table
    }()
}

/// Tags by libxml2 name pointer. Element names live in the document's dictionary (`xmlDictOwns`), so their
/// addresses stay valid and unique while the document lives, even as items are freed; names outside the
/// dictionary are looked up by text every time.
final class TagCache {
    private var cache: [UnsafePointer<xmlChar>: ElementTag] = [:]

    func tag(_ node: Node) -> ElementTag {
        let name = node.ptr.pointee.name!
        if let known = cache[name] { return known }
        let tag = ElementTag.byName[String(cString: name)] ?? .other
        if let dict = node.ptr.pointee.doc?.pointee.dict, xmlDictOwns(dict, name) == 1 { cache[name] = tag }
        return tag
    }
}
