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
import TutorServer
import TutorStore
import TutorTestSupport

/// The real TutorGraph application — `buildApplication`: its router, middleware, GraphQL controller, connection
/// pool and background jobs — listening on a loopback socket over a fresh, migrated test database.
///
/// Every request opens its own TCP connection, so requests fired together really reach the server at once and
/// run concurrently on the server's pool, as fifty browsers would.
struct MarketplaceServer: Sendable {
    /// Signs the server's access tokens; the tests sign theirs with it too, as a second server instance would.
    static let jwtSecret = "tutorgraph-marketplace-http-tests-secret"
    /// Server connections to PostgreSQL: wide enough for fifty racing requests to overlap in the database.
    static let poolSize = 20

    /// The port the server listens on.
    let port: Int
    /// The test's own connection pool on the same database, for arranging rows and checking what requests wrote.
    let database: PostgresClient
    /// Issues access tokens the server accepts, so tests sign users in without paying for bcrypt each time.
    let tokens = AccessTokenService(secret: Self.jwtSecret)

    /// Runs `body` against a server started on a fresh database; the server and the database go away afterwards.
    static func run(_ body: @escaping @Sendable (MarketplaceServer) async throws -> Void) async throws {
        try await TestDatabase.withFreshDatabase { client, url in
            let configuration = ServerConfiguration(
                database: try DatabaseConfiguration(url: url, poolSize: poolSize), port: 0, jwtSecret: jwtSecret)
            let app = try await buildApplication(configuration: configuration, logger: logger)
            try await app.test(.live) { testClient in
                let port = try #require(testClient.port)
                try await body(MarketplaceServer(port: port, database: client))
            }
        }
    }

    /// POSTs a GraphQL document to `/graphql` as `application/json`, with `Authorization: Bearer <token>` when
    /// signed in, over a connection of its own; asks for `application/graphql-response+json`.
    func graphQL(_ document: String, variables: ObjectValue = [:], token: String? = nil) async throws
        -> MarketplaceResponse
    {
        var headers: HTTPFields = [
            .contentType: "application/json",
            .accept: "application/graphql-response+json, application/json;q=0.9",
        ]
        if let token { headers[.authorization] = "Bearer \(token)" }
        let body = JSON.encode(.object(["query": .string(document), "variables": .object(variables)]))
        let response = try await TestClient.withClient(host: "localhost", port: port) { [headers] client in
            try await client.post("/graphql", headers: headers, body: ByteBuffer(bytes: body))
        }
        return MarketplaceResponse(
            status: response.status, contentType: response.head.headerFields[.contentType],
            body: response.body.map { String(buffer: $0) } ?? "")
    }

    /// Runs mutation `name` with `input` (of GraphQL type `inputType`), selecting `selection` from its payload, as the token's user.
    func mutate(
        _ name: String, _ inputType: String, _ input: ObjectValue, select selection: String, token: String?
    ) async throws -> MarketplaceResponse {
        try await graphQL(
            "mutation Act($input: \(inputType)!) { \(name)(input: $input) { \(selection) } }",
            variables: ["input": .object(input)], token: token)
    }

    /// Sends `count` requests at once — each made by `request` from its index — and returns every response.
    func concurrently(
        _ count: Int, _ request: @escaping @Sendable (Int) async throws -> MarketplaceResponse
    ) async throws -> [MarketplaceResponse] {
        try await withThrowingTaskGroup(of: MarketplaceResponse.self) { group in
            for index in 0..<count {
                group.addTask { try await request(index) }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
    }

    /// Quiet unless something goes wrong: a masked internal error is logged at `error` with its cause.
    static let logger: Logger = {
        var logger = Logger(label: "tutorgraph.tests.marketplace")
        logger.logLevel = .warning
        return logger
    }()
}
