/// Decides which character encoding a document's bytes are in, following XML 1.0 appendix F and RFC 7303 §3:
/// a byte order mark wins, then the charset the HTTP response declared, then the XML declaration, then UTF-8.
struct EncodingDetector {
    enum Source: String { case byteOrderMark = "byte order mark", http = "HTTP charset", declaration = "XML declaration", none = "default" }

    struct Result {
        /// Encoding name as iconv knows it (upper case), e.g. "UTF-8", "UTF-16LE", "WINDOWS-1251".
        var encoding: String
        var source: Source
        /// Bytes of the byte order mark to skip.
        var bomLength: Int
    }

    static func detect(_ bytes: UnsafeBufferPointer<UInt8>, httpCharset: String?) -> Result {
        if let bom = byteOrderMark(bytes) { return bom }
        if let charset = httpCharset.flatMap(normalise), !charset.isEmpty {
            return Result(encoding: charset, source: .http, bomLength: 0)
        }
        // UTF-16 without a BOM still starts with "<?" in two-byte units (XML 1.0 appendix F.1).
        if bytes.count >= 4 {
            if bytes[0] == 0, bytes[1] == 0x3C, bytes[2] == 0, bytes[3] == 0x3F {
                return Result(encoding: "UTF-16BE", source: .declaration, bomLength: 0)
            }
            if bytes[0] == 0x3C, bytes[1] == 0, bytes[2] == 0x3F, bytes[3] == 0 {
                return Result(encoding: "UTF-16LE", source: .declaration, bomLength: 0)
            }
        }
        if let declared = declaredEncoding(bytes).flatMap(normalise) {
            return Result(encoding: declared, source: .declaration, bomLength: 0)
        }
        return Result(encoding: "UTF-8", source: .none, bomLength: 0)
    }

    private static func byteOrderMark(_ b: UnsafeBufferPointer<UInt8>) -> Result? {
        if b.count >= 4, b[0] == 0, b[1] == 0, b[2] == 0xFE, b[3] == 0xFF {
            return Result(encoding: "UTF-32BE", source: .byteOrderMark, bomLength: 4)
        }
        if b.count >= 4, b[0] == 0xFF, b[1] == 0xFE, b[2] == 0, b[3] == 0 {
            return Result(encoding: "UTF-32LE", source: .byteOrderMark, bomLength: 4)
        }
        if b.count >= 3, b[0] == 0xEF, b[1] == 0xBB, b[2] == 0xBF {
            return Result(encoding: "UTF-8", source: .byteOrderMark, bomLength: 3)
        }
        if b.count >= 2, b[0] == 0xFE, b[1] == 0xFF {
            return Result(encoding: "UTF-16BE", source: .byteOrderMark, bomLength: 2)
        }
        if b.count >= 2, b[0] == 0xFF, b[1] == 0xFE {
            return Result(encoding: "UTF-16LE", source: .byteOrderMark, bomLength: 2)
        }
        return nil
    }

    /// The `encoding="..."` pseudo-attribute of an XML declaration near the start (leading blank lines allowed,
    /// as real feeds have them).
    static func declaredEncoding(_ b: UnsafeBufferPointer<UInt8>) -> String? {
        var i = 0
        while i < b.count, i < 1024, isSpace(b[i]) { i += 1 }
        guard i + 5 < b.count, b[i] == 0x3C, b[i + 1] == 0x3F, b[i + 2] | 0x20 == 0x78, b[i + 3] | 0x20 == 0x6D,
              b[i + 4] | 0x20 == 0x6C else { return nil }
        let end = min(b.count, i + 512)
        var j = i + 5
        while j < end, b[j] != 0x3E {
            // look for "encoding"
            if b[j] == 0x65, j + 8 < end, matches(b, at: j, "encoding") {
                var k = j + 8
                while k < end, isSpace(b[k]) { k += 1 }
                guard k < end, b[k] == 0x3D else { return nil }
                k += 1
                while k < end, isSpace(b[k]) { k += 1 }
                guard k < end, b[k] == 0x22 || b[k] == 0x27 else { return nil }
                let quote = b[k]
                let start = k + 1
                var stop = start
                while stop < end, b[stop] != quote, b[stop] != 0x3E { stop += 1 }
                return String(decoding: UnsafeBufferPointer(rebasing: b[start..<stop]), as: UTF8.self)
            }
            j += 1
        }
        return nil
    }

    private static func matches(_ b: UnsafeBufferPointer<UInt8>, at i: Int, _ word: StaticString) -> Bool {
        let count = word.utf8CodeUnitCount
        guard i + count <= b.count else { return false }
        let w = word.utf8Start
        for k in 0..<count where b[i + k] != w[k] { return false }
        return true
    }

    static func isSpace(_ c: UInt8) -> Bool { c == 0x20 || c == 0x0A || c == 0x0D || c == 0x09 }

    /// Upper-cases and maps the labels real feeds use to names glibc's iconv accepts.
    static func normalise(_ name: String) -> String? {
        let trimmed = name.trimmingSpaces().uppercased()
        guard !trimmed.isEmpty, trimmed.utf8.allSatisfy({ $0 > 0x20 && $0 < 0x7F }) else { return nil }
        switch trimmed {
        case "UTF8", "UNICODE-1-1-UTF-8": return "UTF-8"
        case "LATIN1", "LATIN-1", "ISO8859-1", "ISO_8859-1", "ISO-8859-1", "US-ASCII", "ASCII":
            // WHATWG Encoding: these labels mean windows-1252, which agrees with Latin-1 on every byte Latin-1
            // defines as printable and gives real characters for 0x80-0x9F.
            return "WINDOWS-1252"
        case "GB2312", "GBK", "X-GBK", "CP936": return "GB18030"
        case "KS_C_5601-1987", "EUC_KR", "KOREAN": return "EUC-KR"
        case "UTF-16": return "UTF-16"
        case "UNICODE": return "UTF-16"
        default: return trimmed
        }
    }
}
