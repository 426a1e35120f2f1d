/// A linear pre-scan of YAML text that measures how deeply it nests, so a config nested thousands of levels deep is
/// refused with a clear problem before Yams, which composes recursively and would overflow the stack, sees it.
///
/// The measure is conservative, not a YAML parser: block depth is the number of open indentation levels plus the
/// compact `- `/`? ` indicators that open a level on the same line (`- - - x`); flow depth is the number of open
/// `[`/`{` outside quoted scalars and comments. Block scalar (`|`, `>`) bodies are skipped. Real configs nest four
/// or five levels; the limit is far above that and far below what exhausts a stack.
struct YAMLNestingScan {
    /// Deepest nesting a config may have.
    static let maxDepth = 64

    /// The first place the text nests deeper than `limit`: its 1-based line and column and the depth reached.
    struct Excess: Equatable {
        let line: Int
        let column: Int
        let depth: Int
    }

    static func firstExcess(in text: String, limit: Int = maxDepth) -> Excess? {
        var scan = YAMLNestingScan(limit: limit)
        return scan.run(Array(text.utf8))
    }

    private let limit: Int
    private var indents: [Int] = []
    private var flowDepth = 0
    /// Quote byte of a quoted scalar left open at the end of a line (quoted scalars may span lines), or 0.
    private var openQuote: UInt8 = 0
    /// Indentation of the line that opened a block scalar whose body is being skipped, or nil.
    private var blockScalarParent: Int?
    /// Whether the next non-space byte starts a value (where `"`, `'`, `[`, `{`, `|`, `>` are indicators, not text).
    private var atValueStart = true

    private init(limit: Int) {
        self.limit = limit
    }

    private mutating func run(_ b: [UInt8]) -> Excess? {
        var lineNumber = 0
        var start = 0
        while start < b.count {
            lineNumber += 1
            var end = start
            while end < b.count, b[end] != 0x0A { end += 1 }
            if let excess = line(b, start, end, lineNumber) { return excess }
            start = end + 1
        }
        return nil
    }

    private static func isSpace(_ c: UInt8) -> Bool { c == 0x20 || c == 0x09 || c == 0x0D }
    private static func isFlowIndicator(_ c: UInt8) -> Bool { c == 0x5B || c == 0x5D || c == 0x7B || c == 0x7D || c == 0x2C }

    /// Scans one line (`b[start..<end]`, without its newline).
    private mutating func line(_ b: [UInt8], _ start: Int, _ end: Int, _ lineNumber: Int) -> Excess? {
        var i = start
        while i < end, b[i] == 0x20 { i += 1 }
        let indent = i - start
        while i < end, Self.isSpace(b[i]) { i += 1 }
        let blank = i == end || (b[i] == 0x23 && openQuote == 0)
        if let parent = blockScalarParent {
            if blank || indent > parent { return nil }
            blockScalarParent = nil
        }
        if openQuote == 0, flowDepth == 0 {
            if blank { return nil }
            while let last = indents.last, last > indent { indents.removeLast() }
            if indents.last != indent { indents.append(indent) }
            if let excess = check(indents.count, lineNumber, indent + 1) { return excess }
        }
        // In block context each line starts afresh; in flow context and inside quotes the state carries over.
        if openQuote == 0, flowDepth == 0 { atValueStart = true }
        var compact = 0
        while i < end {
            let c = b[i]
            if openQuote != 0 {
                if c == 0x5C, openQuote == 0x22 { i += 2; continue }  // \" inside a double-quoted scalar
                if c == openQuote {
                    if openQuote == 0x27, i + 1 < end, b[i + 1] == 0x27 { i += 2; continue }  // '' inside '...'
                    openQuote = 0
                    atValueStart = false
                }
                i += 1
                continue
            }
            if Self.isSpace(c) { i += 1; continue }
            if c == 0x23, i == start || Self.isSpace(b[i - 1]) { break }  // a comment runs to the end of the line
            let next: UInt8 = i + 1 < end ? b[i + 1] : 0x20
            if atValueStart, c == 0x26 || c == 0x21 || c == 0x2A {  // `&anchor`, `!tag`, `*alias` before a value
                while i < end, !Self.isSpace(b[i]), flowDepth == 0 || !Self.isFlowIndicator(b[i]) { i += 1 }
                continue
            }
            if flowDepth == 0 {
                if c == 0x2D || c == 0x3F, Self.isSpace(next), atValueStart {  // `- ` or `? ` opens a level
                    compact += 1
                    if let excess = check(indents.count + compact, lineNumber, i - start + 1) { return excess }
                    i += 1
                    continue
                }
                if c == 0x3A, Self.isSpace(next) {  // `key: value`: what follows starts a value
                    atValueStart = true
                    i += 1
                    continue
                }
                guard atValueStart else { i += 1; continue }  // inside a plain scalar, where [ { " ' are text
                if c == 0x7C || c == 0x3E {  // `|` or `>`: the lines below, more indented, are text
                    blockScalarParent = indent
                    return nil
                }
            } else if c == 0x3A || c == 0x2C {  // in flow, `:` and `,` start a value
                atValueStart = true
                i += 1
                continue
            } else if !atValueStart, !Self.isFlowIndicator(c) {  // inside a plain scalar in flow
                i += 1
                continue
            }
            atValueStart = false
            switch c {
            case 0x22, 0x27:
                openQuote = c
            case 0x5B, 0x7B:
                flowDepth += 1
                atValueStart = true
                if let excess = check(indents.count + compact + flowDepth, lineNumber, i - start + 1) {
                    return excess
                }
            case 0x5D, 0x7D:
                flowDepth = max(0, flowDepth - 1)
            default:
                break
            }
            i += 1
        }
        return nil
    }

    private func check(_ depth: Int, _ line: Int, _ column: Int) -> Excess? {
        depth > limit ? Excess(line: line, column: column, depth: depth) : nil
    }
}
