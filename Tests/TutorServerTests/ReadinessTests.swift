import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
import TutorServer
import TutorStore
import TutorTestSupport

/// `/readyz` against a real PostgreSQL from TutorTestSupport's throwaway cluster.
struct ReadinessTests {
    @Test func readinessIs200WhileTheDatabaseAnswers() async throws {
        try await TestDatabase.withFreshDatabase { _, url in
            let configuration = ServerConfiguration(
                database: try DatabaseConfiguration(url: url, poolSize: 2),
                jwtSecret: String(repeating: "s", count: 32)
            )
            let app = try await buildApplication(configuration: configuration, logger: .test)
            try await app.test(.router) { client in
                // Polled like an orchestrator would: the pool's first connection may take longer than one
                // probe's 2-second budget on a loaded machine.
                var response = try await client.execute(uri: "/readyz", method: .get)
                for _ in 0..<20 where response.status != .ok {
                    try await Task.sleep(for: .milliseconds(500))
                    response = try await client.execute(uri: "/readyz", method: .get)
                }
                #expect(response.status == .ok)
                #expect(try decodeJSON(response.body) == ["status": "ok"])
            }
        }
    }
}
