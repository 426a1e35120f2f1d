import CLibXML2

/// HTML to clean paragraphs of text, on libxml2's HTML parser (never touching the network: HTML_PARSE_NONET and
/// the refusing entity loader). Block elements end a paragraph; scripts, styles, navigation, asides and figure
/// captions are dropped; entities are resolved; whitespace is collapsed; empty paragraphs are removed.
/// Text with no markup at all is split on its line breaks.
public enum HTMLText {
    public static func paragraphs(fromHTML html: String) -> [String] {
        if !html.utf8.contains(0x3C) && !html.utf8.contains(0x26) { return plainParagraphs(html) }
        LibXML2.setUp()
        let options = Int32(HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_RECOVER.rawValue | HTML_PARSE_COMPACT.rawValue | HTML_PARSE_NOIMPLIED.rawValue)
        var bytes = Array(html.utf8)
        if bytes.isEmpty { return [] }
        let limit = FeedParserLimits.default.maxAttributesPerElement
        if bytes.withUnsafeBufferPointer({ AttributeCountScan.firstExcess(in: $0, limit: limit, html: true) }) != nil {
            // libxml2's HTML parser is quadratic in one tag's attributes: such text is read without its markup.
            return plainParagraphs(withoutTags(bytes))
        }
        bytes.append(0)
        let doc = bytes.withUnsafeBufferPointer { buf in
            buf.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buf.count) {
                htmlReadMemory($0, Int32(buf.count - 1), nil, "UTF-8", options)
            }
        }
        guard let doc else { return plainParagraphs(html) }
        defer { xmlFreeDoc(doc) }
        var collector = ParagraphCollector()
        var child = doc.pointee.children
        while let c = child {
            collector.visit(c)
            child = c.pointee.next
        }
        collector.endParagraph()
        return collector.paragraphs
    }

    /// The text outside `<...>`, for markup too hostile to parse.
    static func withoutTags(_ bytes: [UInt8]) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var inTag = false
        for c in bytes {
            if c == 0x3C { inTag = true } else if c == 0x3E, inTag { inTag = false; out.append(0x20) } else if !inTag { out.append(c) }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Text without markup: every non-empty line is a paragraph.
    static func plainParagraphs(_ text: String) -> [String] {
        text.split(whereSeparator: { $0 == "\n" || $0 == "\r" || $0 == "\r\n" })
            .map { collapse(String($0)) }
            .filter { !$0.isEmpty }
    }

    static func collapse(_ s: String) -> String {
        visible(s).split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// The text without the invisible format characters some wires scatter through their copy (zero-width space,
    /// word joiner, soft hyphen, byte-order mark: Unicode's format category). They show as nothing, split a word
    /// for the tokenizer ("nego\u{AD}tiations") and would be carried into an alert's evidence. The zero-width
    /// joiner and non-joiner stay: they shape Persian and Arabic names and emoji.
    public static func visible(_ s: String) -> String {
        guard s.utf8.contains(where: { $0 >= 0xC2 }) else { return s }
        let kept = s.unicodeScalars.filter { scalar in
            scalar.properties.generalCategory != .format || scalar.value == 0x200C || scalar.value == 0x200D
        }
        return kept.count == s.unicodeScalars.count ? s : String(String.UnicodeScalarView(kept))
    }
}
