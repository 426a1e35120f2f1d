/// What a document is, decided from its root element and that element's namespace or version attribute.
enum FeedKind: Equatable {
    case rss(FeedFormat)
    case atom(FeedFormat)
    case html
    case unknown(String)

    static func of(root: Node) -> FeedKind {
        let cache = NamespaceCache()
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
            return .rss(format)
        case "rdf":
            // RSS 0.90 and 1.0 differ by the namespace of their elements; the root is rdf:RDF in both.
            let channelNamespace = root.children.first { $0.localName == "channel" }?.namespace(cache)
            let rootURI = root.ptr.pointee.nsDef?.pointee.href.map { FeedNamespace.from(uri: String(cString: $0)) }
            let is090 = channelNamespace == .rss090 || (channelNamespace == nil && rootURI == .rss090)
                || Self.declares(root, .rss090, cache)
            return .rss(is090 ? .rss090 : .rdf)
        case "channel":
            return .rss(.rss)
        case "feed":
            let namespace = root.namespace(cache)
            let version = root.attribute("version")?.trimmingSpaces()
            return .atom(namespace == .atom03 || (namespace != .atom10 && version == "0.3") ? .atom03 : .atom10)
        case "html", "body":
            return .html
        default:
            return .unknown(root.localName)
        }
    }

    /// True when the element declares a namespace of this kind (RSS 0.90 declares its namespace on rdf:RDF).
    private static func declares(_ node: Node, _ kind: FeedNamespace, _ cache: NamespaceCache) -> Bool {
        var ns = node.ptr.pointee.nsDef
        while let n = ns {
            if cache.classify(n) == kind { return true }
            ns = n.pointee.next
        }
        return false
    }
}
