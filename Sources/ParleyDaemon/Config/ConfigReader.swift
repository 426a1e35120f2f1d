import Foundation
import Yams

/// Walks a composed YAML node tree, converting values and collecting every problem with its `line:column`
/// (from Yams marks) instead of stopping at the first one.
struct ConfigReader {
    let file: String
    private(set) var problems: [ConfigProblem] = []

    init(file: String) {
        self.file = file
    }

    mutating func problem(_ node: Node?, _ path: String, _ message: String) {
        problems.append(ConfigProblem(file: file, line: node?.mark?.line, column: node?.mark?.column,
                                      path: path, message: message))
    }

    /// The entries of a mapping keyed by their string key, reporting unknown and duplicated keys.
    mutating func mapping(_ node: Node, _ path: String, allowed: [String]) -> [String: Entry]? {
        guard let mapping = node.mapping else {
            problem(node, path, "expected a mapping (key: value lines), found \(kind(of: node))")
            return nil
        }
        var entries: [String: Entry] = [:]
        for (keyNode, valueNode) in mapping {
            guard let key = keyNode.scalar?.string else {
                problem(keyNode, path, "keys must be plain words")
                continue
            }
            let childPath = path.isEmpty ? key : "\(path).\(key)"
            if entries[key] != nil {
                problem(keyNode, childPath, "duplicate key '\(key)'")
                continue
            }
            guard allowed.contains(key) else {
                let suggestion = Self.closest(to: key, in: allowed)
                let hint = suggestion.map { "; did you mean '\($0)'?" }
                    ?? "; known keys: \(allowed.joined(separator: ", "))"
                problem(keyNode, childPath, "unknown key '\(key)'\(hint)")
                continue
            }
            entries[key] = Entry(key: keyNode, value: valueNode, path: childPath)
        }
        return entries
    }

    mutating func string(_ entry: Entry) -> String? {
        guard let scalar = entry.value.scalar, entry.value.null == nil else {
            problem(entry.value, entry.path, "expected a text value, found \(kind(of: entry.value))")
            return nil
        }
        let text = scalar.string.trimmingCharacters(in: .whitespaces)
        guard !text.isEmpty else {
            problem(entry.value, entry.path, "must not be empty")
            return nil
        }
        return text
    }

    mutating func int(_ entry: Entry, range: ClosedRange<Int>) -> Int? {
        guard let scalar = entry.value.scalar, let value = Int(scalar.string) else {
            problem(entry.value, entry.path, "expected a whole number, found \(kind(of: entry.value))")
            return nil
        }
        guard range.contains(value) else {
            problem(entry.value, entry.path, "\(value) is outside \(range.lowerBound)...\(range.upperBound)")
            return nil
        }
        return value
    }

    mutating func bool(_ entry: Entry) -> Bool? {
        guard let value = entry.value.bool else {
            problem(entry.value, entry.path, "expected true or false, found \(kind(of: entry.value))")
            return nil
        }
        return value
    }

    mutating func duration(_ entry: Entry) -> Duration? {
        let reading = entry.value.scalar.map { ConfigValues.readDuration($0.string) } ?? .malformed
        let value: Duration
        switch reading {
        case .duration(let duration):
            value = duration
        case .outOfRange:
            problem(entry.value, entry.path,
                    "\(kind(of: entry.value)) is outside the accepted range \(ConfigValues.durationRange)")
            return nil
        case .malformed:
            problem(entry.value, entry.path, "expected a duration such as 30s, 15m, 2h or 1h30m (accepted range "
                    + "\(ConfigValues.durationRange)), found \(kind(of: entry.value))")
            return nil
        }
        guard value > .zero else {
            problem(entry.value, entry.path, "must be longer than zero")
            return nil
        }
        return value
    }

    mutating func byteSize(_ entry: Entry) -> Int? {
        guard let scalar = entry.value.scalar, let value = ConfigValues.byteSize(scalar.string), value > 0 else {
            problem(entry.value, entry.path, "expected a size such as 10MB, 512KB or a number of bytes (accepted "
                    + "range \(ConfigValues.byteSizeRange)), found \(kind(of: entry.value))")
            return nil
        }
        return value
    }

    mutating func stringList(_ entry: Entry) -> [String]? {
        if let scalar = entry.value.scalar, entry.value.null == nil {
            return [scalar.string]
        }
        guard let sequence = entry.value.sequence else {
            problem(entry.value, entry.path, "expected a list of words, found \(kind(of: entry.value))")
            return nil
        }
        var values: [String] = []
        for (index, node) in sequence.enumerated() {
            guard let text = node.scalar?.string, !text.isEmpty else {
                problem(node, "\(entry.path)[\(index)]", "expected a word, found \(kind(of: node))")
                continue
            }
            values.append(text)
        }
        return values
    }

    /// The known key a typo most likely meant: same letters ignoring case and '-'/'_', or at most two edits away.
    static func closest(to key: String, in allowed: [String]) -> String? {
        let normal = key.lowercased().replacingOccurrences(of: "-", with: "_")
        if let exact = allowed.first(where: { $0 == normal }) { return exact }
        let scored = allowed.map { ($0, editDistance(Array(normal), Array($0))) }.filter { $0.1 <= 2 }
        return scored.min { $0.1 < $1.1 }?.0
    }

    static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        var previous = Array(0...b.count)
        for (i, x) in a.enumerated() {
            var current = [i + 1]
            for (j, y) in b.enumerated() {
                current.append(min(previous[j + 1] + 1, current[j] + 1, previous[j] + (x == y ? 0 : 1)))
            }
            previous = current
        }
        return previous[b.count]
    }

    func kind(of node: Node) -> String {
        switch node {
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        case .scalar(let scalar):
            if node.null != nil { return "nothing" }
            return "'\(scalar.string)'"
        }
    }

    /// A key with its value node and dotted path.
    struct Entry {
        let key: Node
        let value: Node
        let path: String
    }
}
