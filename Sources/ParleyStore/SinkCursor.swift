import Foundation

/// Where a file sink's output stood when its deliveries were last marked delivered: the file (by inode)
/// and the byte offset just past the last line written. Stored in the same transaction as the deliveries
/// it covers, so after a crash every line past the cursor is one appended but not yet recorded: the alert
/// log scans only those to recover exactly once (issue 7).
public struct SinkCursor: Sendable, Hashable, Codable {
    public var sink: String
    public var inode: UInt64
    public var offset: Int64
    public var updatedAt: Date

    enum CodingKeys: String, CodingKey {
        case sink, inode, offset
        case updatedAt = "updated_at"
    }

    public init(sink: String, inode: UInt64, offset: Int64, updatedAt: Date) {
        self.sink = sink
        self.inode = inode
        self.offset = offset
        self.updatedAt = updatedAt
    }
}
