import Glibc

/// memchr-based searches over a byte buffer: the preparation passes skip to the bytes that matter at libc speed.
/// Each returns the index found, or `b.count` when there is none.
enum ByteSearch {
    static func find(_ b: UnsafeBufferPointer<UInt8>, from: Int, _ byte: UInt8) -> Int {
        guard from < b.count, let base = b.baseAddress else { return b.count }
        guard let hit = memchr(base + from, Int32(byte), b.count - from) else { return b.count }
        return UnsafeRawPointer(hit) - UnsafeRawPointer(base)
    }

    /// Finds `word` by scanning for its first byte that is not `<` or `>` (those occur at every tag; `!`, `?`, `]`
    /// and `-` are rare in markup), then comparing the rest.
    static func find(_ b: UnsafeBufferPointer<UInt8>, from: Int, _ word: StaticString) -> Int {
        let w = word.utf8Start
        let length = word.utf8CodeUnitCount
        var anchor = 0
        while anchor < length - 1, w[anchor] == 0x3C || w[anchor] == 0x3E { anchor += 1 }
        var i = from + anchor
        while true {
            let hit = find(b, from: i, w[anchor])
            guard hit < b.count else { return b.count }
            let start = hit - anchor
            if start + length <= b.count, DoctypeSubset.starts(b, start, word) { return start }
            i = hit + 1
        }
    }
}
