import Foundation

/// Atom text constructs (RFC 4287 §3.1, Atom 0.3 §3.1 `mode`) and RSS HTML elements to the strings
/// `../shared/feeds/conformance/README.md` defines: `text` as plain text, `html` with one level of escaping
/// removed, `xhtml` as the serialised children of the wrapper `div` (Atom 0.3 keeps the `div`), base64 decoded for
/// non-text media types.
enum TextConstruct {
    static func atom(_ node: Node, atom03: Bool, cache: NamespaceCache) -> String {
        var type = (node.attribute("type") ?? "text").trimmingSpaces().lowercased()
        if type.isEmpty { type = "text" }
        let mode = node.attribute("mode")?.trimmingSpaces().lowercased()
        if atom03 {
            if mode == "base64" { return base64(node.text) }
            if mode == "xml" || (mode == nil && node.hasElementChildren) { return MarkupSerializer.innerMarkup(of: node) }
            return node.text
        }
        switch type {
        case "text", "text/plain":
            return node.text
        case "html", "text/html":
            return HTMLFragmentNormaliser.normalise(node.text)
        case "xhtml", "application/xhtml+xml":
            let elements = Array(node.children.prefix(2))
            if elements.count == 1, elements[0].localName == "div", elements[0].namespace(cache) == .xhtml {
                return MarkupSerializer.innerMarkup(of: elements[0])
            }
            return MarkupSerializer.innerMarkup(of: node)
        default:
            if type.hasPrefix("text/") { return node.text }
            if type.hasSuffix("+xml") || type.hasSuffix("/xml") { return MarkupSerializer.innerMarkup(of: node) }
            return base64(node.text)
        }
    }

    /// True when the construct is text, HTML or XHTML (not base64 media), which feedparser copies to the summary.
    static func isTextual(_ node: Node, atom03: Bool) -> Bool {
        if atom03 { return node.attribute("mode")?.lowercased() != "base64" }
        let type = (node.attribute("type") ?? "text").trimmingSpaces().lowercased()
        return ["", "text", "html", "xhtml", "text/plain", "text/html", "application/xhtml+xml"].contains(type)
    }

    /// RSS `description`, `content:encoded` and the like are HTML: escaped HTML is their text, unescaped markup
    /// (element children) is serialised back.
    static func html(_ node: Node) -> String {
        node.hasElementChildren ? MarkupSerializer.innerMarkup(of: node) : HTMLFragmentNormaliser.normalise(node.text)
    }

    private static func base64(_ s: String) -> String {
        let compact = s.filter { !$0.isWhitespace }
        guard let data = Data(base64Encoded: compact, options: .ignoreUnknownCharacters) else { return s }
        return String(decoding: data, as: UTF8.self)
    }
}
