import GraphQLEngine

/// The `input` argument of a messaging, notification or report mutation, with errors naming `input.<field>`.
struct MutationInput: Sendable {
    let fields: ObjectValue

    init(_ arguments: ObjectValue) {
        fields = arguments["input"]?.objectValue ?? [:]
    }

    /// A string field (strings and enum names both arrive as strings); empty when absent.
    func string(_ name: String) -> String {
        fields[name]?.stringValue ?? ""
    }

    /// The database key of the global ID in field `name`, which must name a `kind`.
    func id(_ name: String, as kind: NodeKind) throws(APIError) -> Int64 {
        try GlobalID.decode(string(name), as: kind, field: "input.\(name)")
    }

    /// Like `id(_:as:)`, or nil when the field is absent or null.
    func optionalID(_ name: String, as kind: NodeKind) throws(APIError) -> Int64? {
        guard let value = fields[name]?.stringValue else { return nil }
        return try GlobalID.decode(value, as: kind, field: "input.\(name)")
    }

    /// Echoed into the payload, as Relay clients expect.
    var clientMutationId: String? { fields["clientMutationId"]?.stringValue }
}
