/// One problem `parley model check` found in a model file: how bad, where (a JSON path such as
/// `issues[3].terms[2]`; empty for the file as a whole), what, and how to fix it.
public struct ModelProblem: Sendable, Hashable, CustomStringConvertible {
    public enum Severity: String, Sendable, Hashable, Comparable {
        case error, warning
        public static func < (a: Severity, b: Severity) -> Bool { a == .error && b == .warning }
    }

    public var severity: Severity
    /// A short stable name of the kind of problem (`duplicate-id`, `common-word`...), for tests and scripts.
    public var code: String
    public var path: String
    public var message: String
    public var hint: String?

    public init(_ severity: Severity, _ code: String, at path: String, _ message: String, hint: String? = nil) {
        self.severity = severity
        self.code = code
        self.path = path
        self.message = message
        self.hint = hint
    }

    /// `error   issues[3].terms[2]: message (code)` and, indented below, `hint: ...`.
    public var description: String {
        let location = path.isEmpty ? "(file)" : path
        var line = "\(severity.rawValue.padding(toLength: 8, withPad: " ", startingAt: 0))\(location): \(message) [\(code)]"
        if let hint { line += "\n        hint: \(hint)" }
        return line
    }
}
