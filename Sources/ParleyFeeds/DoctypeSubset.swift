/// What an internal DTD subset declares, read by Parley itself before libxml2 sees the document so that entity
/// expansion is bounded up front (libxml2 2.9.14 has no amplification limit to set) and external entities are
/// refused by name. External DTDs and external parameter entities are never loaded: libxml2 runs without
/// `XML_PARSE_DTDLOAD`/`XML_PARSE_NOENT` and with an entity loader that refuses everything.
struct DoctypeSubset {
    /// Expanded size, in bytes, of each internal general entity.
    var generalEntitySizes: [String: Int] = [:]
    /// True when the DOCTYPE names an external subset (e.g. the Netscape RSS 0.91 DTD, which defines the HTML
    /// entities): undeclared HTML entities are then not a well-formedness error.
    var hasExternalSubset = false
    /// Bytes that parameter-entity references inside the subset expand to.
    var parameterExpansion = 0

    private struct Declaration {
        var value: [UInt8]
        var isParameter: Bool
    }

    /// Parses `<!DOCTYPE ... [ subset ]>`; `bytes` is the whole DOCTYPE declaration.
    static func parse(_ b: UnsafeBufferPointer<UInt8>, limits: FeedParserLimits) throws(FeedParseError) -> DoctypeSubset {
        var result = DoctypeSubset()
        guard let open = b.firstIndex(of: 0x5B) else {
            result.hasExternalSubset = contains(b, "SYSTEM") || contains(b, "PUBLIC")
            return result
        }
        result.hasExternalSubset = contains(UnsafeBufferPointer(rebasing: b[..<open]), "SYSTEM")
            || contains(UnsafeBufferPointer(rebasing: b[..<open]), "PUBLIC")
        var general: [String: Declaration] = [:]
        var parameter: [String: Declaration] = [:]
        var peRefs: [String: Int] = [:]
        var i = open + 1
        var count = 0
        while i < b.count {
            let c = b[i]
            if c == 0x5D { break }  // "]"
            if c == 0x25 {  // "%name;" at top level of the subset
                let (name, end) = readName(b, i + 1)
                if !name.isEmpty, end < b.count, b[end] == 0x3B { peRefs[name, default: 0] += 1; i = end + 1; continue }
            }
            guard c == 0x3C else { i += 1; continue }
            if starts(b, i, "<!--") { i = find(b, from: i + 4, "-->") + 3; continue }
            if starts(b, i, "<?") { i = find(b, from: i + 2, "?>") + 2; continue }
            if starts(b, i, "<!ENTITY") {
                count += 1
                if count > limits.maxEntityDeclarations {
                    throw FeedParseError(.entityExpansion,
                                         "entity expansion limit: more than \(limits.maxEntityDeclarations) entity declarations")
                }
                var j = skipSpace(b, i + 8)
                var isParameter = false
                if j < b.count, b[j] == 0x25 { isParameter = true; j = skipSpace(b, j + 1) }
                let (name, afterName) = readName(b, j)
                j = skipSpace(b, afterName)
                if j < b.count, b[j] == 0x22 || b[j] == 0x27 {
                    let quote = b[j]
                    var k = j + 1
                    while k < b.count, b[k] != quote { k += 1 }
                    let value = Array(UnsafeBufferPointer(rebasing: b[(j + 1)..<min(k, b.count)]))
                    if isParameter { parameter[name] = Declaration(value: value, isParameter: true) }
                    else if general[name] == nil { general[name] = Declaration(value: value, isParameter: false) }
                    i = skipDeclaration(b, k + 1)
                    continue
                }
                if !isParameter {
                    // An external general entity would make the parser read a file or URL: refused outright.
                    let end = skipDeclaration(b, j)
                    let target = String(decoding: UnsafeBufferPointer(rebasing: b[j..<min(end, b.count)]), as: UTF8.self)
                        .trimmingSpaces().trimmingCharacters(">")
                    throw FeedParseError(.externalEntity,
                                         "external entity '\(name)' refused (\(target)): the parser never reads files or the network")
                }
                i = skipDeclaration(b, j)
                continue
            }
            i = skipDeclaration(b, i + 1)
        }
        let limit = limits.maxEntityExpansion
        var memo: [String: Int] = [:]
        for name in general.keys {
            var visiting: Set<String> = []
            result.generalEntitySizes[name] = try size(of: name, in: general, memo: &memo, visiting: &visiting, limit: limit)
        }
        var peMemo: [String: Int] = [:]
        for (name, refs) in peRefs {
            var visiting: Set<String> = []
            let one = try size(of: name, in: parameter, memo: &peMemo, visiting: &visiting, limit: limit)
            result.parameterExpansion = saturatingAdd(result.parameterExpansion, saturatingMul(one, refs))
        }
        if result.parameterExpansion > limit {
            throw FeedParseError(.entityExpansion,
                                 "entity expansion limit: parameter entities expand to more than \(limit) bytes")
        }
        return result
    }

    private static func size(of name: String, in table: [String: Declaration], memo: inout [String: Int],
                             visiting: inout Set<String>, limit: Int) throws(FeedParseError) -> Int {
        if let known = memo[name] { return known }
        guard let decl = table[name] else { return 0 }  // external or undeclared: never expanded by Parley
        if visiting.contains(name) {
            throw FeedParseError(.entityExpansion, "entity expansion limit: entity '\(name)' refers to itself")
        }
        visiting.insert(name)
        defer { visiting.remove(name) }
        var total = decl.value.count
        let refChar: UInt8 = decl.isParameter ? 0x25 : 0x26
        try decl.value.withUnsafeBufferPointer { (v) throws(FeedParseError) in
            var i = 0
            while i < v.count {
                if v[i] == refChar || (decl.isParameter && v[i] == 0x26) {
                    let (ref, end) = readName(v, i + 1)
                    if !ref.isEmpty, end < v.count, v[end] == 0x3B {
                        let inner = v[i] == refChar ? table : [:]
                        let sub = try size(of: ref, in: inner, memo: &memo, visiting: &visiting, limit: limit)
                        total = saturatingAdd(total, sub)
                        if total > limit {
                            throw FeedParseError(.entityExpansion,
                                                 "entity expansion limit: entity '\(name)' expands to more than \(limit) bytes")
                        }
                        i = end + 1
                        continue
                    }
                }
                i += 1
            }
        }
        memo[name] = total
        return total
    }

    static func saturatingAdd(_ a: Int, _ b: Int) -> Int { let (r, o) = a.addingReportingOverflow(b); return o ? .max : r }
    static func saturatingMul(_ a: Int, _ b: Int) -> Int { let (r, o) = a.multipliedReportingOverflow(by: b); return o ? .max : r }

    static func readName(_ b: UnsafeBufferPointer<UInt8>, _ start: Int) -> (String, Int) {
        var j = start
        while j < b.count, j - start < 256, isNameByte(b[j]) { j += 1 }
        return (String(decoding: UnsafeBufferPointer(rebasing: b[start..<j]), as: UTF8.self), j)
    }

    static func isNameByte(_ c: UInt8) -> Bool {
        (c >= 0x61 && c <= 0x7A) || (c >= 0x41 && c <= 0x5A) || (c >= 0x30 && c <= 0x39) || c == 0x5F || c == 0x2D
            || c == 0x2E || c == 0x3A || c >= 0x80
    }

    private static func skipSpace(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int {
        var j = i
        while j < b.count, EncodingDetector.isSpace(b[j]) { j += 1 }
        return j
    }

    /// Index after the `>` that closes a markup declaration, honouring quoted literals.
    private static func skipDeclaration(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int {
        var j = i
        var quote: UInt8 = 0
        while j < b.count {
            let c = b[j]
            if quote != 0 { if c == quote { quote = 0 } }
            else if c == 0x22 || c == 0x27 { quote = c }
            else if c == 0x3E { return j + 1 }
            j += 1
        }
        return j
    }

    static func starts(_ b: UnsafeBufferPointer<UInt8>, _ i: Int, _ word: StaticString) -> Bool {
        let n = word.utf8CodeUnitCount
        guard i + n <= b.count else { return false }
        for k in 0..<n where b[i + k] != word.utf8Start[k] { return false }
        return true
    }

    static func find(_ b: UnsafeBufferPointer<UInt8>, from: Int, _ word: StaticString) -> Int {
        ByteSearch.find(b, from: from, word)
    }

    private static func contains(_ b: UnsafeBufferPointer<UInt8>, _ word: StaticString) -> Bool {
        find(b, from: 0, word) < b.count
    }
}
