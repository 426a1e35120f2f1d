import CLibXML2

/// Resolves a link against the base URI in scope (RFC 3986 §5 through libxml2's `xmlBuildURI`): `xml:base` up the
/// tree, then the document URL. Absolute links are returned as they are, without asking libxml2.
enum URLResolver {
    static func resolve(_ link: String, at node: Node, in doc: xmlDocPtr) -> String {
        let trimmed = link.trimmingSpaces()
        if isAbsolute(trimmed) { return trimmed }
        guard let base = node.baseURI(doc), !base.isEmpty else { return trimmed }
        return resolve(trimmed, base: base)
    }

    static func resolve(_ link: String, base: String) -> String {
        guard let built = xmlBuildURI(link, base) else { return link }
        defer { LibXML2.free(built) }
        return String(cString: built)
    }

    /// True when the link starts with a scheme (`http:`, `mailto:`, ...).
    static func isAbsolute(_ s: String) -> Bool {
        var sawLetter = false
        for c in s.utf8 {
            if c == 0x3A { return sawLetter }
            let isAlpha = (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A
            if !(isAlpha || (sawLetter && ((c >= 0x30 && c <= 0x39) || c == 0x2B || c == 0x2D || c == 0x2E))) {
                return false
            }
            sawLetter = true
        }
        return false
    }
}
