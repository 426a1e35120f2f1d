/// Rewrites entity and character references in the document body (after the prolog) so that libxml2 reads what
/// feedparser reads: HTML 4 named entities become numeric references, references to C1 controls become the
/// windows-1252 characters they were meant as, and a `&` that starts no reference becomes `&amp;`. CDATA sections,
/// comments and processing instructions are copied untouched. Expansion of the internal subset's entities is
/// totalled here and refused past `FeedParserLimits.maxEntityExpansion` (billion laughs, quadratic blowup).
struct EntityRewriter {
    let subset: DoctypeSubset
    let limits: FeedParserLimits
    private(set) var problems: [String] = []
    private var expansion = 0

    init(subset: DoctypeSubset, limits: FeedParserLimits) {
        self.subset = subset
        self.limits = limits
        self.expansion = subset.parameterExpansion
    }

    /// The rewritten body from `start`, or nil when nothing needed rewriting.
    mutating func rewrite(_ b: UnsafeBufferPointer<UInt8>, from start: Int) throws(FeedParseError) -> [UInt8]? {
        var out: [UInt8] = []
        var copied = start  // bytes before this index are in `out` (once `out` is in use)
        var changed = false
        var undefined: [String] = []
        var bareAmpersands = 0
        var i = start
        let n = b.count
        func flush(to end: Int, _ out: inout [UInt8]) {
            if !changed { out.reserveCapacity(n - start + 64); changed = true }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: b[copied..<end]))
        }
        // Jump between the bytes that matter with memchr/memmem: '&' and the starts of CDATA sections, comments
        // and processing instructions, whose content is skipped.
        var nextAmp = ByteSearch.find(b, from: i, 0x26)
        var nextBang = ByteSearch.find(b, from: i, "<!")
        var nextPI = ByteSearch.find(b, from: i, "<?")
        while nextAmp < n {
            let markup = min(nextBang, nextPI)
            if markup < nextAmp {
                var end = markup + 2
                if markup == nextPI { end = ByteSearch.find(b, from: markup + 2, "?>") + 2 }
                else if DoctypeSubset.starts(b, markup, "<![CDATA[") { end = ByteSearch.find(b, from: markup + 9, "]]>") + 3 }
                else if DoctypeSubset.starts(b, markup, "<!--") { end = ByteSearch.find(b, from: markup + 4, "-->") + 3 }
                end = min(end, n)
                if nextBang < end { nextBang = ByteSearch.find(b, from: end, "<!") }
                if nextPI < end { nextPI = ByteSearch.find(b, from: end, "<?") }
                if nextAmp < end { nextAmp = ByteSearch.find(b, from: end, 0x26) }
                continue
            }
            i = nextAmp
            defer { nextAmp = ByteSearch.find(b, from: max(i, nextAmp + 1), 0x26) }
            // A reference: "&#123;", "&#x7B;" or "&name;".
            if i + 1 < n, b[i + 1] == 0x23 {
                if let (value, end) = charRef(b, i + 2), value >= 0x80, value <= 0x9F {
                    flush(to: i, &out)
                    out.append(contentsOf: "&#\(Windows1252.scalar(forC1: value));".utf8)
                    copied = end
                    i = end
                    continue
                }
                if charRef(b, i + 2) != nil { i += 2; continue }
            } else {
                let (name, end) = DoctypeSubset.readName(b, i + 1)
                if !name.isEmpty, end < n, b[end] == 0x3B {
                    switch name {
                    case "amp", "lt", "gt", "quot", "apos": i = end + 1; continue
                    default: break
                    }
                    if let size = subset.generalEntitySizes[name] {
                        expansion = DoctypeSubset.saturatingAdd(expansion, size)
                        if expansion > limits.maxEntityExpansion {
                            throw FeedParseError(.entityExpansion,
                                                 "entity expansion limit: entities expand to more than \(limits.maxEntityExpansion) bytes")
                        }
                        i = end + 1
                        continue
                    }
                    flush(to: i, &out)
                    if let scalar = HTMLEntityTable.codePoints[name] {
                        out.append(contentsOf: "&#\(scalar);".utf8)
                    } else {
                        out.append(contentsOf: "&amp;".utf8)
                        out.append(contentsOf: UnsafeBufferPointer(rebasing: b[(i + 1)...end]))
                    }
                    if undefined.count < 3, !undefined.contains(name) { undefined.append(name) }
                    copied = end + 1
                    i = end + 1
                    continue
                }
            }
            flush(to: i, &out)
            out.append(contentsOf: "&amp;".utf8)
            bareAmpersands += 1
            copied = i + 1
            i += 1
        }
        if !undefined.isEmpty, !subset.hasExternalSubset {
            problems.append("undefined entit\(undefined.count == 1 ? "y" : "ies") "
                + undefined.map { "&\($0);" }.joined(separator: " ") + " (read as HTML)")
        }
        if bareAmpersands > 0 { problems.append("unescaped '&' (\(bareAmpersands)x)") }
        guard changed else { return nil }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: b[copied..<n]))
        return out
    }

    /// Value and end index (after ";") of a numeric character reference whose digits start at `i`.
    private func charRef(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> (UInt32, Int)? {
        var j = i
        var value: UInt32 = 0
        let hex = j < b.count && (b[j] == 0x78 || b[j] == 0x58)
        if hex { j += 1 }
        let digitsStart = j
        while j < b.count, j - digitsStart < 8 {
            let c = b[j]
            if c >= 0x30, c <= 0x39 { value = value &* (hex ? 16 : 10) &+ UInt32(c - 0x30) }
            else if hex, c | 0x20 >= 0x61, c | 0x20 <= 0x66 { value = value &* 16 &+ UInt32((c | 0x20) - 0x61 + 10) }
            else { break }
            j += 1
        }
        guard j > digitsStart, j < b.count, b[j] == 0x3B else { return nil }
        return (value, j + 1)
    }
}
