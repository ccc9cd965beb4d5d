import PostgresNIO
import Testing
import TutorTestSupport

@Suite("Statement counting for N+1 tests")
struct StatementCounterTests {
    @Test("counts the statements of this database since the reset, and only those")
    func countsOwnStatements() async throws {
        try await TestDatabase.withFreshDatabase { client, _ in
            try await TestDatabase.withFreshDatabase { otherClient, _ in
                try await TestDatabase.resetStatements(client)
                for id in 1...3 {
                    try await client.query("SELECT name FROM subjects WHERE id = \(id)", logger: testLogger)
                }
                try await client.query("SELECT count(*) FROM users", logger: testLogger)
                try await otherClient.query("SELECT 1", logger: testLogger)
                #expect(try await TestDatabase.statementCount(client) == 4)

                try await TestDatabase.resetStatements(client)
                #expect(try await TestDatabase.statementCount(client) == 0)
            }
        }
    }
}
