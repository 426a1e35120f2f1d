import CLibXML2

/// A thin view of one libxml2 element for the adapters: names, namespace, attributes and text, never C types
/// beyond this module. Namespaces are classified once per libxml2 `xmlNs` through `NamespaceCache`.
struct Node {
    let ptr: xmlNodePtr

    var localName: String { String(cString: ptr.pointee.name) }

    var namespaceURI: String? { ptr.pointee.ns?.pointee.href.map { String(cString: $0) } }

    func namespace(_ cache: NamespaceCache) -> FeedNamespace { cache.classify(ptr.pointee.ns) }

    /// Child elements in document order, walked in place (no array is built).
    var children: Children { Children(first: ptr.pointee.children) }

    struct Children: Sequence, IteratorProtocol {
        var cursor: xmlNodePtr?

        init(first: xmlNodePtr?) { cursor = first }

        mutating func next() -> Node? {
            while let c = cursor {
                cursor = c.pointee.next
                if c.pointee.type == XML_ELEMENT_NODE { return Node(ptr: c) }
            }
            return nil
        }
    }

    /// Value of an attribute with no namespace (or, with `xmlNamespace`, in the XML namespace: `xml:base`).
    func attribute(_ name: String, xmlNamespace: Bool = false) -> String? {
        var attr = ptr.pointee.properties
        while let a = attr {
            if String(cString: a.pointee.name) == name {
                let inXML = a.pointee.ns.map { String(cString: $0.pointee.href) == "http://www.w3.org/XML/1998/namespace" } ?? false
                if inXML == xmlNamespace {
                    var bytes: [UInt8] = []
                    Node.appendText(of: a.pointee.children, to: &bytes)
                    return String(decoding: bytes, as: UTF8.self)
                }
            }
            attr = a.pointee.next
        }
        return nil
    }

    /// Value of an attribute in the namespace `namespaceURI` (e.g. `rdf:about`).
    func attribute(_ name: String, namespaceURI: String) -> String? {
        var attr = ptr.pointee.properties
        while let a = attr {
            if let ns = a.pointee.ns, String(cString: a.pointee.name) == name, String(cString: ns.pointee.href) == namespaceURI {
                var bytes: [UInt8] = []
                Node.appendText(of: a.pointee.children, to: &bytes)
                return String(decoding: bytes, as: UTF8.self)
            }
            attr = a.pointee.next
        }
        return nil
    }

    /// All character data below this element, entity references expanded (internal entities only), without
    /// the whitespace around it (every field Parley reads is compared trimmed).
    var text: String {
        // Most elements hold one text or CDATA node, maybe between whitespace-only text nodes (indentation around
        // a CDATA section): make the String straight from that node's bytes.
        var single: UnsafeMutablePointer<xmlChar>?
        var child = ptr.pointee.children
        var simple = true
        while let c = child, simple {
            switch c.pointee.type {
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = c.pointee.content, !Node.isBlank(content) {
                    if single == nil { single = content } else { simple = false }
                }
            default:
                simple = false
            }
            child = c.pointee.next
        }
        if simple {
            guard let single else { return "" }
            return Node.trimmedString(UnsafeBufferPointer(start: single, count: Int(xmlStrlen(single))))
        }
        var bytes: [UInt8] = []
        Node.appendText(of: ptr.pointee.children, to: &bytes)
        return bytes.withUnsafeBufferPointer { Node.trimmedString($0) }
    }

    private static func isBlank(_ s: UnsafePointer<xmlChar>) -> Bool {
        var p = s
        while p.pointee != 0 {
            let c = p.pointee
            if !(c == 0x20 || c == 0x0A || c == 0x0D || c == 0x09) { return false }
            p += 1
        }
        return true
    }

    /// A String of the bytes without surrounding ASCII whitespace (other Unicode spaces are trimmed after).
    static func trimmedString(_ b: UnsafeBufferPointer<UInt8>) -> String {
        var start = 0
        var end = b.count
        while start < end, b[start] == 0x20 || b[start] == 0x0A || b[start] == 0x0D || b[start] == 0x09 { start += 1 }
        while end > start, b[end - 1] == 0x20 || b[end - 1] == 0x0A || b[end - 1] == 0x0D || b[end - 1] == 0x09 { end -= 1 }
        let s = String(decoding: UnsafeBufferPointer(rebasing: b[start..<end]), as: UTF8.self)
        guard let first = s.utf8.first, let last = s.utf8.last, first >= 0x80 || last >= 0x80 else { return s }
        return s.trimmingSpaces()
    }

    /// True when the element has element children (markup that was not escaped).
    var hasElementChildren: Bool {
        var child = ptr.pointee.children
        while let c = child {
            if c.pointee.type == XML_ELEMENT_NODE { return true }
            child = c.pointee.next
        }
        return false
    }

    static func appendText(of first: xmlNodePtr?, to bytes: inout [UInt8]) {
        var node = first
        while let n = node {
            switch n.pointee.type {
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = n.pointee.content {
                    bytes.append(contentsOf: UnsafeBufferPointer(start: content, count: Int(xmlStrlen(content))))
                }
            case XML_ELEMENT_NODE:
                appendText(of: n.pointee.children, to: &bytes)
            case XML_ENTITY_REF_NODE:
                // The children of an entity reference node are the entity declaration's content.
                if let decl = n.pointee.children {
                    appendText(of: decl.pointee.children, to: &bytes)
                }
            default:
                break
            }
            node = n.pointee.next
        }
    }

    /// The base URI in scope for this element: `xml:base` attributes up the tree resolved against the document URL.
    func baseURI(_ doc: xmlDocPtr) -> String? {
        guard let raw = xmlNodeGetBase(doc, ptr) else { return nil }
        defer { LibXML2.free(raw) }
        return String(cString: raw)
    }
}
