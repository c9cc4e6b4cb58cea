/// A raw setting before it is checked: a JSON value from the file, or text from the
/// environment or a flag.
public enum SettingValue: Sendable, Hashable, Decodable {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    /// An array or object, never valid for a setting.
    case structured
    /// Text from an environment variable or flag, converted by the key's type.
    case text(String)

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let value = try? container.decode(Bool.self) {
            self = .bool(value)
        } else if let value = try? container.decode(Int.self) {
            self = .int(value)
        } else if let value = try? container.decode(Double.self) {
            self = .double(value)
        } else if let value = try? container.decode(String.self) {
            self = .string(value)
        } else {
            self = .structured
        }
    }

    /// The value as JSON text, for messages and for printing a configuration.
    public var display: String {
        switch self {
        case .null: "null"
        case .bool(let value): String(value)
        case .int(let value): String(value)
        case .double(let value): String(value)
        case .string(let value), .text(let value): "\"\(value)\""
        case .structured: "an array or object"
        }
    }
}
