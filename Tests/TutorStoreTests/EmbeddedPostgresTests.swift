import Foundation
import PostgresNIO
import Testing
import TutorStore

@Suite("Embedded PostgreSQL cluster")
struct EmbeddedPostgresTests {
    @Test("first start initializes; a second start adopts the running server; a restart keeps the data")
    func startStopRestart() async throws {
        let baseDirectory = FileManager.default.temporaryDirectory
            .appendingPathComponent("tutorgraph-embedded-\(UUID().uuidString.prefix(8))", isDirectory: true)
        defer { try? FileManager.default.removeItem(at: baseDirectory) }
        let cluster = EmbeddedPostgres(baseDirectory: baseDirectory, database: "embedded_check", fastUnsafe: true, logger: testLogger)
        #expect(cluster.isFirstRun)

        let first = try await cluster.start()
        do {
            #expect(first.host == "127.0.0.1")
            #expect(first.url == "postgres://postgres@127.0.0.1:\(first.port)/embedded_check?sslmode=disable")
            try await withClient(first) { client in
                try await client.query("CREATE TABLE kept (note text)", logger: testLogger)
                try await client.query("INSERT INTO kept VALUES ('survives a restart')", logger: testLogger)
                let preload = try await client.query("SHOW shared_preload_libraries", logger: testLogger)
                    .singleValue(String.self)
                #expect(preload.contains("pg_stat_statements"))
            }

            let adopted = try await cluster.start()
            #expect(adopted.port == first.port)
            try await cluster.stop()
            try await cluster.stop()  // stopping a stopped cluster is a no-op

            let again = EmbeddedPostgres(baseDirectory: baseDirectory, database: "embedded_check", logger: testLogger)
            #expect(!again.isFirstRun)
            let restarted = try await again.start()
            try await withClient(restarted) { client in
                let note = try await client.query("SELECT note FROM kept", logger: testLogger).singleValue(String.self)
                #expect(note == "survives a restart")
            }
            try await again.stop(immediate: true)
        } catch {
            try? await cluster.stop(immediate: true)
            throw error
        }
    }

    private func withClient(_ running: EmbeddedPostgres.Running, _ body: (PostgresClient) async throws -> Void) async throws {
        let configuration = try DatabaseConfiguration(url: running.url, poolSize: 1).client
        try await withRunningClient(configuration, logger: testLogger, body)
    }
}
