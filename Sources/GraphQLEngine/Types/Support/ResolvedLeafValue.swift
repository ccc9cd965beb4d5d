/// Converts what a resolver returned for a leaf field into a `Value`, so every scalar and enum
/// serializer works on one shape: Swift strings, integers of every width, floating-point numbers,
/// booleans, `Value` itself, and `RawRepresentable` types with `String` or integer raw values.
///
/// Returns `nil` for anything else; the caller reports it with `describeResolvedValue(_:)`.
func leafValue(fromResolved resolved: any Sendable) -> Value? {
    switch resolved {
    case let value as String: return .string(value)
    case let value as Int: return .int(value)
    case let value as Bool: return .bool(value)
    case let value as Double: return .float(value)
    case let value as Value: return value
    case let value as Substring: return .string(String(value))
    case let value as Float: return .float(Double(value))
    case let value as Int32: return .int(Int(value))
    case let value as Int64: return .int(Int(value))
    case let value as Int16: return .int(Int(value))
    case let value as Int8: return .int(Int(value))
    case let value as UInt8: return .int(Int(value))
    case let value as UInt16: return .int(Int(value))
    case let value as UInt32: return .int(Int(value))
    case let value as UInt64: return value <= UInt64(Int.max) ? .int(Int(value)) : .float(Double(value))
    case let value as UInt: return value <= UInt(Int.max) ? .int(Int(value)) : .float(Double(value))
    case let value as any RawRepresentable:
        switch value.rawValue {
        case let raw as String: return .string(raw)
        case let raw as Int: return .int(raw)
        default: return nil
        }
    default: return nil
    }
}

/// A resolver's value as it appears in a serialization error message.
func describeResolvedValue(_ resolved: any Sendable) -> String {
    leafValue(fromResolved: resolved)?.inspected ?? String(describing: resolved)
}
