import CLibXML2

/// Walks an HTML tree collecting paragraphs.
struct ParagraphCollector {
    private(set) var paragraphs: [String] = []
    private var current: [UInt8] = []

    /// Elements that end a paragraph before and after them (HTML "flow content" that is not phrasing content).
    private static let blocks: Set<String> = [
        "p", "div", "br", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr",
        "table", "thead", "tbody", "tfoot", "caption", "section", "article", "header", "footer", "main",
        "pre", "hr", "address", "figure", "details", "summary", "body", "html", "center", "form", "fieldset",
    ]
    /// Elements whose content is never report text.
    private static let dropped: Set<String> = [
        "script", "style", "nav", "aside", "figcaption", "noscript", "template", "head", "title", "iframe", "object",
        "svg", "math", "button", "select", "textarea", "video", "audio", "canvas",
    ]

    mutating func visit(_ node: xmlNodePtr) {
        switch node.pointee.type {
        case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
            guard let content = node.pointee.content else { return }
            appendText(UnsafeBufferPointer(start: content, count: Int(xmlStrlen(content))))
        case XML_ELEMENT_NODE:
            let name = String(cString: node.pointee.name).lowercased()
            if Self.dropped.contains(name) { return }
            let isBlock = Self.blocks.contains(name)
            if isBlock { endParagraph() }
            var child = node.pointee.children
            while let c = child {
                visit(c)
                child = c.pointee.next
            }
            if isBlock { endParagraph() } else if name == "td" || name == "th" { current.append(0x20) }
        default:
            return
        }
    }

    /// Appends text, collapsing whitespace; a blank line inside text also ends the paragraph.
    private mutating func appendText(_ text: UnsafeBufferPointer<UInt8>) {
        var newlines = 0
        var pendingSpace = false
        for c in text {
            if c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D || c == 0x0C {
                if c == 0x0A { newlines += 1 }
                pendingSpace = true
                continue
            }
            if newlines >= 2 { endParagraph() }
            if pendingSpace, !current.isEmpty, current.last != 0x20 { current.append(0x20) }
            current.append(c)
            pendingSpace = false
            newlines = 0
        }
        if pendingSpace, !current.isEmpty, current.last != 0x20 { current.append(0x20) }
    }

    mutating func endParagraph() {
        let text = HTMLText.collapse(String(decoding: current, as: UTF8.self))
        if !text.isEmpty { paragraphs.append(text) }
        current.removeAll(keepingCapacity: true)
    }
}
