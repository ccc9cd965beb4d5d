import Foundation
import GraphQLEngine
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Logging
import NIOCore
import PostgresNIO
import Testing
import TutorAPI
import TutorDomain
import TutorStore
import TutorTestSupport

@testable import TutorServer

/// The server's real router (`buildRouter`: middleware, the real schema and resolvers, idempotency over
/// PostgreSQL) on a fresh database, driven in-process through HummingbirdTesting, with a signed-in student and
/// tutor (messages go between the two).
struct IdempotencyHTTPFixture: Sendable {
    static let jwtSecret = "tutorgraph-idempotency-http-tests-secret"

    let client: any TestClientProtocol
    /// The test's own pool on the same database, for arranging rows and counting what requests wrote.
    let database: PostgresClient
    /// A student.
    let alice: SignedInUser
    /// A tutor.
    let bob: SignedInUser

    /// A user the tests act as: their ID, global ID and an access token the server accepts.
    struct SignedInUser: Sendable {
        let id: Int64
        let token: String
        var globalID: String { GlobalID(.user, id).description }
    }

    /// Runs `body` against the real router over a fresh database.
    static func run(_ body: @escaping @Sendable (IdempotencyHTTPFixture) async throws -> Void) async throws {
        try await TestDatabase.withFreshDatabase { database, url in
            let configuration = ServerConfiguration(
                database: try DatabaseConfiguration(url: url, poolSize: 4), port: 0, jwtSecret: jwtSecret)
            let router = try buildRouter(configuration: configuration, database: database, logger: logger)
            let tokens = AccessTokenService(secret: jwtSecret)
            let alice = try await signUp("alice", as: .student, in: database, tokens: tokens)
            let bob = try await signUp("bob", as: .tutor, in: database, tokens: tokens)
            try await Application(router: router).test(.router) { client in
                try await body(IdempotencyHTTPFixture(client: client, database: database, alice: alice, bob: bob))
            }
        }
    }

    /// POSTs `document` with `variables` (written with their keys in the given order) as `user`, with an
    /// `Idempotency-Key` header when `key` is set.
    func post(
        _ document: String, variables: ObjectValue = [:], as user: SignedInUser?, key: String? = nil,
        accept: String = "application/graphql-response+json"
    ) async throws -> IdempotencyHTTPResponse {
        var headers: HTTPFields = [.contentType: "application/json", .accept: accept]
        if let user { headers[.authorization] = "Bearer \(user.token)" }
        if let key { headers[IdempotencyKeyHeader.name] = key }
        let body = JSON.encode(.object(["query": .string(document), "variables": .object(variables)]))
        return try await client.execute(uri: "/graphql", method: .post, headers: headers, body: ByteBuffer(bytes: body)) {
            IdempotencyHTTPResponse(status: $0.status, headers: $0.headers, body: String(buffer: $0.body))
        }
    }

    /// `sendMessage` from the sender to `recipient`, its text and client mutation ID from variables.
    static let sendMessage = """
        mutation Send($to: ID!, $text: String!, $clientMutationId: String) {
          sendMessage(input: { recipientId: $to, body: $text, clientMutationId: $clientMutationId }) {
            message { id body }
            clientMutationId
          }
        }
        """

    /// The variables of `sendMessage` to `recipient`.
    func message(_ text: String, to recipient: SignedInUser, clientMutationId: String? = nil) -> ObjectValue {
        var variables: ObjectValue = ["to": .string(recipient.globalID), "text": .string(text)]
        if let clientMutationId { variables["clientMutationId"] = .string(clientMutationId) }
        return variables
    }

    /// The store over the test's pool, for arranging keys as a concurrent request would hold them.
    var store: Store { Store(database: Database(client: database, logger: Self.logger)) }

    /// How many rows `table` holds.
    func count(_ table: String) async throws -> Int64 {
        let rows = try await database.query("SELECT count(*) FROM \(unescaped: table)", logger: Self.logger).collect()
        return try #require(rows.first).decode(Int64.self)
    }

    /// Runs a statement the test arranges the database with.
    func execute(_ query: PostgresQuery) async throws {
        _ = try await database.query(query, logger: Self.logger).collect()
    }

    private static func signUp(
        _ name: String, as role: Role, in database: PostgresClient, tokens: AccessTokenService
    ) async throws -> SignedInUser {
        let rows = try await database.query(
            """
            INSERT INTO users (email, hashed_password, first_name, role)
            VALUES (\("\(name)-\(UUID().uuidString.prefix(8))@example.com"), 'x', \(name), \(role.rawValue)) RETURNING id
            """, logger: logger
        ).collect()
        let id = try #require(rows.first).decode(Int64.self)
        return SignedInUser(id: id, token: tokens.issue(for: Viewer(userID: id, role: role)).token)
    }

    /// Quiet unless something goes wrong.
    static let logger: Logger = {
        var logger = Logger(label: "tutorgraph.tests.idempotency")
        logger.logLevel = .critical
        return logger
    }()
}

/// A `/graphql` response as the idempotency tests read it.
struct IdempotencyHTTPResponse: Sendable, CustomStringConvertible {
    let status: HTTPResponse.Status
    let headers: HTTPFields
    let body: String

    var json: ObjectValue? { try? JSON.decode(Array(body.utf8)).objectValue }
    /// `true` when the server answered from a stored response.
    var isReplay: Bool { headers[IdempotencyKeyHeader.replayedName] == "true" }
    /// Each error's `extensions.code`.
    var errorCodes: [String] {
        (json?["errors"]?.listValue ?? []).compactMap { $0["extensions"]?["code"]?.stringValue }
    }

    var description: String { "\(status.code) \(body)" }
}
