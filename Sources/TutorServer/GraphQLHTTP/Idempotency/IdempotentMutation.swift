import GraphQLEngine
import HTTPTypes
import TutorStore

/// A mutation that runs at most once per key: the key's scope and the request's fingerprint.
struct IdempotentMutation: Sendable {
    /// Header keys share one scope per caller, so reusing one for any other request is a conflict.
    static let headerOperation = "Idempotency-Key"

    let scope: IdempotencyScope
    let fingerprint: IdempotencyFingerprint
    /// The response keys of the root fields, to tell whether any of them did its work.
    let rootResponseKeys: [String]

    /// The key of a mutation from its `Idempotency-Key` header or, without one, the first root field's
    /// `input.clientMutationId` (scoped to that field's name, as Relay clients number them per mutation);
    /// `nil` when the request has neither or selects an exempt root field.
    init?(
        headers: HTTPFields, request: GraphQLRequest, rootFields: [RootFieldSelection], callerID: Int64?,
        exemptRootFields: Set<String>
    ) throws(GraphQLHTTPFailure) {
        guard !rootFields.contains(where: { exemptRootFields.contains($0.fieldName) }) else { return nil }
        let operation: String
        let key: String
        if let headerKey = try IdempotencyKeyHeader.key(in: headers) {
            (operation, key) = (Self.headerOperation, headerKey)
        } else if let found = try Self.clientMutationID(in: rootFields) {
            (operation, key) = ("clientMutationId:" + found.field, found.id)
        } else {
            return nil
        }
        scope = IdempotencyScope(userID: callerID, operation: operation, key: key)
        fingerprint = request.idempotencyFingerprint
        rootResponseKeys = rootFields.map(\.responseKey)
    }

    /// The first root field carrying a non-empty `input.clientMutationId`, and that ID; one too long to store
    /// is refused rather than ignored.
    private static func clientMutationID(
        in rootFields: [RootFieldSelection]
    ) throws(GraphQLHTTPFailure) -> (field: String, id: String)? {
        for field in rootFields {
            guard let id = field.arguments["input"]?["clientMutationId"]?.stringValue, !id.isEmpty else { continue }
            guard id.count <= IdempotencyKeyHeader.maximumLength else {
                throw .badRequest(
                    "input.clientMutationId of \(field.fieldName) is used as an idempotency key and must be at most "
                        + "\(IdempotencyKeyHeader.maximumLength) characters.")
            }
            return (field.fieldName, id)
        }
        return nil
    }
}
