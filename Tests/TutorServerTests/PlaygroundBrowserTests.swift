import Hummingbird
import HummingbirdTesting
import Logging
import PostgresNIO
import Testing
import TutorStore

@testable import TutorServer

/// The playground in a real browser against the real server: a query given in the URL runs on load and its
/// result appears in the page, and the documentation explorer lists the `Query` fields from introspection.
@Suite(.enabled(if: HeadlessChromium.isInstalled, "Chromium is not installed (apt-get install -y chromium)"))
struct PlaygroundBrowserTests {
    @Test func runsTheQueryFromTheURLAndListsTheQueryFieldsInTheDocs() async throws {
        try await Self.serverApplication().test(.live) { client in
            try await PlaygroundBrowserCheck.run(client: client)
        }
    }

    /// The application `tutorgraph serve` runs, with every route provider, listening on a free loopback port.
    ///
    /// The connection pool is never started: `{ __typename }` and introspection are answered from the schema
    /// alone, so this test needs a browser but no database.
    static func serverApplication() throws -> some ApplicationProtocol {
        let configuration = ServerConfiguration(
            database: try DatabaseConfiguration(url: "postgres://tutorgraph@127.0.0.1:1/tutorgraph"),
            host: "127.0.0.1",
            port: 0,
            jwtSecret: String(repeating: "playground-browser-test-", count: 2)
        )
        let database = PostgresClient(configuration: configuration.database.client, backgroundLogger: Logger(label: "test"))
        let router = try buildRouter(configuration: configuration, database: database)
        return Application(router: router, configuration: .init(address: .hostname("127.0.0.1", port: 0)))
    }
}
