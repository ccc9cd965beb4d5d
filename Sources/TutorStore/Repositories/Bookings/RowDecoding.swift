import PostgresNIO
import TutorDomain

/// A stored value that is not one the schema's CHECK constraints allow: the database and the code disagree.
public struct UnexpectedColumnValue: Error, CustomStringConvertible {
    public let column: String
    public let value: String

    public var description: String { "Unexpected value \"\(value)\" in column \(column)." }
}

extension PostgresRandomAccessRow {
    /// A text column decoded into a Swift enum spelled as the database stores it.
    func decodeEnum<Value: RawRepresentable>(_ column: String, as type: Value.Type = Value.self) throws -> Value
    where Value.RawValue == String {
        let raw = try self[column].decode(String.self)
        guard let value = Value(rawValue: raw) else { throw UnexpectedColumnValue(column: column, value: raw) }
        return value
    }

    /// A nullable text column decoded into an optional Swift enum.
    func decodeEnum<Value: RawRepresentable>(_ column: String, as type: Value?.Type) throws -> Value?
    where Value.RawValue == String {
        guard let raw = try self[column].decode(String?.self) else { return nil }
        guard let value = Value(rawValue: raw) else { throw UnexpectedColumnValue(column: column, value: raw) }
        return value
    }

    /// A `*_cents` column as money in `currency`.
    func money(_ column: String, _ currency: String) throws -> Money {
        Money(cents: Int(try self[column].decode(Int64.self)), currency: currency)
    }
}
