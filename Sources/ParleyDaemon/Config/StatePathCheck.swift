import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Whether the daemon can use the paths a config names for its own files: the state directory (and the
/// database in it) and the alert log (and its directory). Each must exist and be writable, or be creatable
/// (its nearest existing ancestor a writable directory). Writability is probed by creating and removing a
/// file, not with `access(2)`, which answers yes to root on a read-only or pseudo filesystem. Nothing else is
/// created, so `check-config` can run it on a machine it must not change.
public enum StatePathCheck {
    /// Every problem with `config`'s paths, one sentence each; empty when they are usable.
    public static func problems(_ config: DaemonConfig) -> [String] {
        var problems: [String] = []
        if let problem = directoryProblem(config.stateDirectory, role: "state_directory") {
            problems.append(problem)
        } else if let problem = databaseProblem(config.databasePath) {
            problems.append(problem)
        }
        let logDirectory = (config.alertLog as NSString).deletingLastPathComponent
        if let problem = directoryProblem(logDirectory, role: "alert_log directory") {
            problems.append(problem)
        } else if let problem = logFileProblem(config.alertLog) {
            problems.append(problem)
        }
        return problems
    }

    static func directoryProblem(_ path: String, role: String) -> String? {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else { return "\(role) \(path) is not a directory" }
            return probe(path).map { "\(role) \(path) is not writable: \($0)" }
        }
        var ancestor = (path as NSString).deletingLastPathComponent
        while !ancestor.isEmpty, ancestor != "/", !FileManager.default.fileExists(atPath: ancestor) {
            ancestor = (ancestor as NSString).deletingLastPathComponent
        }
        if ancestor.isEmpty { ancestor = "." }
        guard FileManager.default.fileExists(atPath: ancestor, isDirectory: &isDirectory), isDirectory.boolValue else {
            return "\(role) \(path) cannot be created: \(ancestor) is not a directory"
        }
        return probe(ancestor).map { "\(role) \(path) cannot be created in \(ancestor): \($0)" }
    }

    /// The database, when it exists: a regular file, readable and writable, starting like an SQLite database.
    static func databaseProblem(_ path: String) -> String? {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return nil }
        if isDirectory.boolValue { return "state database \(path) is a directory" }
        let fd = open(path, O_RDWR | O_CLOEXEC)
        guard fd >= 0 else { return "state database \(path) cannot be opened for writing: \(errorText())" }
        defer { close(fd) }
        var header = [UInt8](repeating: 0, count: 16)
        let count = read(fd, &header, 16)
        if count > 0, header != Array("SQLite format 3\0".utf8) {
            return "state database \(path) is not an SQLite database (corrupt, or another file)"
        }
        return nil
    }

    /// The alert log, when it exists: a regular file that can be appended to (opened, not written).
    static func logFileProblem(_ path: String) -> String? {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return nil }
        if isDirectory.boolValue { return "alert_log \(path) is a directory" }
        let fd = open(path, O_WRONLY | O_APPEND | O_CLOEXEC)
        guard fd >= 0 else { return "alert_log \(path) cannot be opened for appending: \(errorText())" }
        close(fd)
        return nil
    }

    /// Creates and removes a uniquely named file in `directory`; returns why it could not, or nil.
    static func probe(_ directory: String) -> String? {
        let path = (directory as NSString).appendingPathComponent(".parley-write-check-\(getpid())-\(UUID().uuidString)")
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard fd >= 0 else { return errorText() }
        close(fd)
        unlink(path)
        return nil
    }

    private static func errorText() -> String { String(cString: strerror(errno)) }
}
