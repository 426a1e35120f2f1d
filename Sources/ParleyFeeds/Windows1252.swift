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
