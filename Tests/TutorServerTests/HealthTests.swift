import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Logging
import Testing
import TutorServer
import TutorStore

/// `/healthz` and `/readyz` through the real application, with and without a reachable database.
struct HealthTests {
    @Test func livenessAnswersWithoutTheDatabase() async throws {
        let app = try await buildApplication(configuration: .unreachableDatabase, logger: .test)
        try await app.test(.router) { client in
            let response = try await client.execute(uri: "/healthz", method: .get)
            #expect(response.status == .ok)
            #expect(response.headers[.contentType] == "application/json; charset=utf-8")
            #expect(response.headers[.cacheControl] == "no-store")
            #expect(try decodeJSON(response.body) == ["status": "ok"])
        }
    }

    @Test func readinessIs503WhenTheDatabaseIsUnreachable() async throws {
        let app = try await buildApplication(configuration: .unreachableDatabase, logger: .test)
        try await app.test(.router) { client in
            let response = try await client.execute(uri: "/readyz", method: .get)
            #expect(response.status == .serviceUnavailable)
            #expect(try decodeJSON(response.body) == ["status": "unavailable", "reason": "database unreachable"])
        }
    }
}

/// A JSON object body with string values, as both probes answer.
func decodeJSON(_ body: ByteBuffer) throws -> [String: String] {
    try JSONDecoder().decode([String: String].self, from: Data(String(buffer: body).utf8))
}

extension ServerConfiguration {
    /// A configuration whose database is a local port where nothing listens, failing fast on connect.
    static var unreachableDatabase: ServerConfiguration {
        get throws {
            try ServerConfiguration(
                database: DatabaseConfiguration(url: "postgres://tutor@127.0.0.1:1/tutorgraph?sslmode=disable&connect_timeout=1"),
                jwtSecret: String(repeating: "s", count: 32)
            )
        }
    }
}

extension Logger {
    /// A quiet logger for tests: only errors reach the console.
    static var test: Logger {
        var logger = Logger(label: "tutorgraph-tests")
        logger.logLevel = .error
        return logger
    }
}
