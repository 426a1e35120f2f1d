import Foundation
import Logging
import Yams

/// Builds a `DaemonConfig` from the document's root node, section by section, recording every problem in
/// `reader`. Returns nil when a required part is unusable; callers still report every collected problem.
struct ConfigBuilder {
    var reader: ConfigReader
    let base: URL
    /// The `model` value node, so a later model check can point at it.
    private(set) var modelNode: Node?

    init(reader: ConfigReader, base: URL) {
        self.reader = reader
        self.base = base
    }

    static let topKeys = ["model", "state_directory", "alert_log", "log_level", "alert_backlog", "limits", "feeds",
                          "sinks", "metrics", "feed_health"]

    mutating func build(root: Node, file: String) -> DaemonConfig? {
        guard let top = reader.mapping(root, "", allowed: Self.topKeys) else { return nil }
        var config = DaemonConfig(file: file, modelFile: "", stateDirectory: "/var/lib/parley",
                                  alertLog: "/var/log/parley/alerts.jsonl")
        var usable = true

        if let entry = top["model"] {
            modelNode = entry.value
            if let path = reader.string(entry), let resolved = existingFile(path, entry) {
                config.modelFile = resolved
            } else {
                usable = false
            }
        } else {
            reader.problem(root, "model", "required: the negotiation model file (JSON), e.g. "
                           + "/etc/parley/russia-ukraine.model.json")
            usable = false
        }
        if let entry = top["state_directory"] {
            if let path = reader.string(entry).map(resolve) {
                config.stateDirectory = path
                checkDirectory(path, entry, mayBeCreated: true)
            }
        }
        if let entry = top["alert_log"] {
            if let path = reader.string(entry).map(resolve) {
                config.alertLog = path
                checkLogPath(path, entry)
            }
        }
        if let entry = top["log_level"], let text = reader.string(entry) {
            if let level = Logger.Level(rawValue: text.lowercased()) {
                config.logLevel = level
            } else {
                let levels = Logger.Level.allCases.map(\.rawValue).joined(separator: ", ")
                reader.problem(entry.value, entry.path, "unknown log level '\(text)'; use one of \(levels)")
            }
        }
        if let entry = top["alert_backlog"] {
            if entry.value.scalar?.string.lowercased() == "all" {
                config.alertBacklog = nil
            } else if let backlog = reader.duration(entry) {
                config.alertBacklog = backlog
            }
        }
        if let entry = top["limits"] {
            config.limits = readLimits(entry)
        }
        if let entry = top["feeds"] {
            config.feeds = readFeeds(entry, limits: config.limits)
        } else {
            reader.problem(root, "feeds", "required: a list of feeds to poll (each with a url)")
        }
        if let entry = top["sinks"] {
            (config.webhooks, config.webhookRetry) = readSinks(entry)
        }
        if let entry = top["feed_health"] {
            config.feedHealth = readFeedHealth(entry)
        }
        if let entry = top["metrics"] {
            config.metrics = readMetrics(entry)
        }
        return usable ? config : nil
    }

    // MARK: - Paths

    func resolve(_ path: String) -> String {
        let expanded = (path as NSString).expandingTildeInPath
        if expanded.hasPrefix("/") { return URL(fileURLWithPath: expanded).standardizedFileURL.path }
        return base.appendingPathComponent(expanded).standardizedFileURL.path
    }

    private mutating func existingFile(_ path: String, _ entry: ConfigReader.Entry) -> String? {
        let resolved = resolve(path)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: resolved, isDirectory: &isDirectory) else {
            reader.problem(entry.value, entry.path, "file not found: \(resolved)")
            return nil
        }
        guard !isDirectory.boolValue, FileManager.default.isReadableFile(atPath: resolved) else {
            reader.problem(entry.value, entry.path, "not a readable file: \(resolved)")
            return nil
        }
        return resolved
    }

    private mutating func checkDirectory(_ path: String, _ entry: ConfigReader.Entry, mayBeCreated: Bool) {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
            if !isDirectory.boolValue { reader.problem(entry.value, entry.path, "not a directory: \(path)") }
            return
        }
        let parent = (path as NSString).deletingLastPathComponent
        if !mayBeCreated || !FileManager.default.fileExists(atPath: parent) {
            reader.problem(entry.value, entry.path, "directory does not exist and cannot be created: \(path)")
        }
    }

    /// The log's directory must exist or be creatable (systemd's LogsDirectory= creates it only at start).
    private mutating func checkLogPath(_ path: String, _ entry: ConfigReader.Entry) {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            reader.problem(entry.value, entry.path, "is a directory; give the log file's path: \(path)")
            return
        }
        let parent = (path as NSString).deletingLastPathComponent
        if FileManager.default.fileExists(atPath: parent, isDirectory: &isDirectory) {
            if !isDirectory.boolValue { reader.problem(entry.value, entry.path, "not a directory: \(parent)") }
            return
        }
        let grandparent = (parent as NSString).deletingLastPathComponent
        if !FileManager.default.fileExists(atPath: grandparent) {
            reader.problem(entry.value, entry.path,
                           "directory of the alert log does not exist and cannot be created: \(parent)")
        }
    }
}
