/// Checks a JSON value against the subset of JSON Schema 2020-12 that `schema/*.json` use:
/// type, const, enum, required, properties, items, allOf, oneOf, $ref to #/$defs, minimum, pattern
/// (only `^[0-9a-f]{N}$`). Returns the problems found, with their JSON paths.
struct SchemaChecker {
    let root: JSONTree

    func problems(_ value: JSONTree) -> [String] {
        var found: [String] = []
        check(value, against: root, path: "$", into: &found)
        return found
    }

    private func check(_ value: JSONTree, against schema: JSONTree, path: String, into found: inout [String]) {
        if let reference = schema["$ref"]?.string {
            let name = reference.replacingOccurrences(of: "#/$defs/", with: "")
            if let target = root["$defs"]?[name] { check(value, against: target, path: path, into: &found) }
            return
        }
        if let constant = schema["const"], constant != value { found.append("\(path): not \(constant)") }
        if let options = schema["enum"]?.array, !options.contains(value) { found.append("\(path): \(value) not in enum") }
        if let type = schema["type"] {
            let types = type.array?.compactMap(\.string) ?? [type.string ?? ""]
            if !types.contains(where: { matches(value, $0) }) { found.append("\(path): not of type \(types)") }
        }
        if let minimum = schema["minimum"]?.number, let number = value.number, number < minimum {
            found.append("\(path): below \(minimum)")
        }
        if let pattern = schema["pattern"]?.string, let text = value.string, pattern.hasPrefix("^[0-9a-f]{") {
            let count = Int(pattern.dropFirst(10).prefix { $0.isNumber }) ?? -1
            if text.count != count || !text.allSatisfy({ "0123456789abcdef".contains($0) }) {
                found.append("\(path): does not match \(pattern)")
            }
        }
        for part in schema["allOf"]?.array ?? [] { check(value, against: part, path: path, into: &found) }
        if let options = schema["oneOf"]?.array {
            let passing = options.filter { option in
                var local: [String] = []
                check(value, against: option, path: path, into: &local)
                return local.isEmpty
            }
            if passing.count != 1 { found.append("\(path): matches \(passing.count) of oneOf") }
        }
        if case .object(let members) = value {
            for case .string(let key) in schema["required"]?.array ?? [] where members[key] == nil {
                found.append("\(path): missing \(key)")
            }
            if case .object(let properties) = schema["properties"] ?? .null {
                for (key, propertySchema) in properties {
                    if let member = members[key] { check(member, against: propertySchema, path: "\(path).\(key)", into: &found) }
                }
            }
        }
        if case .array(let elements) = value, let items = schema["items"] {
            for (index, element) in elements.enumerated() {
                check(element, against: items, path: "\(path)[\(index)]", into: &found)
            }
        }
    }

    private func matches(_ value: JSONTree, _ type: String) -> Bool {
        switch (value, type) {
        case (.null, "null"), (.bool, "boolean"), (.string, "string"), (.array, "array"), (.object, "object"),
            (.number, "number"):
            return true
        case (.number(let number), "integer"): return number == number.rounded()
        default: return false
        }
    }
}
