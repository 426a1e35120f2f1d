/// How a feed item is recognised as already processed: by its guid, or by a hash of its content, so an
/// item republished under a new guid with the same text is not processed twice (issue 7). Both are per feed.
public struct ItemKey: Sendable, Hashable, Codable {
    public var feedID: Int64
    /// The entry's id (RSS guid, Atom id), else its link.
    public var guid: String
    /// `ItemKey.contentHash(title:text:)` of the entry.
    public var contentHash: String

    public init(feedID: Int64, guid: String, contentHash: String) {
        self.feedID = feedID
        self.guid = guid
        self.contentHash = contentHash
    }

    /// A hash of an entry's title and text with whitespace runs collapsed, so re-serialised markup with
    /// different line breaks still matches. FNV-1a 64-bit: collisions are negligible at a feed's scale
    /// (thousands of items), it needs no crypto dependency, and it is stable across platforms and runs.
    public static func contentHash(title: String, text: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        var pendingSpace = false
        var started = false
        for byte in (title + "\n" + text).utf8 {
            if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D {
                pendingSpace = started
                continue
            }
            if pendingSpace {
                hash = (hash ^ 0x20) &* 0x0000_0100_0000_01b3
                pendingSpace = false
            }
            started = true
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
        }
        let hex = String(hash, radix: 16)
        return "fnv1a64:" + String(repeating: "0", count: 16 - hex.count) + hex
    }
}
