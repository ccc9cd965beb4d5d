import Foundation
import PostgresNIO
import Testing
import TutorStore
import TutorTestSupport

@Suite("Migration runner")
struct MigrationRunnerTests {
    /// The names of the real migration files, which every test compares against.
    let files: [String]

    init() throws {
        files = try FileManager.default.contentsOfDirectory(atPath: MigrationRunner.defaultDirectory().path)
            .filter { $0.hasSuffix(".sql") && !$0.hasSuffix(".down.sql") }
            .sorted()
    }

    private func runner(_ client: PostgresClient, _ directory: URL = MigrationRunner.defaultDirectory()) -> MigrationRunner {
        MigrationRunner(client: client, directory: directory, logger: testLogger)
    }

    private func appliedVersions(_ client: PostgresClient) async throws -> [Int] {
        var versions: [Int] = []
        let rows = try await client.query("SELECT version FROM schema_migrations ORDER BY version", logger: testLogger)
        for try await version in rows.decode(Int.self) { versions.append(version) }
        return versions
    }

    private func tableExists(_ name: String, _ client: PostgresClient) async throws -> Bool {
        try await client.query("SELECT to_regclass(\(name)) IS NOT NULL", logger: testLogger).singleValue(Bool.self)
    }

    @Test("applies every file in order on an empty database and records its checksum")
    func appliesAllFiles() async throws {
        try await TestDatabase.withFreshDatabase(migrated: false) { client, _ async throws in
            let applied = try await runner(client).migrate()
            #expect(applied.map(\.fileName) == files)
            #expect(applied.map(\.version) == applied.map(\.version).sorted())
            #expect(try await appliedVersions(client) == applied.map(\.version))

            let storedChecksum = try await client.query(
                "SELECT checksum FROM schema_migrations WHERE version = \(applied[0].version)", logger: testLogger
            ).singleValue(String.self)
            #expect(storedChecksum == applied[0].checksum)
            #expect(storedChecksum.count == 64)

            let tableCount = try await client.query(
                "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'", logger: testLogger
            ).singleValue(Int.self)
            #expect(tableCount >= 45)
        }
    }

    @Test("running again applies nothing and changes nothing")
    func rerunIsNoOp() async throws {
        try await TestDatabase.withFreshDatabase(migrated: false) { client, _ async throws in
            try await runner(client).migrate()
            let before = try await client.query(
                "SELECT max(applied_at) FROM schema_migrations", logger: testLogger
            ).singleValue(Date.self)
            let second = try await runner(client).migrate()
            #expect(second.isEmpty)
            #expect(try await appliedVersions(client).count == files.count)
            let after = try await client.query(
                "SELECT max(applied_at) FROM schema_migrations", logger: testLogger
            ).singleValue(Date.self)
            #expect(after == before)
        }
    }

    @Test("status and pending report each file as pending, then as applied")
    func reportsStatus() async throws {
        try await TestDatabase.withFreshDatabase(migrated: false) { client, _ async throws in
            let before = try await runner(client).status()
            #expect(before.map(\.migration.fileName) == files)
            #expect(before.allSatisfy { !$0.isApplied && $0.appliedAt == nil })
            #expect(try await runner(client).pending().count == files.count)

            try await runner(client).migrate()
            let after = try await runner(client).status()
            #expect(after.allSatisfy { $0.isApplied })
            #expect(try await runner(client).pending().isEmpty)
        }
    }

    @Test("an applied file that was edited is refused by name, and nothing else is applied")
    func refusesEditedFile() async throws {
        let scratch = try ScratchMigrations()
        try await TestDatabase.withFreshDatabase(migrated: false) { client, _ async throws in
            try await runner(client, scratch.directory).migrate()
            try scratch.append("\n-- a harmless-looking edit\n", to: "003_tutoring.sql")
            try scratch.write("CREATE TABLE added_later (id int);\n", as: "900_added_later.sql")

            let error = await #expect(throws: MigrationError.self) {
                try await runner(client, scratch.directory).migrate()
            }
            guard case .checksumMismatch(let file, _, _) = error else {
                Issue.record("expected a checksum mismatch, got \(String(describing: error))")
                return
            }
            #expect(file == "003_tutoring.sql")
            #expect(error?.description.contains("003_tutoring.sql was edited after it was applied") == true)
            #expect(try await tableExists("added_later", client) == false)
            #expect(try await appliedVersions(client).count == files.count)
            await #expect(throws: MigrationError.self) { try await runner(client, scratch.directory).pending() }
        }
    }

    @Test("a failing statement rolls its whole file back and names the file and statement")
    func rollsBackFailingFile() async throws {
        let scratch = try ScratchMigrations()
        try scratch.write("CREATE TABLE half_done (id int);\nSELECT * FROM no_such_table;\n", as: "900_broken.sql")
        try await TestDatabase.withFreshDatabase(migrated: false) { client, _ async throws in
            let error = await #expect(throws: MigrationError.self) {
                try await runner(client, scratch.directory).migrate()
            }
            guard case .statementFailed(let file, let statement, _, let reason) = error else {
                Issue.record("expected a failed statement, got \(String(describing: error))")
                return
            }
            #expect(file == "900_broken.sql")
            #expect(statement == 2)
            #expect(reason.contains("no_such_table") && reason.contains("42P01"))
            #expect(try await tableExists("half_done", client) == false)
            #expect(try await appliedVersions(client).count == files.count)
        }
    }

    @Test("two runners at once apply each file exactly once")
    func concurrentRunnersApplyOnce() async throws {
        try await TestDatabase.withFreshDatabase(migrated: false) { client, url in
            let otherConfiguration = try DatabaseConfiguration(url: url, poolSize: 1).client
            let (first, second) = try await withRunningClient(otherConfiguration, logger: testLogger) { otherClient in
                async let first = runner(client).migrate()
                async let second = runner(otherClient).migrate()
                return try await (first, second)
            }
            #expect(first.count + second.count == files.count)
            #expect(Set(first.map(\.version)).isDisjoint(with: second.map(\.version)))
            #expect(try await appliedVersions(client).count == files.count)
        }
    }

    @Test("down(n) reverts the newest n files with their twins, and migrate re-applies them")
    func revertsNewestFiles() async throws {
        try await TestDatabase.withFreshDatabase(migrated: false) { client, _ async throws in
            let applied = try await runner(client).migrate()
            // Revert everything after 006_payments, whatever later files exist: 007 and 008 create these tables.
            let count = applied.filter { $0.version > 6 }.count
            let reverted = try await runner(client).down(count)
            #expect(reverted.map(\.version) == applied.suffix(count).reversed().map(\.version))
            #expect(try await appliedVersions(client) == applied.dropLast(count).map(\.version))
            #expect(try await tableExists("reviews", client) == false)
            #expect(try await tableExists("outbox", client) == false)
            #expect(try await tableExists("bookings", client))

            #expect(try await runner(client).migrate().map(\.version) == applied.suffix(count).map(\.version))
            #expect(try await tableExists("reviews", client))
        }
    }

    @Test("every down twin reverts its file completely, back to an empty schema")
    func downToEmpty() async throws {
        try await TestDatabase.withFreshDatabase(migrated: false) { client, _ async throws in
            try await runner(client).migrate()
            try await runner(client).down(files.count)
            #expect(try await appliedVersions(client).isEmpty)
            let leftovers = try await client.query(
                """
                SELECT (SELECT count(*) FROM pg_class WHERE relnamespace = 'public'::regnamespace
                          AND relname NOT LIKE 'schema_migrations%')
                     + (SELECT count(*) FROM pg_proc WHERE pronamespace = 'public'::regnamespace)
                     + (SELECT count(*) FROM pg_type WHERE typnamespace = 'public'::regnamespace
                          AND typname NOT LIKE '%schema_migrations')
                """,
                logger: testLogger
            ).singleValue(Int.self)
            #expect(leftovers == 0)
            #expect(try await runner(client).migrate().count == files.count)
        }
    }

    @Test("down refuses, changing nothing, when a file lacks its twin or too few are applied")
    func downRefuses() async throws {
        let scratch = try ScratchMigrations()
        try await TestDatabase.withFreshDatabase(migrated: false) { client, _ async throws in
            try await runner(client, scratch.directory).migrate()
            let withoutTwin = files[files.count - 2]
            try scratch.remove(withoutTwin.replacingOccurrences(of: ".sql", with: ".down.sql"))

            await #expect(throws: MigrationError.missingDownFile(withoutTwin)) {
                try await runner(client, scratch.directory).down(2)
            }
            await #expect(throws: MigrationError.notEnoughApplied(requested: 99, applied: files.count)) {
                try await runner(client, scratch.directory).down(99)
            }
            #expect(try await appliedVersions(client).count == files.count)
            #expect(try await tableExists("reviews", client))
            #expect(try await runner(client, scratch.directory).down(1).count == 1)
        }
    }

    @Test("misnamed files and orphan down files are reported, not skipped")
    func refusesBadDirectoryContents() async throws {
        let misnamed = try ScratchMigrations()
        try misnamed.write("SELECT 1;\n", as: "9-oops.sql")
        let orphan = try ScratchMigrations()
        try orphan.write("SELECT 1;\n", as: "901_nothing.down.sql")
        try await TestDatabase.withFreshDatabase(migrated: false) { client, _ async throws in
            await #expect(throws: MigrationError.malformedFileName("9-oops.sql")) {
                try await runner(client, misnamed.directory).migrate()
            }
            await #expect(throws: MigrationError.orphanDownFile("901_nothing.down.sql")) {
                try await runner(client, orphan.directory).migrate()
            }
            #expect(try await tableExists("schema_migrations", client) == false)
        }
    }
}
