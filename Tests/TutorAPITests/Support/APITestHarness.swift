import Foundation
import GraphQLEngine
import Logging
import PostgresNIO
import Synchronization
import TutorDomain
import TutorStore
import TutorTestSupport

import TutorAPI

/// The TutorGraph API over a fresh, migrated database, as every area's API tests use it.
///
/// Requests go through the real pipeline (`GraphQLService`: parse → validate → execute) with a real
/// `RequestContext` whose loaders dispatch per level, and every statement they cause is counted.
/// bcrypt runs at cost 4 and time stands still at `clock` until a test advances it. The API is built
/// exactly as the server builds it, so every test also proves that each field of `schema.graphql` has a
/// resolver.
struct APITestHarness: Sendable {
    /// Signs the harness's access tokens.
    static let jwtSecret = "tutorgraph-tests-secret-of-at-least-32-bytes"
    /// The password of every user `createUser` makes.
    static let password = "correct horse battery staple"

    let api: TutorGraphAPI
    let service: GraphQLService
    /// A running client on the test's own database, for arranging rows and checking what mutations wrote.
    let client: PostgresClient
    let clock: TestClock

    var dependencies: APIDependencies { api.dependencies }
    var store: Store { dependencies.store }

    /// Runs `body` with a harness over a fresh database, dropped afterwards. `now` fixes the clock's start;
    /// `paymentProvider` is the processor every money write goes through (a failing one to inject an outage).
    static func withHarness<Result>(
        now: Date = Date(), paymentProvider: any PaymentProvider = LedgerPaymentProvider(),
        _ body: (APITestHarness) async throws -> Result
    ) async throws -> Result {
        try await TestDatabase.withFreshDatabase { client, _ in
            let clock = TestClock(now)
            let dependencies = APIDependencies(
                store: Store(database: Database(client: client, logger: logger), paymentProvider: paymentProvider),
                tokens: AccessTokenService(secret: jwtSecret, now: clock.now),
                passwords: PasswordHasher(cost: 4), clock: clock.now, logger: logger)
            let api = try TutorGraphAPI(schemaSDL: TutorGraphAPI.loadSchemaSDL(), dependencies: dependencies)
            return try await body(
                APITestHarness(api: api, service: GraphQLService(schema: api.schema), client: client, clock: clock))
        }
    }

    /// Runs `query` as `viewer` (nil: signed out).
    func execute(_ query: String, variables: ObjectValue = [:], as viewer: Viewer? = nil) async throws -> APIResponse {
        await run(
            query, variables: variables,
            context: RequestContext(
                viewer: viewer, requestID: "test", dependencies: dependencies))
    }

    /// Runs `query` with `Authorization: Bearer <token>`, the context made as the HTTP layer makes it;
    /// a refused token throws its UNAUTHENTICATED `APIError`.
    func execute(_ query: String, variables: ObjectValue = [:], token: String) async throws -> APIResponse {
        let context = try api.makeContext(authorization: "Bearer \(token)", requestID: "test")
        return await run(query, variables: variables, context: context)
    }

    private func run(_ query: String, variables: ObjectValue, context: RequestContext) async -> APIResponse {
        let internalErrors = Mutex<[String]>([])
        let (result, statements) = await StatementCounter.counting {
            await service.run(
                GraphQLRequest(query: query, variables: variables), context: context, dispatcher: context.loaders,
                errorLogger: { error, path in
                    internalErrors.withLock { $0.append("\(path.map(\.description).joined(separator: ".")): \(error)") }
                })
        }
        return APIResponse(result: result, statements: statements, internalErrors: internalErrors.withLock { $0 })
    }

    /// Quiet unless something goes wrong.
    static let logger: Logger = {
        var logger = Logger(label: "tutorgraph.tests.api")
        logger.logLevel = .warning
        return logger
    }()
}
