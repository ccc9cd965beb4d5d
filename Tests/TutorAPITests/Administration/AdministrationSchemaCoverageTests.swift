import GraphQLEngine
import Testing

@testable import TutorAPI

/// Start-up refuses fields without resolvers: none of this area's may be missing.
@Suite("Administration: schema coverage")
struct AdministrationSchemaCoverageTests {
    /// The payload types this area resolves, and its mutations.
    static let types: Set<String> = ["UserPayload", "ReviewPayload"]
    static let mutations: Set<String> = [
        "approveTutor", "rejectTutor", "deleteUser", "restoreUser", "resolveReport", "createReview", "respondToReview",
    ]

    @Test("every field of the area's payloads and every one of its mutations has a resolver")
    func everyFieldResolved() throws {
        let schema = try buildSchema(TutorGraphAPI.loadSchemaSDL(), resolvers: APIResolvers.all())
        let missing = unresolvedFields(in: schema).filter { coordinate in
            let parts = coordinate.split(separator: ".").map(String.init)
            return Self.types.contains(parts[0]) || (parts[0] == "Mutation" && Self.mutations.contains(parts[1]))
        }
        #expect(missing == [])
        guard case .object(let mutation)? = schema.namedType("Mutation") else {
            Issue.record("schema.graphql has no Mutation type")
            return
        }
        #expect(Self.mutations.isSubset(of: Set(mutation.fields.map(\.name))))
    }
}
