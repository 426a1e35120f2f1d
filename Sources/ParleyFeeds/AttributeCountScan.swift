/// A linear pre-scan that finds a start tag with more attributes than a limit, before libxml2 sees the bytes:
/// libxml2 2.9.14 checks each new attribute against all earlier ones of its element (its XML and HTML parsers
/// alike), so one element with 100,000 attributes costs seconds, well within the body size cap.
///
/// Works on XML and on HTML fragments: an attribute is a name in a start tag, with or without `=value`, the value
/// quoted or not. Comments, CDATA sections, processing instructions and declarations are skipped, and text between
/// tags is never read as a tag. No other validation is done; a tag left open at the end of the input ends there.
enum AttributeCountScan {
    /// The first start tag with more than `limit` attributes: its byte offset and 1-based line, or nil.
    struct Excess: Equatable {
        let offset: Int
        let line: Int
    }

    /// `html` reads comments, CDATA and processing instructions as text that may hold tags (HTML parsers end them
    /// in more ways than XML does), so nothing is skipped that an HTML parser might read as a tag.
    static func firstExcess(in b: UnsafeBufferPointer<UInt8>, limit: Int, html: Bool = false) -> Excess? {
        var i = 0
        while i < b.count {
            guard b[i] == 0x3C, i + 1 < b.count else { i += 1; continue }
            let next = b[i + 1]
            if next == 0x21 || next == 0x3F {  // <!-- -->, <![CDATA[ ]]>, <!DOCTYPE ...>, <? ?>
                i = html ? i + 2 : skipMarkupDeclaration(b, i)
                continue
            }
            guard isNameStart(next) else { i += 1; continue }
            let tagStart = i
            var count = 0
            i += 2
            while i < b.count, !isSpace(b[i]), !ends(b[i]), b[i] != 0x2F { i += 1 }  // the element name
            while i < b.count {
                let c = b[i]
                if isSpace(c) || c == 0x2F { i += 1; continue }
                if c == 0x3E || c == 0x3C { break }  // `>` ends the tag; `<` means it was never closed
                count += 1
                if count > limit { return Excess(offset: tagStart, line: lineNumber(b, tagStart)) }
                while i < b.count, !isSpace(b[i]), b[i] != 0x3D, !ends(b[i]), b[i] != 0x2F { i += 1 }  // name
                while i < b.count, isSpace(b[i]) { i += 1 }
                guard i < b.count, b[i] == 0x3D else { continue }
                i += 1
                while i < b.count, isSpace(b[i]) { i += 1 }
                guard i < b.count else { break }
                if b[i] == 0x22 || b[i] == 0x27 {
                    let quote = b[i]
                    i += 1
                    // A value ends at `<` too (XML forbids it there; in HTML the tag after it is counted as well), so an
                    // unclosed quote cannot hide the tags that follow.
                    while i < b.count, b[i] != quote, b[i] != 0x3C { i += 1 }
                    if i < b.count, b[i] == quote { i += 1 }
                } else {
                    while i < b.count, !isSpace(b[i]), !ends(b[i]) { i += 1 }
                }
            }
        }
        return nil
    }

    /// The index after a `<!...>` or `<?...?>` construct that starts at `i`.
    private static func skipMarkupDeclaration(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int {
        if DoctypeSubset.starts(b, i, "<!--") { return DoctypeSubset.find(b, from: i + 4, "-->") + 3 }
        if DoctypeSubset.starts(b, i, "<![CDATA[") { return DoctypeSubset.find(b, from: i + 9, "]]>") + 3 }
        if b[i + 1] == 0x3F { return DoctypeSubset.find(b, from: i + 2, "?>") + 2 }
        return i + 2  // a declaration: its own tags (ATTLIST, ENTITY) are skipped one by one, as `<!` again
    }

    /// `>` ends a tag; `<` means it was never closed and another starts.
    private static func ends(_ c: UInt8) -> Bool { c == 0x3E || c == 0x3C }

    private static func isSpace(_ c: UInt8) -> Bool { c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D }

    /// ASCII letter, `_`, `:` or the first byte of a non-ASCII character, as XML and HTML names start.
    private static func isNameStart(_ c: UInt8) -> Bool {
        (c | 0x20 >= 0x61 && c | 0x20 <= 0x7A) || c == 0x5F || c == 0x3A || c >= 0x80
    }

    private static func lineNumber(_ b: UnsafeBufferPointer<UInt8>, _ upTo: Int) -> Int {
        var line = 1
        for k in 0..<upTo where b[k] == 0x0A { line += 1 }
        return line
    }
}
