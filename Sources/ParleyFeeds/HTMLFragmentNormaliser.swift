/// Light repairs to escaped HTML (RSS descriptions, Atom `type="html"`) that feedparser's sanitiser also makes,
/// applied only when the fragment contains what they concern:
/// - `<!` that opens no comment, CDATA section or declaration is text, so it is escaped (`&lt;!`); HTML parsers
///   would otherwise swallow what follows as a bogus comment.
/// - SVG and MathML written into HTML get their namespaces made explicit (`xmlns` on `svg`/`math`, `xmlns:xlink`
///   where `xlink:` attributes are used), and self-closing foreign elements are written the HTML way: the start tag
///   alone when the parent's end tag follows (which closes it in the HTML parsing algorithm), else start and end.
enum HTMLFragmentNormaliser {
    static func normalise(_ html: String) -> String {
        guard needsWork(html) else { return html }
        let b = Array(html.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(b.count + 64)
        var foreignDepth = 0
        var i = 0
        while i < b.count {
            let c = b[i]
            guard c == 0x3C, i + 1 < b.count else { out.append(c); i += 1; continue }
            let next = b[i + 1]
            if next == 0x21 {  // "<!"
                let isMarkup = i + 2 < b.count && (b[i + 2] == 0x2D || b[i + 2] == 0x5B || isLetter(b[i + 2]))
                if isMarkup { out.append(c); i += 1 } else { out.append(contentsOf: "&lt;".utf8); i += 1 }
                continue
            }
            guard isLetter(next) || next == 0x2F else { out.append(c); i += 1; continue }
            let end = tagEnd(b, i)
            guard end < b.count else { out.append(contentsOf: b[i...]); break }
            var tag = Array(b[i...end])
            let closing = next == 0x2F
            let name = tagName(tag, from: closing ? 2 : 1)
            if closing {
                if foreignDepth > 0, name == "svg" || name == "math" { foreignDepth -= 1 }
                out.append(contentsOf: tag)
                i = end + 1
                continue
            }
            let startsForeign = name == "svg" || name == "math"
            guard foreignDepth > 0 || startsForeign else { out.append(contentsOf: tag); i = end + 1; continue }
            let selfClosing = tag.count >= 3 && tag[tag.count - 2] == 0x2F
            if selfClosing {
                tag.removeLast(2)
                while tag.last == 0x20 { tag.removeLast() }
            } else {
                tag.removeLast()
            }
            let text = String(decoding: tag, as: UTF8.self)
            if startsForeign, !text.contains("xmlns=") {
                let uri = name == "svg" ? "http://www.w3.org/2000/svg" : "http://www.w3.org/1998/Math/MathML"
                tag.append(contentsOf: " xmlns=\"\(uri)\"".utf8)
            }
            if text.contains("xlink:"), !text.contains("xmlns:xlink") {
                tag.append(contentsOf: " xmlns:xlink=\"http://www.w3.org/1999/xlink\"".utf8)
            }
            tag.append(0x3E)
            out.append(contentsOf: tag)
            i = end + 1
            if selfClosing {
                let followedByEndTag = i + 1 < b.count && b[i] == 0x3C && b[i + 1] == 0x2F
                if !followedByEndTag { out.append(contentsOf: "</\(name)>".utf8) }
            } else if startsForeign {
                foreignDepth += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// True when the fragment has `<!` that opens no markup, or an `<svg`/`<math` start tag: one pass over bytes.
    private static func needsWork(_ s: String) -> Bool {
        var copy = s
        return copy.withUTF8 { b in
            var i = 0
            let n = b.count
            while i + 2 < n {
                i = ByteSearch.find(b, from: i, 0x3C)
                guard i + 2 < n else { return false }
                let c = b[i + 1]
                if c == 0x21, !(b[i + 2] == 0x2D || b[i + 2] == 0x5B || isLetter(b[i + 2])) { return true }
                if c | 0x20 == 0x73, i + 3 < n, b[i + 2] | 0x20 == 0x76, b[i + 3] | 0x20 == 0x67 { return true }
                if c | 0x20 == 0x6D, i + 4 < n, b[i + 2] | 0x20 == 0x61, b[i + 3] | 0x20 == 0x74, b[i + 4] | 0x20 == 0x68 {
                    return true
                }
                i += 1
            }
            return false
        }
    }

    private static func isLetter(_ c: UInt8) -> Bool { (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A }

    private static func tagEnd(_ b: [UInt8], _ start: Int) -> Int {
        var j = start + 1
        var quote: UInt8 = 0
        while j < b.count {
            let c = b[j]
            if quote != 0 { if c == quote { quote = 0 } } else if c == 0x22 || c == 0x27 { quote = c } else if c == 0x3E { return j }
            j += 1
        }
        return b.count
    }

    private static func tagName(_ tag: [UInt8], from: Int) -> String {
        var j = from
        while j < tag.count, isLetter(tag[j]) || (tag[j] >= 0x30 && tag[j] <= 0x39) || tag[j] == 0x3A || tag[j] == 0x2D { j += 1 }
        return String(decoding: tag[from..<j], as: UTF8.self).lowercased()
    }
}
