import ParleyCore

/// The part of JSON Schema that `shared/spec/alert.schema.json` uses: `required`, `const`, `enum`, `type`
/// (with unions), `minimum`/`maximum`, `minItems`, nested `properties` and `items`. Enough to hold the demo's log
/// to the published schema without a schema library. Values and schema are read as `JSONValue`, which keeps JSON's
/// own types (a number is never a boolean).
enum SchemaCheck {
    static func problems(_ value: JSONValue, schema: JSONValue, path: String = "$") -> [String] {
        guard case .object(let rules) = schema else { return [] }
        var found: [String] = []
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
                    if let child = object[key] { found += problems(child, schema: sub, path: "\(path).\(key)") }
                }
            }
        }
        if case .array(let array) = value {
            if case .number(let minItems)? = rules["minItems"], Double(array.count) < minItems {
                found.append("\(path): fewer than \(Int(minItems)) items")
            }
            if let items = rules["items"] {
                for (index, item) in array.enumerated() { found += problems(item, schema: items, path: "\(path)[\(index)]") }
            }
        }
        return found
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
