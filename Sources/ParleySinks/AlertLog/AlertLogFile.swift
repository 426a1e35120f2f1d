import Foundation

/// The alert log's open file: appends whole lines with `O_APPEND` and makes them durable with `fsync`
/// before the outbox is told, and notices logrotate. logrotate renames the file (or an operator moves or
/// deletes it): the descriptor then still points at the old inode, so before each batch the path's inode
/// is compared with the descriptor's and the file reopened when they differ (SIGHUP asks for the same).
/// Not thread-safe: owned by one `AlertLogSink` actor.
final class AlertLogFile {
    let path: String
    private var descriptor: Int32 = -1
    private(set) var inode: UInt64 = 0

    init(path: String) {
        self.path = path
    }

    deinit {
        close()
    }

    /// Opens the file if it is not open, or reopens it if the path now names another file or none.
    func ensureCurrent() throws {
        if descriptor >= 0 {
            var status = stat()
            if stat(path, &status) == 0, UInt64(status.st_ino) == inode {
                return
            }
            close()
        }
        try open()
    }

    /// Closes the file so the next write opens the path afresh.
    func close() {
        if descriptor >= 0 {
            _ = Glibc.close(descriptor)
            descriptor = -1
        }
    }

    /// Appends `bytes` (whole lines) and returns the file's size after them. `O_APPEND` makes each write land
    /// at the end even if something else appended meanwhile.
    func append(_ bytes: Data) throws -> Int64 {
        try ensureCurrent()
        try bytes.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) in
            var offset = 0
            while offset < buffer.count {
                let written = write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    throw SinkError.logFile(path, "write to", errno: errno)
                }
                offset += written
            }
        }
        return try size()
    }

    /// Flushes appended lines to the disk (fsync(2)): only then may their deliveries be marked delivered.
    func sync() throws {
        guard descriptor >= 0 else { return }
        guard fsync(descriptor) == 0 else { throw SinkError.logFile(path, "fsync", errno: errno) }
    }

    func size() throws -> Int64 {
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw SinkError.logFile(path, "stat", errno: errno) }
        return Int64(status.st_size)
    }

    private func open() throws {
        // The directory may not exist yet (a first run with a fresh path); systemd's LogsDirectory makes it.
        let directory = (path as NSString).deletingLastPathComponent
        if !directory.isEmpty {
            try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        }
        let fd = Glibc.open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o640)
        guard fd >= 0 else { throw SinkError.logFile(path, "open", errno: errno) }
        var status = stat()
        guard fstat(fd, &status) == 0 else {
            let code = errno
            _ = Glibc.close(fd)
            throw SinkError.logFile(path, "stat", errno: code)
        }
        descriptor = fd
        inode = UInt64(status.st_ino)
        // A new file's directory entry must be durable too, or a crash could lose the file with its lines.
        if status.st_size == 0 {
            Self.syncDirectory(of: path)
        }
    }

    private static func syncDirectory(of path: String) {
        let directory = (path as NSString).deletingLastPathComponent
        let fd = Glibc.open(directory.isEmpty ? "." : directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { return }
        _ = fsync(fd)
        _ = Glibc.close(fd)
    }
}
