import ParleyCore

import Foundation

/// A small hand-written checker for the part of JSON Schema (draft 2020-12) that `shared/spec/alert.schema.json`
/// and `docs/alert.schema.json` use: `required`, `const`, `enum`, `type` (with unions), `minimum`/`maximum`,
/// `minItems`, `minLength`, `pattern`, nested `properties`, `additionalProperties: false` and `items`, `anyOf`, and `$ref` to
/// `#/$defs/...` of the same schema. Enough to hold records to those schemas without a schema library; any other
/// keyword (`format`, `description`, ...) is ignored. Values and schema are read as `JSONValue`, which keeps JSON's
/// own types (a number is never a boolean).
enum SchemaCheck {
    static func problems(_ value: JSONValue, schema: JSONValue, path: String = "$") -> [String] {
        problems(value, schema: schema, root: schema, path: path)
    }

    static func problems(_ value: JSONValue, schema: JSONValue, root: JSONValue, path: String) -> [String] {
        guard case .object(let rules) = schema else { return [] }
        var found: [String] = []
        if case .string(let reference)? = rules["$ref"] {
            if let target = resolve(reference, in: root) {
                found += problems(value, schema: target, root: root, path: path)
            } else {
                found.append("\(path): unresolved $ref \(reference)")
            }
        }
        if case .array(let options)? = rules["anyOf"],
           !options.contains(where: { problems(value, schema: $0, root: root, path: path).isEmpty }) {
            found.append("\(path): matches none of anyOf")
        }
        if case .string(let pattern)? = rules["pattern"], case .string(let text) = value,
           text.range(of: pattern, options: .regularExpression) == nil {
            found.append("\(path): \(text) does not match \(pattern)")
        }
        if case .number(let minLength)? = rules["minLength"], case .string(let text) = value, Double(text.count) < minLength {
            found.append("\(path): shorter than \(Int(minLength)) characters")
        }
        if let constant = rules["const"], value != constant { found.append("\(path): not \(constant)") }
        if case .array(let options)? = rules["enum"], !options.contains(value) {
            found.append("\(path): \(value) not one of the allowed values")
        }
        if let type = rules["type"] {
            let types: [String]
            switch type {
            case .string(let one): types = [one]
            case .array(let many): types = many.compactMap { if case .string(let t) = $0 { t } else { nil } }
            default: types = []
            }
            if !types.isEmpty && !types.contains(where: { matches(value, type: $0) }) {
                found.append("\(path): not of type \(types.joined(separator: "|"))")
            }
        }
        if case .number(let number) = value {
            if case .number(let minimum)? = rules["minimum"], number < minimum { found.append("\(path): below \(minimum)") }
            if case .number(let maximum)? = rules["maximum"], number > maximum { found.append("\(path): above \(maximum)") }
        }
        if case .object(let object) = value {
            if case .array(let required)? = rules["required"] {
                for case .string(let key) in required where object[key] == nil { found.append("\(path): missing \(key)") }
            }
            if case .object(let properties)? = rules["properties"] {
                for (key, sub) in properties {
                    if let child = object[key] { found += problems(child, schema: sub, root: root, path: "\(path).\(key)") }
                }
                if rules["additionalProperties"] == .bool(false) {
                    for key in object.keys.sorted() where properties[key] == nil { found.append("\(path): unexpected \(key)") }
                }
            }
        }
        if case .array(let array) = value {
            if case .number(let minItems)? = rules["minItems"], Double(array.count) < minItems {
                found.append("\(path): fewer than \(Int(minItems)) items")
            }
            if let items = rules["items"] {
                for (index, item) in array.enumerated() {
                    found += problems(item, schema: items, root: root, path: "\(path)[\(index)]")
                }
            }
        }
        return found
    }

    /// `#/$defs/name` (or any `#/a/b` path) inside `root`.
    private static func resolve(_ reference: String, in root: JSONValue) -> JSONValue? {
        guard reference.hasPrefix("#/") else { return nil }
        var node = root
        for part in reference.dropFirst(2).split(separator: "/") {
            guard case .object(let fields) = node, let next = fields[String(part)] else { return nil }
            node = next
        }
        return node
    }

    private static func matches(_ value: JSONValue, type: String) -> Bool {
        switch (type, value) {
        case ("null", .null), ("string", .string), ("boolean", .bool), ("number", .number), ("array", .array),
             ("object", .object):
            return true
        case ("integer", .number(let number)):
            return number.rounded() == number
        default:
            return false
        }
    }
}
