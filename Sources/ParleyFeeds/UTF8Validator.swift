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
