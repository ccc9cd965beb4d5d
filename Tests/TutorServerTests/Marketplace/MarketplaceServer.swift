import AsyncHTTPClient
import Foundation
import GraphQLEngine
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Logging
import NIOCore
import NIOHTTP1
import PostgresNIO
import Testing
import TutorAPI
import TutorServer
import TutorStore
import TutorTestSupport

/// The real TutorGraph application — `buildApplication`: its router, middleware, GraphQL controller, connection
/// pool and background jobs — listening on a loopback socket over a fresh, migrated test database.
///
/// Requests go through AsyncHTTPClient with a pool of up to 64 connections, so 50 requests fired together really
/// reach the server on 50 sockets at once and run concurrently on the server's pool, as fifty browsers would. Each
/// has a deadline that closes its connection when it passes, so a slow server fails a test instead of hanging it
/// (HummingbirdTesting's one-connection `TestClient` keeps waiting for a late answer after its timeout).
struct MarketplaceServer: Sendable {
    /// Signs the server's access tokens; the tests sign theirs with it too, as a second server instance would.
    static let jwtSecret = "tutorgraph-marketplace-http-tests-secret"
    /// Server connections to PostgreSQL: wide enough for fifty racing requests to overlap in the database.
    static let poolSize = 20
    /// How long one request may take: generous, since the whole test suite shares two cores.
    static let requestDeadline: TimeAmount = .seconds(60)

    /// The port the server listens on.
    let port: Int
    /// The HTTP client every request goes through.
    let http: HTTPClient
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
                var configuration = HTTPClient.Configuration()
                configuration.httpVersion = .http1Only
                configuration.connectionPool = .init(idleTimeout: .seconds(30), concurrentHTTP1ConnectionsPerHostSoftLimit: 64)
                let http = HTTPClient(eventLoopGroupProvider: .singleton, configuration: configuration)
                do {
                    try await body(MarketplaceServer(port: port, http: http, database: client))
                } catch {
                    try? await http.shutdown()
                    throw error
                }
                try await http.shutdown()
            }
        }
    }

    /// POSTs a GraphQL document to `/graphql` as `application/json`, with `Authorization: Bearer <token>` when
    /// signed in; asks for `application/graphql-response+json`.
    func graphQL(_ document: String, variables: ObjectValue = [:], token: String? = nil) async throws
        -> MarketplaceResponse
    {
        var request = HTTPClientRequest(url: "http://localhost:\(port)/graphql")
        request.method = .POST
        request.headers.add(name: "Content-Type", value: "application/json")
        request.headers.add(name: "Accept", value: "application/graphql-response+json, application/json;q=0.9")
        if let token { request.headers.add(name: "Authorization", value: "Bearer \(token)") }
        let body = JSON.encode(.object(["query": .string(document), "variables": .object(variables)]))
        request.body = .bytes(ByteBuffer(bytes: body))
        let response = try await http.execute(request, deadline: .now() + Self.requestDeadline)
        let received = try await response.body.collect(upTo: 1 << 20)
        return MarketplaceResponse(
            status: HTTPResponse.Status(code: Int(response.status.code)),
            contentType: response.headers.first(name: "Content-Type"), body: String(buffer: received))
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
