import Glibc

/// Turns a document's bytes into UTF-8 so that everything after it (entity rewriting, libxml2) reads one encoding.
/// Bytes invalid in the detected encoding are re-read as windows-1252, as browsers and feedparser do, so that
/// undeclared Latin-1 feeds come out right instead of as U+FFFD; the document is then marked bozo.
struct Transcoder {
    struct Output {
        /// The converted document, or nil when the input (after its byte order mark) is already clean UTF-8.
        var utf8: [UInt8]?
        /// Set when the bytes were not valid in the encoding they claimed.
        var problem: String?
    }

    static func toUTF8(_ bytes: UnsafeBufferPointer<UInt8>, detected: EncodingDetector.Result) -> Output {
        let body = UnsafeBufferPointer(rebasing: bytes[detected.bomLength...])
        if detected.encoding == "UTF-8" {
            let check = UTF8Validator.validate(body)
            if let offset = check.invalidOffset {
                let what = detected.source == .none ? "no encoding declared and bytes invalid as UTF-8"
                    : "bytes invalid as UTF-8 (\(detected.source.rawValue))"
                return Output(utf8: Windows1252.decode(body),
                              problem: "\(what) at offset \(offset); read as windows-1252")
            }
            return Output(utf8: check.hasC1Controls ? Windows1252.fixingC1Controls(Array(body)) : nil, problem: nil)
        }
        if detected.encoding == "WINDOWS-1252" {
            return Output(utf8: Windows1252.decode(body), problem: nil)
        }
        switch iconvToUTF8(body, from: detected.encoding) {
        case .converted(let out):
            return Output(utf8: Windows1252.fixingC1Controls(out), problem: nil)
        case .invalid(let offset):
            return Output(utf8: Windows1252.decode(body),
                          problem: "bytes invalid as \(detected.encoding) (\(detected.source.rawValue)) at offset \(offset); read as windows-1252")
        case .unknownEncoding:
            if UTF8Validator.validate(body).invalidOffset == nil {
                return Output(utf8: nil, problem: "unknown encoding \(detected.encoding); read as UTF-8")
            }
            return Output(utf8: Windows1252.decode(body),
                          problem: "unknown encoding \(detected.encoding); read as windows-1252")
        }
    }

    private enum IconvResult { case converted([UInt8]), invalid(Int), unknownEncoding }

    private static func iconvToUTF8(_ input: UnsafeBufferPointer<UInt8>, from encoding: String) -> IconvResult {
        let cd = iconv_open("UTF-8", encoding)
        guard let cd, cd != UnsafeMutableRawPointer(bitPattern: -1) else { return .unknownEncoding }
        defer { iconv_close(cd) }
        guard let base = input.baseAddress, input.count > 0 else { return .converted([]) }
        var out = [UInt8](repeating: 0, count: input.count * 2 + 16)
        var produced = 0
        var inPtr = UnsafeMutablePointer(mutating: UnsafeRawPointer(base).assumingMemoryBound(to: CChar.self))
        var inLeft = input.count
        while inLeft > 0 {
            let (rc, written) = out.withUnsafeMutableBufferPointer { buf -> (Int, Int) in
                var outPtr: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(buf.baseAddress! + produced)
                    .assumingMemoryBound(to: CChar.self)
                var outLeft = buf.count - produced
                let before = outLeft
                var inOpt: UnsafeMutablePointer<CChar>? = inPtr
                let rc = iconv(cd, &inOpt, &inLeft, &outPtr, &outLeft)
                inPtr = inOpt!
                return (rc, before - outLeft)
            }
            produced += written
            if rc == -1 {
                switch errno {
                case E2BIG: out.append(contentsOf: repeatElement(0, count: out.count))
                case EINVAL: inLeft = 0  // truncated final sequence: drop it
                default: return .invalid(input.count - inLeft)
                }
            }
        }
        out.removeSubrange(produced...)
        return .converted(out)
    }
}

/// UTF-8 well-formedness per RFC 3629 (no overlongs, no surrogates, nothing above U+10FFFF).
enum UTF8Validator {
    struct Check {
        var invalidOffset: Int?
        /// True when a C1 control (U+0080-U+009F, bytes C2 80-C2 9F) occurs: see `Windows1252.fixingC1Controls`.
        var hasC1Controls: Bool
    }

    static func validate(_ b: UnsafeBufferPointer<UInt8>) -> Check {
        var i = 0
        let n = b.count
        var c1 = false
        guard let base = b.baseAddress else { return Check(invalidOffset: nil, hasC1Controls: false) }
        let raw = UnsafeRawPointer(base)
        while i < n {
            // ASCII fast path, eight bytes at a time.
            while i + 8 <= n, raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 { i += 8 }
            guard i < n else { break }
            let c = b[i]
            if c < 0x80 { i += 1; continue }
            let need: Int
            var lo: UInt8 = 0x80, hi: UInt8 = 0xBF
            switch c {
            case 0xC2...0xDF: need = 1
            case 0xE0: need = 2; lo = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: need = 2
            case 0xED: need = 2; hi = 0x9F
            case 0xF0: need = 3; lo = 0x90
            case 0xF1...0xF3: need = 3
            case 0xF4: need = 3; hi = 0x8F
            default: return Check(invalidOffset: i, hasC1Controls: c1)
            }
            guard i + need < n else { return Check(invalidOffset: i, hasC1Controls: c1) }
            let c1st = b[i + 1]
            if c1st < lo || c1st > hi { return Check(invalidOffset: i, hasC1Controls: c1) }
            if c == 0xC2, c1st < 0xA0 { c1 = true }
            if need >= 2, b[i + 2] & 0xC0 != 0x80 { return Check(invalidOffset: i, hasC1Controls: c1) }
            if need == 3, b[i + 3] & 0xC0 != 0x80 { return Check(invalidOffset: i, hasC1Controls: c1) }
            i += need + 1
        }
        return Check(invalidOffset: nil, hasC1Controls: c1)
    }
}

/// windows-1252 (WHATWG Encoding) to UTF-8: Latin-1 with printable characters in 0x80-0x9F.
enum Windows1252 {
    static let high: [UInt16] = [
        0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D,
        0x017D, 0x8F, 0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A,
        0x0153, 0x9D, 0x017E, 0x0178,
    ]

    /// The character windows-1252 puts at a C1 code point, for `&#146;`-style references (feedparser maps them).
    static func scalar(forC1 value: UInt32) -> UInt32 {
        guard value >= 0x80, value <= 0x9F else { return value }
        return UInt32(high[Int(value - 0x80)])
    }

    /// C1 control characters (U+0080-U+009F) in text are almost always windows-1252 bytes that were mislabelled
    /// as Latin-1 somewhere upstream; feedparser maps them to what windows-1252 means, and so does Parley.
    static func fixingC1Controls(_ utf8: [UInt8]) -> [UInt8] {
        guard let first = utf8.indices.first(where: { utf8[$0] == 0xC2 && $0 + 1 < utf8.count && utf8[$0 + 1] < 0xA0 })
        else { return utf8 }
        var out = Array(utf8[..<first])
        out.reserveCapacity(utf8.count + 16)
        var i = first
        while i < utf8.count {
            if utf8[i] == 0xC2, i + 1 < utf8.count, utf8[i + 1] >= 0x80, utf8[i + 1] < 0xA0 {
                appendUTF8(scalar(forC1: UInt32(utf8[i + 1])), to: &out)
                i += 2
            } else {
                out.append(utf8[i])
                i += 1
            }
        }
        return out
    }

    static func decode(_ b: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        var out = [UInt8]()
        out.reserveCapacity(b.count + b.count / 8)
        for c in b {
            if c < 0x80 { out.append(c); continue }
            let scalar = c < 0xA0 ? UInt32(high[Int(c - 0x80)]) : UInt32(c)
            appendUTF8(scalar, to: &out)
        }
        return out
    }

    static func appendUTF8(_ v: UInt32, to out: inout [UInt8]) {
        switch v {
        case 0..<0x80: out.append(UInt8(v))
        case 0x80..<0x800:
            out.append(UInt8(0xC0 | (v >> 6))); out.append(UInt8(0x80 | (v & 0x3F)))
        case 0x800..<0x10000:
            out.append(UInt8(0xE0 | (v >> 12))); out.append(UInt8(0x80 | ((v >> 6) & 0x3F)))
            out.append(UInt8(0x80 | (v & 0x3F)))
        default:
            out.append(UInt8(0xF0 | (v >> 18))); out.append(UInt8(0x80 | ((v >> 12) & 0x3F)))
            out.append(UInt8(0x80 | ((v >> 6) & 0x3F))); out.append(UInt8(0x80 | (v & 0x3F)))
        }
    }
}
