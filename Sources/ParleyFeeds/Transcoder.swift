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
