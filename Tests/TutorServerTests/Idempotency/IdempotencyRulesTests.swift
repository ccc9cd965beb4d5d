import GraphQLEngine
import Testing

@testable import TutorServer

/// The pure rules behind idempotent mutations: when a result releases its key, and what counts as the same request.
@Suite("Idempotency rules")
struct IdempotencyRulesTests {
    private static func error(_ code: ErrorCode, at path: [PathComponent]?) -> GraphQLError {
        GraphQLError("failed", path: path, code: code)
    }

    @Test("a request error (nothing executed) leaves all work undone")
    func requestError() {
        let result = GraphQLResult.requestErrors([GraphQLError("bad variable", code: .badUserInput)])
        #expect(result.leftAllWorkUndone(rootResponseKeys: ["send"]))
    }

    @Test("an internal error at every root field leaves the work undone; one deeper in a payload does not")
    func internalErrors() {
        let atRoot = GraphQLResult(data: .null, errors: [Self.error(.internalServerError, at: [.key("send")])])
        #expect(atRoot.leftAllWorkUndone(rootResponseKeys: ["send"]))
        let nested = GraphQLResult(
            data: .null, errors: [Self.error(.internalServerError, at: [.key("send"), .key("message"), .key("body")])])
        #expect(!nested.leftAllWorkUndone(rootResponseKeys: ["send"]))
    }

    @Test("another root field that succeeded, or a user-facing error, means the result is kept")
    func keptResults() {
        let partial = GraphQLResult(
            data: .object(["first": .int(1), "second": .null]),
            errors: [Self.error(.internalServerError, at: [.key("second")])])
        #expect(!partial.leftAllWorkUndone(rootResponseKeys: ["first", "second"]))
        let refused = GraphQLResult(data: .null, errors: [Self.error(.conflict, at: [.key("send")])])
        #expect(!refused.leftAllWorkUndone(rootResponseKeys: ["send"]))
        #expect(!GraphQLResult(data: .object(["send": .int(1)])).leftAllWorkUndone(rootResponseKeys: ["send"]))
    }

    @Test("the fingerprint ignores key order and extensions, and sees every change of query, name or value")
    func fingerprint() {
        let base = GraphQLRequest(
            query: "mutation M { a }", operationName: "M",
            variables: ["x": .object(["b": .int(1), "a": .list([.object(["d": .null, "c": .bool(true)])])]), "y": .string("é")])
        let reordered = GraphQLRequest(
            query: "mutation M { a }", operationName: "M",
            variables: ["y": .string("é"), "x": .object(["a": .list([.object(["c": .bool(true), "d": .null])]), "b": .int(1)])],
            extensions: ["trace": .bool(true)])
        #expect(base.idempotencyFingerprint == reordered.idempotencyFingerprint)
        var changes = [base, base, base, base]
        changes[0].query = "mutation M  { a }"
        changes[1].operationName = nil
        changes[2].variables?["y"] = .string("e")
        changes[3].variables = nil
        for changed in changes {
            #expect(changed.idempotencyFingerprint != base.idempotencyFingerprint)
        }
        #expect(
            GraphQLRequest(query: "{ a }", variables: [:]).idempotencyFingerprint
                == GraphQLRequest(query: "{ a }").idempotencyFingerprint)
    }
}
