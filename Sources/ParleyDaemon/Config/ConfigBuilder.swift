import Foundation
import Logging
import Yams

/// Builds a `DaemonConfig` from the document's root node, section by section, recording every problem in
/// `reader`. Returns nil when a required part is unusable; callers still report every collected problem.
struct ConfigBuilder {
    var reader: ConfigReader
    let base: URL
    /// Each model file found (resolved path) with its value node and config path, so a later model check can
    /// point at it.
    private(set) var modelNodes: [(file: String, node: Node, path: String)] = []
    /// Whether every model entry named a file found (so the model ids known are all of them).
    private(set) var modelsComplete = false
    /// Each webhook's `negotiations` entries (index in `webhooks`, id, node), checked against the models' ids.
    var webhookNegotiations: [(webhook: Int, id: String, node: Node, path: String)] = []

    init(reader: ConfigReader, base: URL) {
        self.reader = reader
        self.base = base
    }

    static let topKeys = ["model", "models", "state_directory", "alert_log", "log_level", "alert_backlog", "limits",
                          "feeds", "sinks", "metrics", "feed_health"]

    mutating func build(root: Node, file: String) -> DaemonConfig? {
        guard let top = reader.mapping(root, "", allowed: Self.topKeys) else { return nil }
        var config = DaemonConfig(file: file, modelFiles: [], stateDirectory: "/var/lib/parley",
                                  alertLog: "/var/log/parley/alerts.jsonl")
        let usable = readModels(top, root: root, into: &config)
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

    // MARK: - Models

    /// `model: FILE` (one negotiation) or `models: [FILE, ...]` (several), never both; every file must exist.
    private mutating func readModels(_ top: [String: ConfigReader.Entry], root: Node,
                                     into config: inout DaemonConfig) -> Bool {
        switch (top["model"], top["models"]) {
        case (nil, nil):
            reader.problem(root, "models", "required: the negotiation model files (JSON) to follow, e.g. "
                           + "models: [/etc/parley/russia-ukraine.model.json] (or model: FILE for one)")
            return false
        case (let one?, let many?):
            reader.problem(many.key, many.path, "give either model (one file) or models (a list), not both; "
                           + "model: is at line \((one.key.mark?.line).map(String.init) ?? "?")")
            return false
        case (let one?, nil):
            guard let path = reader.string(one), let resolved = existingFile(path, one) else { return false }
            modelNodes.append((resolved, one.value, one.path))
            config.modelFiles = [resolved]
            modelsComplete = true
            return true
        case (nil, let many?):
            guard let sequence = many.value.sequence else {
                reader.problem(many.value, many.path, "expected a list of model files, found "
                               + reader.kind(of: many.value))
                return false
            }
            if sequence.isEmpty {
                reader.problem(many.value, many.path, "no models: list at least one model file")
                return false
            }
            var usable = true
            var seen: [String: String] = [:]
            for (index, node) in sequence.enumerated() {
                let entry = ConfigReader.Entry(key: many.key, value: node, path: "\(many.path)[\(index)]")
                guard let path = reader.string(entry), let resolved = existingFile(path, entry) else {
                    usable = false
                    continue
                }
                if let first = seen[resolved] {
                    reader.problem(node, entry.path, "duplicate model file: same file as \(first)")
                    continue
                }
                seen[resolved] = entry.path
                modelNodes.append((resolved, node, entry.path))
                config.modelFiles.append(resolved)
            }
            modelsComplete = usable
            return usable
        }
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
