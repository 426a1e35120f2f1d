import CLibXML2

/// Serialises element content back to markup, for unescaped HTML inside RSS descriptions and Atom `xhtml` text
/// constructs. Namespace prefixes are dropped (`<xhtml:p>` becomes `<p>`, as HTML readers expect), entity
/// references are expanded, comments and processing instructions are left out.
enum MarkupSerializer {
    private static let voidElements: Set<String> = [
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
    ]

    /// Markup of the node's children. Elements outside XHTML get their namespace declared where it changes
    /// (`<svg xmlns="http://www.w3.org/2000/svg">`), prefixed attributes get their prefix declared, and relative
    /// `href`/`src` values are resolved against the base URI in scope, as feedparser does.
    static func innerMarkup(of node: Node) -> String {
        var out: [UInt8] = []
        let scope = Scope(namespace: node.ptr.pointee.ns, declared: [])
        appendChildren(of: node.ptr, scope: scope, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    private struct Scope {
        var namespace: xmlNsPtr?
        var declared: [String]
    }

    private static let xhtml = "http://www.w3.org/1999/xhtml"

    private static func appendChildren(of parent: xmlNodePtr, scope: Scope, to out: inout [UInt8]) {
        var child = parent.pointee.children
        while let c = child {
            switch c.pointee.type {
            case XML_ELEMENT_NODE: appendElement(c, scope: scope, to: &out)
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = c.pointee.content { appendEscaped(content, to: &out, attribute: false) }
            case XML_ENTITY_REF_NODE:
                var text: [UInt8] = []
                Node.appendText(of: c.pointee.children?.pointee.children, to: &text)
                text.append(0)
                text.withUnsafeBufferPointer { appendEscaped($0.baseAddress!, to: &out, attribute: false) }
            default: break
            }
            child = c.pointee.next
        }
    }

    private static func appendElement(_ e: xmlNodePtr, scope parentScope: Scope, to out: inout [UInt8]) {
        var scope = parentScope
        let name = UnsafeBufferPointer(start: e.pointee.name, count: Int(xmlStrlen(e.pointee.name)))
        out.append(0x3C)
        out.append(contentsOf: name)
        var declarations: [(String, String)] = []
        if let ns = e.pointee.ns, let href = ns.pointee.href {
            let uri = String(cString: href)
            let parentURI = parentScope.namespace.flatMap { $0.pointee.href.map { String(cString: $0) } }
            if uri != xhtml, uri != parentURI { declarations.append(("xmlns", uri)) }
        }
        scope.namespace = e.pointee.ns
        var attr = e.pointee.properties
        while let a = attr {
            out.append(0x20)
            if let ns = a.pointee.ns, let prefix = ns.pointee.prefix {
                out.append(contentsOf: UnsafeBufferPointer(start: prefix, count: Int(xmlStrlen(prefix))))
                out.append(0x3A)
                let p = String(cString: prefix)
                if p != "xml", !scope.declared.contains(p), let href = ns.pointee.href {
                    scope.declared.append(p)
                    declarations.append(("xmlns:" + p, String(cString: href)))
                }
            }
            let attrName = String(cString: a.pointee.name)
            out.append(contentsOf: attrName.utf8)
            out.append(contentsOf: "=\"".utf8)
            var value: [UInt8] = []
            Node.appendText(of: a.pointee.children, to: &value)
            if a.pointee.ns == nil, attrName == "href" || attrName == "src", let doc = e.pointee.doc {
                let raw = String(decoding: value, as: UTF8.self)
                if !URLResolver.isAbsolute(raw.trimmingSpaces()) {
                    value = Array(URLResolver.resolve(raw, at: Node(ptr: e), in: doc).utf8)
                }
            }
            value.append(0)
            value.withUnsafeBufferPointer { appendEscaped($0.baseAddress!, to: &out, attribute: true) }
            out.append(0x22)
            attr = a.pointee.next
        }
        for (key, uri) in declarations {
            out.append(contentsOf: " \(key)=\"".utf8)
            out.append(contentsOf: uri.utf8)
            out.append(0x22)
        }
        let nameString = String(decoding: name, as: UTF8.self)
        if e.pointee.children == nil, voidElements.contains(nameString) {
            out.append(contentsOf: " />".utf8)
            return
        }
        out.append(0x3E)
        appendChildren(of: e, scope: scope, to: &out)
        out.append(contentsOf: "</".utf8)
        out.append(contentsOf: name)
        out.append(0x3E)
    }

    private static func appendEscaped(_ s: UnsafePointer<UInt8>, to out: inout [UInt8], attribute: Bool) {
        var p = s
        while p.pointee != 0 {
            switch p.pointee {
            case 0x26: out.append(contentsOf: "&amp;".utf8)
            case 0x3C: out.append(contentsOf: "&lt;".utf8)
            case 0x3E: out.append(contentsOf: "&gt;".utf8)
            case 0x22 where attribute: out.append(contentsOf: "&quot;".utf8)
            default: out.append(p.pointee)
            }
            p += 1
        }
    }
}
