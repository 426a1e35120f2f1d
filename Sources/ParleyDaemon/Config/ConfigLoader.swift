import Foundation
import Logging
import Yams

/// Reads and validates a YAML config file into a `DaemonConfig`, or throws a `DaemonError` listing EVERY
/// problem with its `line:column` (docs/configuration.md is the reference). Relative paths in the file are
/// resolved against the file's own directory, so a config and its model can travel together.
public struct ConfigLoader: Sendable {
    /// Checks a model file beyond "exists and is readable" (e.g. that it decodes): its negotiation id, or a
    /// problem. With a check, the loader also refuses two files of one negotiation and webhook `negotiations`
    /// naming no model; without one (tools that only need the paths), those are not checked.
    public typealias ModelCheck = @Sendable (_ path: String) -> ModelCheckResult

    public enum ModelCheckResult: Sendable, Equatable {
        /// The file is usable; its negotiation id.
        case negotiation(String)
        case problem(String)
    }

    private let modelCheck: ModelCheck?

    public init(modelCheck: ModelCheck? = nil) {
        self.modelCheck = modelCheck
    }

    public func load(file path: String) throws(DaemonError) -> DaemonConfig {
        let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
        let text: String
        do {
            text = try String(contentsOfFile: absolute, encoding: .utf8)
        } catch {
            throw .unreadable(file: path, reason: (error as NSError).localizedDescription)
        }
        return try parse(text, file: absolute)
    }

    /// Validates config text; `file` names it in problems and anchors relative paths.
    public func parse(_ text: String, file: String) throws(DaemonError) -> DaemonConfig {
        var reader = ConfigReader(file: file)
        if let problem = Self.boundsProblem(text, file: file) {
            throw DaemonError.invalidConfig(file: file, problems: [problem])
        }
        let root: Node
        do {
            guard let node = try Yams.compose(yaml: text) else {
                throw DaemonError.invalidConfig(file: file, problems: [
                    ConfigProblem(file: file, line: 1, column: 1, path: "", message: "the file is empty"),
                ])
            }
            root = node
        } catch let error as DaemonError {
            throw error
        } catch let error as YamlError {
            throw DaemonError.invalidConfig(file: file, problems: [Self.problem(from: error, file: file)])
        } catch {
            throw DaemonError.invalidConfig(file: file, problems: [
                ConfigProblem(file: file, line: nil, column: nil, path: "", message: "not YAML: \(error)"),
            ])
        }
        let base = URL(fileURLWithPath: file).deletingLastPathComponent()
        var builder = ConfigBuilder(reader: reader, base: base)
        let config = builder.build(root: root, file: file)
        reader = builder.reader
        if let modelCheck {
            checkModels(builder: builder, check: modelCheck, reader: &reader)
        }
        guard reader.problems.isEmpty, let config else {
            // File order, so the list reads top to bottom like the file.
            let sorted = reader.problems.enumerated().sorted { a, b in
                let left = (a.element.line ?? 0, a.element.column ?? 0, a.offset)
                let right = (b.element.line ?? 0, b.element.column ?? 0, b.offset)
                return left < right
            }.map(\.element)
            throw DaemonError.invalidConfig(file: file, problems: sorted)
        }
        return config
    }

    /// Runs the model check on every model file; refuses two files of one negotiation and webhook
    /// subscriptions to a negotiation no model file holds.
    private func checkModels(builder: ConfigBuilder, check: ModelCheck, reader: inout ConfigReader) {
        var ids: [String: String] = [:]
        var known: [String] = []
        var usable = builder.modelsComplete
        for place in builder.modelNodes {
            switch check(place.file) {
            case .problem(let problem):
                reader.problem(place.node, place.path, problem)
                usable = false
            case .negotiation(let id):
                if let first = ids[id] {
                    reader.problem(place.node, place.path, "negotiation '\(id)' is also the one of \(first); "
                                   + "each model file must follow its own negotiation (its \"id\")")
                    continue
                }
                ids[id] = place.path
                known.append(id)
            }
        }
        // A model that could not be read might be the one a webhook names.
        guard usable else { return }
        for subscription in builder.webhookNegotiations where ids[subscription.id] == nil {
            reader.problem(subscription.node, subscription.path,
                           "unknown negotiation '\(subscription.id)': the models followed are "
                           + known.map { "'\($0)'" }.joined(separator: ", "))
        }
    }

    /// Largest config file read (far above any real one: ten thousand feeds take about 1 MB).
    static let maxConfigBytes = 4 << 20

    /// Size and nesting, checked before Yams (which composes recursively) sees the text.
    static func boundsProblem(_ text: String, file: String) -> ConfigProblem? {
        let size = text.utf8.count
        if size > maxConfigBytes {
            return ConfigProblem(file: file, line: nil, column: nil, path: "",
                                 message: "the file is \(size) bytes; a config may be at most \(maxConfigBytes) bytes")
        }
        if let excess = YAMLNestingScan.firstExcess(in: text) {
            return ConfigProblem(file: file, line: excess.line, column: excess.column, path: "",
                                 message: "nested deeper than \(YAMLNestingScan.maxDepth) levels (the limit); "
                                     + "a config needs five at most")
        }
        return nil
    }

    private static func problem(from error: YamlError, file: String) -> ConfigProblem {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
             .composer(_, let problem, let mark, _):
            return ConfigProblem(file: file, line: mark.line, column: mark.column, path: "",
                                 message: "YAML syntax: \(problem)")
        default:
            return ConfigProblem(file: file, line: nil, column: nil, path: "", message: "YAML: \(error)")
        }
    }
}
