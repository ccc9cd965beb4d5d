/// A JSON-shaped value: coerced input values (arguments, variables) and completed results.
///
/// Enum values are carried as `.string(name)`; custom scalars parse into and serialize to this
/// shape, so the executor and the HTTP layer never deal with `Any`.
public enum Value: Sendable, Hashable {
    case null
    case bool(Bool)
    case int(Int)
    case float(Double)
    case string(String)
    case list([Value])
    case object(ObjectValue)

    public var isNull: Bool {
        if case .null = self { return true }
        return false
    }

    public var stringValue: String? {
        if case .string(let value) = self { return value }
        return nil
    }

    public var intValue: Int? {
        if case .int(let value) = self { return value }
        return nil
    }

    public var boolValue: Bool? {
        if case .bool(let value) = self { return value }
        return nil
    }

    /// Int widens to Double, as GraphQL's Float input coercion allows.
    public var doubleValue: Double? {
        switch self {
        case .float(let value): value
        case .int(let value): Double(value)
        default: nil
        }
    }

    public var listValue: [Value]? {
        if case .list(let value) = self { return value }
        return nil
    }

    public var objectValue: ObjectValue? {
        if case .object(let value) = self { return value }
        return nil
    }

    /// Member access for objects; `nil` for a missing key or a non-object.
    public subscript(key: String) -> Value? {
        objectValue?[key]
    }
}

/// An object that keeps its keys in insertion order, as GraphQL responses must.
///
/// Lookups scan linearly: GraphQL objects are small, and a scan over a contiguous array beats
/// hashing at these sizes.
public struct ObjectValue: Sendable, Hashable, RandomAccessCollection, ExpressibleByDictionaryLiteral {
    public struct Entry: Sendable, Hashable {
        public var key: String
        public var value: Value

        public init(key: String, value: Value) {
            self.key = key
            self.value = value
        }
    }

    public private(set) var entries: [Entry]

    public init() { entries = [] }

    public init(_ entries: [Entry]) { self.entries = entries }

    public init(dictionaryLiteral elements: (String, Value)...) {
        entries = []
        entries.reserveCapacity(elements.count)
        for (key, value) in elements { self[key] = value }
    }

    public var startIndex: Int { entries.startIndex }
    public var endIndex: Int { entries.endIndex }
    public subscript(position: Int) -> Entry { entries[position] }

    public var keys: [String] { entries.map(\.key) }

    public mutating func reserveCapacity(_ capacity: Int) { entries.reserveCapacity(capacity) }

    /// Appends without checking for an existing key: for builders that know keys are unique.
    public mutating func appendUnchecked(key: String, value: Value) {
        entries.append(Entry(key: key, value: value))
    }

    /// Reads or replaces a key's value; assigning `nil` removes the key.
    public subscript(key: String) -> Value? {
        get {
            for entry in entries where entry.key == key { return entry.value }
            return nil
        }
        set {
            if let index = entries.firstIndex(where: { $0.key == key }) {
                if let newValue { entries[index].value = newValue } else { entries.remove(at: index) }
            } else if let newValue {
                entries.append(Entry(key: key, value: newValue))
            }
        }
    }
}
