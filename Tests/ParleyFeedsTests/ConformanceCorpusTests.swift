import Foundation
import Testing
import ParleyFeeds

/// Runs `../shared/feeds/conformance` (feedparser's cases, `expected.jsonl`) the way `score_parser.py` scores it,
/// and asserts issue 4's bar: at least 99% of checks, and every well-formed case read without bozo.
struct ConformanceCorpusTests {
    static let corpus = FixtureLoader.packageRoot.appendingPathComponent("../shared/feeds/conformance").standardized

    @Test(.enabled(if: FileManager.default.fileExists(atPath: corpus.appendingPathComponent("expected.jsonl").path),
                   "needs ../shared beside the repository"))
    func conformanceCorpusScoresAtLeast99Percent() throws {
        let corpus = Self.corpus
        let lines = try String(contentsOf: corpus.appendingPathComponent("expected.jsonl"), encoding: .utf8)
            .split(separator: "\n")
        var checks = 0, agreed = 0, wellFormed = 0, wellFormedClean = 0
        var disagreements: [String] = []
        for line in lines {
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] ?? [:]
            let file = object["file"] as? String ?? ""
            let data = try Data(contentsOf: corpus.appendingPathComponent(file))
            let url = corpus.appendingPathComponent(file).absoluteString
            let result = Result { () throws(FeedParseError) in try FeedParser().parse(data, documentURL: url) }
            let parsed = try JSONSerialization.jsonObject(with: Data(FeedJSON.line(file: file, result: result).utf8))
                as? [String: Any] ?? [:]
            if object["bozo_expected"] as? Bool == false {
                wellFormed += 1
                if parsed["ok"] as? Bool == true, parsed["bozo"] as? Bool == false { wellFormedClean += 1 }
                else { disagreements.append("\(file): bozo \(parsed["error"] ?? "")") }
            }
            for check in object["checks"] as? [[String: Any]] ?? [] {
                checks += 1
                let path = check["path"] as? String ?? ""
                let got = Self.field(parsed, path)
                let notes = check["notes"] as? [String] ?? []
                let ok: Bool
                if check["op"] as? String == "absent" {
                    ok = got == nil
                } else {
                    let want = "\(check["value"] ?? "")".trimmingCharacters(in: .whitespacesAndNewlines)
                    let have = got?.trimmingCharacters(in: .whitespacesAndNewlines)
                    ok = have == want || (have != nil && !Set(notes).isDisjoint(with: ["html-value", "html-rewritten"])
                        && HTMLCanon.tokens(have!) == HTMLCanon.tokens(want))
                }
                if ok { agreed += 1 } else { disagreements.append("\(file) \(path): \(got ?? "<missing>")") }
            }
        }
        let percent = 100 * Double(agreed) / Double(max(1, checks))
        print("conformance: checks \(agreed)/\(checks) (\(percent)%), well-formed clean \(wellFormedClean)/\(wellFormed)")
        #expect(percent >= 99, "\(disagreements.prefix(20))")
        print(disagreements.joined(separator: "\n"))
        #expect(wellFormedClean == wellFormed, "\(disagreements.prefix(20))")
    }

    /// `feed.title`, `entries[0].link`, `entries[0].categories[1]`.
    static func field(_ result: [String: Any], _ path: String) -> String? {
        var parts = path.split(separator: ".").map(String.init)
        var node: [String: Any]
        if parts.first == "feed" {
            node = result["feed"] as? [String: Any] ?? [:]
        } else {
            let index = Int(parts[0].dropFirst("entries[".count).dropLast()) ?? 0
            let entries = result["entries"] as? [[String: Any]] ?? []
            guard index < entries.count else { return nil }
            node = entries[index]
        }
        parts.removeFirst()
        var key = parts.joined(separator: ".")
        if let open = key.firstIndex(of: "[") {
            let index = Int(key[key.index(after: open)...].dropLast()) ?? 0
            key = String(key[..<open])
            let list = node[key] as? [String] ?? []
            return index < list.count ? list[index] : nil
        }
        return node[key] as? String
    }
}

/// The scorer's HTML comparison: start/end tags with sorted attributes and whitespace-collapsed text.
enum HTMLCanon {
    static let void: Set<String> = ["br", "hr", "img", "input", "meta", "link", "area", "base", "col", "embed", "source", "wbr"]

    static func tokens(_ html: String) -> [String] {
        var out: [String] = []
        var text = ""
        func flushText() {
            let collapsed = decode(text).split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
            if !collapsed.isEmpty { out.append("t:" + collapsed) }
            text = ""
        }
        var rest = Substring(html)
        while let lt = rest.firstIndex(of: "<") {
            text += rest[..<lt]
            guard let gt = tagEnd(rest, from: lt) else { text += rest[lt...]; rest = ""; break }
            let inner = rest[rest.index(after: lt)..<gt]
            rest = rest[rest.index(after: gt)...]
            flushText()
            if inner.hasPrefix("!") || inner.hasPrefix("?") { continue }
            if inner.hasPrefix("/") { 
                let name = inner.dropFirst().trimmingCharacters(in: .whitespaces).lowercased()
                if !void.contains(name) { out.append(">" + name) }
                continue
            }
            let selfClosing = inner.hasSuffix("/")
            let body = selfClosing ? inner.dropLast() : inner
            let name = String(body.prefix { !$0.isWhitespace }).lowercased()
            let attrs = attributes(String(body.dropFirst(name.count)))
            out.append("<" + name + " " + attrs.sorted().joined(separator: " "))
            if selfClosing || void.contains(name) { out.append(">" + name) }
        }
        text += rest
        flushText()
        return out
    }

    /// The `>` ending a tag; a quote opens a quoted value only right after `=` (as Python's html.parser reads it).
    private static func tagEnd(_ s: Substring, from start: Substring.Index) -> Substring.Index? {
        var quote: Character?
        var previous: Character = " "
        var i = s.index(after: start)
        while i < s.endIndex {
            let c = s[i]
            if let q = quote { if c == q { quote = nil } }
            else if (c == "\"" || c == "'") && previous == "=" { quote = c }
            else if c == ">" { return i }
            if !c.isWhitespace { previous = c }
            i = s.index(after: i)
        }
        return nil
    }

    private static func attributes(_ s: String) -> [String] {
        var result: [String] = []
        let pattern = try! NSRegularExpression(pattern: #"([^\s=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?"#)
        for m in pattern.matches(in: s, range: NSRange(s.startIndex..., in: s)) {
            let name = Range(m.range(at: 1), in: s).map { String(s[$0]).lowercased() } ?? ""
            var value = ""
            for group in 2...4 { if let r = Range(m.range(at: group), in: s) { value = String(s[r]) } }
            result.append(name + "=" + decode(value))
        }
        return result
    }

    private static func decode(_ s: String) -> String {
        guard s.contains("&") else { return s }
        var s = s
        // Numeric references, with C1 code points read as windows-1252 (HTML's rule, which html.parser follows).
        let refs = try! NSRegularExpression(pattern: "&#([0-9]+);")
        for m in refs.matches(in: s, range: NSRange(s.startIndex..., in: s)).reversed() {
            guard let r = Range(m.range, in: s), let v = UInt32(s[Range(m.range(at: 1), in: s)!]) else { continue }
            let cp1252: [UInt32: UInt32] = [145: 0x2018, 146: 0x2019, 147: 0x201C, 148: 0x201D, 150: 0x2013, 151: 0x2014]
            if let scalar = Unicode.Scalar(cp1252[v] ?? v) { s.replaceSubrange(r, with: String(Character(scalar))) }
        }
        return s.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#x2019;", with: "\u{2019}")
            .replacingOccurrences(of: "&amp;", with: "&")
    }
}
