import CLibXML2

/// Classifies each `xmlNs` once; libxml2 shares one `xmlNs` per declaration, so this is a pointer lookup.
/// `reset()` must be called whenever nodes are freed, since a freed declaration's address can be reused.
final class NamespaceCache {
    private var cache: [UnsafeMutableRawPointer: FeedNamespace] = [:]

    /// By URI text, which survives `reset()`: classifying a URI seen before costs one dictionary lookup.
    private var byURI: [String: FeedNamespace] = [:]

    func reset() { cache.removeAll(keepingCapacity: true) }

    func classify(_ ns: xmlNsPtr?) -> FeedNamespace {
        guard let ns else { return .none }
        let key = UnsafeMutableRawPointer(ns)
        if let known = cache[key] { return known }
        var value = FeedNamespace.none
        if let href = ns.pointee.href {
            let uri = String(cString: href)
            if let known = byURI[uri] { value = known } else {
                value = FeedNamespace.from(uri: uri)
                byURI[uri] = value
            }
        }
        cache[key] = value
        return value
    }
}
