import Foundation

/// A linear pre-scan of JSON bytes for how deeply arrays and objects nest, so hostile nesting is refused with a
/// clear error before a recursive decoder sees it. Brackets inside strings are text; no other validation is done.
public enum JSONNestingScan {
    /// Largest JSON input a loader reads (a model, the language file, a weights file): the seed model is about
    /// 100 KB and each version adds a little history.
    public static let maxBytes = 64 << 20
    /// Deepest nesting a loader reads: their schemas nest four levels.
    public static let maxDepth = 64

    /// Throws `invalidModel` naming the limit when `data` is larger or nests deeper than the loaders read;
    /// `what` names the input ("model", "language file").
    public static func check(_ data: Data, what: String) throws {
        guard data.count <= maxBytes else {
            throw CoreError.invalidModel(reason: "\(what): \(data.count) bytes; at most \(maxBytes) bytes are read")
        }
        if let offset = firstExcess(in: data, limit: maxDepth) {
            throw CoreError.invalidModel(reason: "\(what): nested deeper than \(maxDepth) levels (the limit) at byte \(offset)")
        }
    }

    /// Byte offset of the first bracket that opens a level deeper than `limit`, or nil.
    public static func firstExcess(in data: Data, limit: Int) -> Int? {
        data.withUnsafeBytes { raw -> Int? in
            let b = raw.bindMemory(to: UInt8.self)
            var depth = 0
            var inString = false
            var i = 0
            while i < b.count {
                let c = b[i]
                if inString {
                    if c == 0x5C { i += 2; continue }  // an escape: skip the escaped byte
                    if c == 0x22 { inString = false }
                } else if c == 0x22 {
                    inString = true
                } else if c == 0x5B || c == 0x7B {
                    depth += 1
                    if depth > limit { return i }
                } else if c == 0x5D || c == 0x7D {
                    depth = max(0, depth - 1)
                }
                i += 1
            }
            return nil
        }
    }
}
