import Foundation
import ParleyStore

/// Finds, after a crash, which alerts the log already holds although their deliveries are still pending:
/// lines appended and fsynced but not yet recorded in the outbox (issue 7: never a duplicate line).
///
/// The sink's cursor (inode and offset, stored with the deliveries it covers) bounds the search to the
/// lines written since the last recorded batch: from the cursor's offset in the file with the cursor's
/// inode (the current log, or the rotated one if logrotate moved it meanwhile), plus the whole current
/// file when it is a new one. Without a cursor (first start) the whole current file is read.
enum AlertLogRecovery {
    /// Cuts a torn last line (a write interrupted by power loss) so `jq` and `tail -f` never see half a
    /// record; its delivery is still pending, so the whole line is written again.
    static func repairTornTail(path: String) throws {
        guard let handle = FileHandle(forUpdatingAtPath: path) else { return }
        defer { try? handle.close() }
        let size = try handle.seekToEnd()
        guard size > 0 else { return }
        var end = size
        let chunk: UInt64 = 64 * 1024
        while end > 0 {
            let start = end > chunk ? end - chunk : 0
            try handle.seek(toOffset: start)
            let bytes = try handle.read(upToCount: Int(end - start)) ?? Data()
            if end == size, bytes.last == UInt8(ascii: "\n") { return }
            if let newline = bytes.lastIndex(of: UInt8(ascii: "\n")) {
                try handle.truncate(atOffset: start + UInt64(newline - bytes.startIndex) + 1)
                return
            }
            end = start
        }
        try handle.truncate(atOffset: 0)
    }

    /// Alert ids on the lines written since `cursor`.
    static func idsWritten(path: String, since cursor: SinkCursor?) throws -> Set<String> {
        let current = inode(of: path)
        guard let cursor else { return current == nil ? [] : try ids(in: path, from: 0) }
        var found: Set<String> = []
        if let current, current.inode == cursor.inode {
            // A file copied and truncated in place (copytruncate) is shorter than the cursor: read it all.
            return try ids(in: path, from: current.size >= cursor.offset ? cursor.offset : 0)
        }
        if let rotated = rotatedFile(of: path, inode: cursor.inode) {
            found.formUnion(try ids(in: rotated, from: cursor.offset))
        }
        if current != nil {
            found.formUnion(try ids(in: path, from: 0))
        }
        return found
    }

    /// The `id` of each complete JSON line from `offset` on.
    static func ids(in path: String, from offset: Int64) throws -> Set<String> {
        guard let handle = FileHandle(forReadingAtPath: path) else { return [] }
        defer { try? handle.close() }
        try handle.seek(toOffset: UInt64(max(0, offset)))
        var found: Set<String> = []
        var pending = Data()
        let decoder = JSONDecoder()
        while let chunk = try handle.read(upToCount: 1 << 20), !chunk.isEmpty {
            pending.append(chunk)
            while let newline = pending.firstIndex(of: UInt8(ascii: "\n")) {
                let line = pending[pending.startIndex..<newline]
                if let record = try? decoder.decode(LineID.self, from: line) {
                    found.insert(record.id)
                }
                pending.removeSubrange(pending.startIndex...newline)
            }
        }
        return found
    }

    private struct LineID: Decodable {
        var id: String
    }

    static func inode(of path: String) -> (inode: UInt64, size: Int64)? {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        return (UInt64(status.st_ino), Int64(status.st_size))
    }

    /// The file beside the log that has the cursor's inode: where logrotate renamed it (`alerts.jsonl.1`,
    /// a dated name, ...). Compressed rotations have a new inode and are not found; by then their lines were
    /// recorded long ago (logrotate's `delaycompress`).
    private static func rotatedFile(of path: String, inode: UInt64) -> String? {
        let directory = (path as NSString).deletingLastPathComponent
        let base = (path as NSString).lastPathComponent
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.isEmpty ? "." : directory)) ?? []
        for name in names where name != base && name.hasPrefix(base) {
            let candidate = (directory as NSString).appendingPathComponent(name)
            if let found = Self.inode(of: candidate), found.inode == inode {
                return candidate
            }
        }
        return nil
    }
}
