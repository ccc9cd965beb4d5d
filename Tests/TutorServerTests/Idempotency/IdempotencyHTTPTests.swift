import Foundation
import GraphQLEngine
import HTTPTypes
import HummingbirdTesting
import NIOCore
import PostgresNIO
import Testing
import TutorStore

@testable import TutorServer

/// Retried mutations over the real API: an `Idempotency-Key` header or a `clientMutationId` makes a mutation
/// run at most once, and a replay answers with the first response byte for byte.
@Suite("Idempotent mutations over HTTP")
struct IdempotencyHTTPTests {
    private typealias Fixture = IdempotencyHTTPFixture

    @Test("the same key and body replay the stored response without sending the message again")
    func replay() async throws {
        try await Fixture.run { fixture in
            let variables = fixture.message("Hello", to: fixture.bob)
            let first = try await fixture.post(Fixture.sendMessage, variables: variables, as: fixture.alice, key: "k-1")
            #expect(first.status == .ok && first.errorCodes.isEmpty, "\(first)")
            #expect(!first.isReplay)
            let retry = try await fixture.post(Fixture.sendMessage, variables: variables, as: fixture.alice, key: "k-1")
            #expect(retry.status == .ok)
            #expect(retry.isReplay)
            #expect(retry.body == first.body)
            #expect(retry.headers[.contentType] == first.headers[.contentType])
            #expect(try await fixture.count("messages") == 1)
        }
    }

    @Test("variables written in another key order are the same request")
    func canonicalVariables() async throws {
        try await Fixture.run { fixture in
            let variables = fixture.message("Hello", to: fixture.bob)
            let reordered = ObjectValue(variables.entries.reversed())
            let first = try await fixture.post(Fixture.sendMessage, variables: variables, as: fixture.alice, key: "k-1")
            let retry = try await fixture.post(Fixture.sendMessage, variables: reordered, as: fixture.alice, key: "k-1")
            #expect(retry.isReplay && retry.body == first.body, "\(retry)")
            #expect(try await fixture.count("messages") == 1)
        }
    }

    @Test("a replay answers in the media type the retry accepts")
    func replayMediaType() async throws {
        try await Fixture.run { fixture in
            let variables = fixture.message("Hello", to: fixture.bob)
            let first = try await fixture.post(Fixture.sendMessage, variables: variables, as: fixture.alice, key: "k-1")
            let retry = try await fixture.post(
                Fixture.sendMessage, variables: variables, as: fixture.alice, key: "k-1", accept: "application/json")
            #expect(retry.isReplay && retry.status == .ok && retry.body == first.body)
            #expect(retry.headers[.contentType] == "application/json; charset=utf-8")
        }
    }

    @Test("the same key with a different body is a 409 CONFLICT that sends nothing", arguments: [
        ("application/graphql-response+json", "application/graphql-response+json; charset=utf-8"),
        ("application/json", "application/json; charset=utf-8"),
    ])
    func differentBody(accept: String, contentType: String) async throws {
        try await Fixture.run { fixture in
            _ = try await fixture.post(
                Fixture.sendMessage, variables: fixture.message("Hello", to: fixture.bob), as: fixture.alice, key: "k-1")
            let reused = try await fixture.post(
                Fixture.sendMessage, variables: fixture.message("Goodbye", to: fixture.bob), as: fixture.alice,
                key: "k-1", accept: accept)
            #expect(reused.status == .conflict)
            #expect(reused.headers[.contentType] == contentType)
            #expect(reused.errorCodes == ["CONFLICT"])
            #expect(reused.json?["data"] == nil)
            #expect(reused.body.contains("different request"))
            #expect(try await fixture.count("messages") == 1)
        }
    }

    @Test("another user's identical key is independent of the first")
    func perUser() async throws {
        try await Fixture.run { fixture in
            let fromAlice = try await fixture.post(
                Fixture.sendMessage, variables: fixture.message("Hi", to: fixture.bob), as: fixture.alice, key: "shared")
            let fromBob = try await fixture.post(
                Fixture.sendMessage, variables: fixture.message("Hi", to: fixture.alice), as: fixture.bob, key: "shared")
            #expect(!fromAlice.isReplay && !fromBob.isReplay)
            #expect(fromBob.errorCodes.isEmpty, "\(fromBob)")
            #expect(try await fixture.count("messages") == 2)
            #expect(try await fixture.count("idempotency_keys") == 2)
        }
    }

    @Test("queries ignore the header, even a malformed one")
    func queriesIgnoreKey() async throws {
        try await Fixture.run { fixture in
            for key in ["q-1", "q-1", "bad\u{7F}key"] {
                let response = try await fixture.post("{ __typename }", as: fixture.alice, key: key)
                #expect(response.status == .ok && !response.isReplay, "\(response)")
            }
            #expect(try await fixture.count("idempotency_keys") == 0)
        }
    }

    @Test("a malformed or repeated key refuses the mutation with 400 before it runs")
    func malformedKey() async throws {
        try await Fixture.run { fixture in
            for key in ["", String(repeating: "k", count: 256), "caf\u{E9}", "tab\tkey"] {
                let response = try await fixture.post(
                    Fixture.sendMessage, variables: fixture.message("Hi", to: fixture.bob), as: fixture.alice, key: key)
                #expect(response.status == .badRequest, "\(key.debugDescription): \(response)")
                #expect(response.errorCodes == [GraphQLHTTPFailure.badRequest("").code.rawValue])
            }
            var headers: HTTPFields = [
                .contentType: "application/json", .authorization: "Bearer \(fixture.alice.token)",
            ]
            headers.append(HTTPField(name: IdempotencyKeyHeader.name, value: "one"))
            headers.append(HTTPField(name: IdempotencyKeyHeader.name, value: "two"))
            let body = JSON.encode(.object([
                "query": .string(Fixture.sendMessage), "variables": .object(fixture.message("Hi", to: fixture.bob)),
            ]))
            let repeated = try await fixture.client.execute(
                uri: "/graphql", method: .post, headers: headers, body: .init(bytes: body)) { $0.status }
            #expect(repeated == .badRequest)
            #expect(try await fixture.count("messages") == 0)
        }
    }

    @Test("without a header, input.clientMutationId keys the mutation, from variables or a literal")
    func clientMutationID() async throws {
        try await Fixture.run { fixture in
            let variables = fixture.message("Hello", to: fixture.bob, clientMutationId: "cm-1")
            let first = try await fixture.post(Fixture.sendMessage, variables: variables, as: fixture.alice)
            let retry = try await fixture.post(Fixture.sendMessage, variables: variables, as: fixture.alice)
            #expect(!first.isReplay && retry.isReplay && retry.body == first.body, "\(retry)")
            let changed = try await fixture.post(
                Fixture.sendMessage, variables: fixture.message("Other", to: fixture.bob, clientMutationId: "cm-1"),
                as: fixture.alice)
            #expect(changed.status == .conflict && changed.errorCodes == ["CONFLICT"])

            let literal = """
                mutation { sendMessage(input: { recipientId: "\(fixture.bob.globalID)", body: "Lit", \
                clientMutationId: "cm-2" }) { clientMutationId } }
                """
            let literalFirst = try await fixture.post(literal, as: fixture.alice)
            let literalRetry = try await fixture.post(literal, as: fixture.alice)
            #expect(literalRetry.isReplay && literalRetry.body == literalFirst.body)
            #expect(try await fixture.count("messages") == 2)
        }
    }

    @Test("a mutation with neither header nor clientMutationId runs every time")
    func unkeyed() async throws {
        try await Fixture.run { fixture in
            let variables = fixture.message("Hello", to: fixture.bob)
            for _ in 0..<2 {
                let response = try await fixture.post(Fixture.sendMessage, variables: variables, as: fixture.alice)
                #expect(!response.isReplay && response.errorCodes.isEmpty)
            }
            #expect(try await fixture.count("messages") == 2)
            #expect(try await fixture.count("idempotency_keys") == 0)
        }
    }

    @Test("a retry while the first request still holds the key is a 409 CONFLICT that sends nothing")
    func inProgress() async throws {
        try await Fixture.run { fixture in
            let variables = fixture.message("Hello", to: fixture.bob)
            let running = GraphQLRequest(query: Fixture.sendMessage, variables: variables)
            let now = Date()
            let claim = try await fixture.store.idempotencyKeys.claim(
                IdempotencyScope(userID: fixture.alice.id, operation: IdempotentMutation.headerOperation, key: "k-1"),
                fingerprint: running.idempotencyFingerprint, now: now, leaseUntil: now.addingTimeInterval(120))
            guard case .claimed = claim else { Issue.record("the key was not free: \(claim)"); return }
            let retry = try await fixture.post(Fixture.sendMessage, variables: variables, as: fixture.alice, key: "k-1")
            #expect(retry.status == .conflict && retry.errorCodes == ["CONFLICT"], "\(retry)")
            #expect(retry.body.contains("still being processed"))
            #expect(try await fixture.count("messages") == 0)
        }
    }

    @Test("50 identical requests at once send the message exactly once; the rest replay it or are told to wait")
    func concurrentRetries() async throws {
        try await Fixture.run { fixture in
            let variables = fixture.message("Once", to: fixture.bob)
            let responses = try await withThrowingTaskGroup(of: IdempotencyHTTPResponse.self) { group in
                for _ in 0..<50 {
                    group.addTask {
                        try await fixture.post(Fixture.sendMessage, variables: variables, as: fixture.alice, key: "burst")
                    }
                }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            #expect(try await fixture.count("messages") == 1)
            let executed = responses.filter { $0.status == .ok && !$0.isReplay }
            #expect(executed.count == 1)
            let answered = responses.filter { $0.status == .ok }
            #expect(answered.allSatisfy { $0.body == executed.first?.body })
            let waiting = responses.filter { $0.status != .ok }
            #expect(waiting.allSatisfy { $0.status == .conflict && $0.errorCodes == ["CONFLICT"] })
            #expect(waiting.allSatisfy { $0.body.contains("still being processed") })
        }
    }

    @Test("an INTERNAL_SERVER_ERROR releases the key, so the retry does the work")
    func internalErrorReleases() async throws {
        try await Fixture.run { fixture in
            try await fixture.execute(
                """
                CREATE FUNCTION refuse_message() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN RAISE EXCEPTION 'messages unavailable'; END $$
                """)
            try await fixture.execute(
                "CREATE TRIGGER refuse_message BEFORE INSERT ON messages FOR EACH ROW EXECUTE FUNCTION refuse_message()")
            let variables = fixture.message("Hello", to: fixture.bob)
            let failed = try await fixture.post(Fixture.sendMessage, variables: variables, as: fixture.alice, key: "k-1")
            #expect(failed.errorCodes == ["INTERNAL_SERVER_ERROR"])
            #expect(!failed.body.contains("messages unavailable"))
            #expect(try await fixture.count("idempotency_keys") == 0)

            try await fixture.execute("DROP TRIGGER refuse_message ON messages")
            let retry = try await fixture.post(Fixture.sendMessage, variables: variables, as: fixture.alice, key: "k-1")
            #expect(!retry.isReplay && retry.errorCodes.isEmpty, "\(retry)")
            #expect(try await fixture.count("messages") == 1)
        }
    }

    @Test("a user-facing error is the request's answer: stored and replayed")
    func userErrorReplays() async throws {
        try await Fixture.run { fixture in
            let toSelf = fixture.message("Hi", to: fixture.alice)
            let first = try await fixture.post(Fixture.sendMessage, variables: toSelf, as: fixture.alice, key: "k-1")
            #expect(first.errorCodes == ["BAD_USER_INPUT"])
            let retry = try await fixture.post(Fixture.sendMessage, variables: toSelf, as: fixture.alice, key: "k-1")
            #expect(retry.isReplay && retry.body == first.body)
        }
    }

    @Test("anonymous callers are keyed too; mutations handing out tokens never store their response")
    func anonymousAndCredentials() async throws {
        try await Fixture.run { fixture in
            let reset = #"mutation { requestPasswordReset(input: { email: "nobody@example.com" }) { success } }"#
            let first = try await fixture.post(reset, as: nil, key: "anon-1")
            let retry = try await fixture.post(reset, as: nil, key: "anon-1")
            #expect(first.errorCodes.isEmpty && retry.isReplay, "\(first) / \(retry)")

            let login = #"mutation { login(input: { email: "nobody@example.com", password: "wrong-password" }) { accessToken } }"#
            let signIn = try await fixture.post(login, as: nil, key: "anon-2")
            let signInAgain = try await fixture.post(login, as: nil, key: "anon-2")
            #expect(!signIn.isReplay && !signInAgain.isReplay)
            #expect(try await fixture.count("idempotency_keys") == 1)
        }
    }
}
