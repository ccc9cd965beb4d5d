import GraphQLEngine

/// The `input` argument of an account mutation, already coerced by the engine against its input type.
struct AccountInput: Sendable {
    let fields: ObjectValue

    init(_ arguments: ObjectValue) {
        fields = arguments["input"]?.objectValue ?? [:]
    }

    /// A string field; `fallback` when it is absent or null (the schema's own default normally fills it).
    func string(_ name: String, default fallback: String = "") -> String {
        fields[name]?.stringValue ?? fallback
    }

    /// A nullable string field (strings, enum names and `Date`/`LocalTime` values all arrive as strings).
    func optionalString(_ name: String) -> String? {
        fields[name]?.stringValue
    }

    /// Echoed into the payload, as Relay clients expect.
    var clientMutationId: String? { optionalString("clientMutationId") }
}
