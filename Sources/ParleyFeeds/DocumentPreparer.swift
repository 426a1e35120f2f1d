/// Reads the UTF-8 document once before libxml2 does, to do what libxml2 2.9.14 cannot be told to do safely:
/// refuse what is not a feed, bound DTD entity expansion, and repair the faults real feeds have and feedparser
/// forgives (whitespace before the XML declaration, HTML named entities, a bare `&`, `&#146;`-style references to
/// windows-1252 characters). Every repair that makes a non-well-formed document readable is reported as a problem,
/// which makes the result bozo.
struct DocumentPreparer {
    struct Prepared {
        /// The repaired document, or nil when the input from `start` can be parsed as it is.
        var bytes: [UInt8]?
        /// Where the document starts in the input (leading whitespace skipped).
        var start: Int
        var problems: [String]
        var rootName: String
    }

    let limits: FeedParserLimits

    func prepare(_ b: UnsafeBufferPointer<UInt8>) throws(FeedParseError) -> Prepared {
        var problems: [String] = []
        var i = 0
        while i < b.count, EncodingDetector.isSpace(b[i]) || b[i] == 0 { i += 1 }
        if i == b.count { throw FeedParseError.emptyBody }
        if b[i] == 0x7B || b[i] == 0x5B { throw FeedParseError.looksLikeJSON }
        let start = i
        if i > 0, DoctypeSubset.starts(b, i, "<?xml") {
            problems.append("whitespace before the XML declaration (line \(lineCount(b, upTo: i)))")
        }
        // Prolog: declarations, comments, processing instructions and the DOCTYPE, up to the root element.
        var subset = DoctypeSubset()
        var rootName = ""
        while i < b.count {
            if EncodingDetector.isSpace(b[i]) { i += 1; continue }
            guard b[i] == 0x3C else { break }
            if DoctypeSubset.starts(b, i, "<?") { i = DoctypeSubset.find(b, from: i + 2, "?>") + 2; continue }
            if DoctypeSubset.starts(b, i, "<!--") { i = DoctypeSubset.find(b, from: i + 4, "-->") + 3; continue }
            if DoctypeSubset.starts(b, i, "<!DOCTYPE") || DoctypeSubset.starts(b, i, "<!doctype") {
                let end = doctypeEnd(b, i)
                subset = try DoctypeSubset.parse(UnsafeBufferPointer(rebasing: b[i..<end]), limits: limits)
                i = end
                continue
            }
            rootName = DoctypeSubset.readName(b, i + 1).0
            break
        }
        let local = rootName.split(separator: ":").last.map(String.init)?.lowercased() ?? ""
        if local == "html" || local == "body" || local == "head" { throw FeedParseError.looksLikeHTML }
        if rootName.isEmpty {
            throw FeedParseError(.notAFeed, "not a feed: no XML element found")
        }
        var rewriter = EntityRewriter(subset: subset, limits: limits)
        let rewritten = try rewriter.rewrite(b, from: i)
        problems.append(contentsOf: rewriter.problems)
        let bytes = rewritten.map { Array(b[start..<i]) + $0 }
        return Prepared(bytes: bytes, start: start, problems: problems, rootName: rootName)
    }

    /// End of `<!DOCTYPE ...>` including an internal subset in brackets.
    private func doctypeEnd(_ b: UnsafeBufferPointer<UInt8>, _ start: Int) -> Int {
        var j = start + 9
        var quote: UInt8 = 0
        var inSubset = false
        while j < b.count {
            let c = b[j]
            if quote != 0 { if c == quote { quote = 0 } }
            else if c == 0x22 || c == 0x27 { quote = c }
            else if c == 0x5B { inSubset = true }
            else if c == 0x5D { inSubset = false }
            else if c == 0x3E, !inSubset { return j + 1 }
            j += 1
        }
        return b.count
    }

    private func lineCount(_ b: UnsafeBufferPointer<UInt8>, upTo end: Int) -> Int {
        var lines = 1
        for k in 0..<end where b[k] == 0x0A { lines += 1 }
        return lines
    }
}
