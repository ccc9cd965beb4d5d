import Foundation
import GraphQLEngine

/// Reads one input object of a mutation (or one element of a list inside it), naming every field by its full
/// path (`input.slots[2].startTime`) so BAD_USER_INPUT points at exactly what the client sent.
///
/// Values arrive already coerced by the engine against the input type, so only domain rules remain to check.
struct InputReader: Sendable {
    let fields: ObjectValue
    /// Where this object sits in the arguments, e.g. `input` or `input.subjects[0]`.
    let path: String

    /// The mutation's `input` argument.
    init(input arguments: ObjectValue) {
        self.init(fields: arguments["input"]?.objectValue ?? [:], path: "input")
    }

    init(fields: ObjectValue, path: String) {
        self.fields = fields
        self.path = path
    }

    /// The full path of field `name`, for error messages.
    func field(_ name: String) -> String { "\(path).\(name)" }

    /// A string, enum name, `Date`, `DateTime` or `LocalTime` field; nil when absent or null.
    func string(_ name: String) -> String? { fields[name]?.stringValue }

    /// A string field, or `fallback` when it is absent or null (the schema's own default normally fills it).
    func string(_ name: String, default fallback: String) -> String { string(name) ?? fallback }

    /// An `Int` field; nil when absent or null.
    func int(_ name: String) -> Int? { fields[name]?.intValue }

    /// A `Boolean` field; nil when absent or null.
    func bool(_ name: String) -> Bool? { fields[name]?.boolValue }

    /// A list of strings; nil when absent or null.
    func strings(_ name: String) -> [String]? { fields[name]?.listValue?.compactMap(\.stringValue) }

    /// A list of input objects, each read with its index in its path.
    func objects(_ name: String) -> [InputReader] {
        (fields[name]?.listValue ?? []).enumerated().map { index, value in
            InputReader(fields: value.objectValue ?? [:], path: "\(field(name))[\(index)]")
        }
    }

    /// The database key of the global ID in field `name`, which must name a `kind`.
    func id(_ name: String, as kind: NodeKind) throws(APIError) -> Int64 {
        try GlobalID.decode(string(name) ?? "", as: kind, field: field(name))
    }

    /// Like `id(_:as:)`, or nil when the field is absent or null.
    func optionalID(_ name: String, as kind: NodeKind) throws(APIError) -> Int64? {
        guard let value = string(name) else { return nil }
        return try GlobalID.decode(value, as: kind, field: field(name))
    }

    /// A `DateTime` field as an instant.
    func instant(_ name: String) throws(APIError) -> Date {
        guard let text = string(name), let instant = Self.parseInstant(text) else {
            throw APIError.badInput("Expected an RFC 3339 date-time.", field: field(name))
        }
        return instant
    }

    /// Echoed into the payload, as Relay clients expect.
    var clientMutationId: String? { string("clientMutationId") }

    /// `DateTime` values arrive normalised to UTC, with or without milliseconds.
    private static func parseInstant(_ text: String) -> Date? {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        if let instant = formatter.date(from: text) { return instant }
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.date(from: text)
    }
}
