import Foundation
import Logging
import PostgresNIO

/// Applies and reverts the numbered SQL files of a migrations directory.
///
/// Each file runs in its own transaction and is recorded in `schema_migrations` with its SHA-256, so an
/// edited file is refused instead of silently diverging. A session-level advisory lock is held for the whole
/// run, so several servers starting at once apply each file exactly once.
public struct MigrationRunner: Sendable {
    /// Arbitrary but fixed key of the advisory lock that serializes migration runs across processes.
    static let lockKey: Int64 = 0x5475_746F_7247_7261  // "TutorGra"

    private let client: PostgresClient
    private let directory: URL
    private let logger: Logger

    /// A runner for the files in `directory` against the database `client` points at (the client must be running).
    public init(client: PostgresClient, directory: URL, logger: Logger) {
        self.client = client
        self.directory = directory
        self.logger = logger
    }

    /// The `migrations/` directory: `$TUTORGRAPH_MIGRATIONS`, else `./migrations`, else the one in this source tree.
    public static func defaultDirectory() -> URL {
        if let path = ProcessInfo.processInfo.environment["TUTORGRAPH_MIGRATIONS"], !path.isEmpty {
            return URL(fileURLWithPath: path, isDirectory: true)
        }
        let local = URL(fileURLWithPath: FileManager.default.currentDirectoryPath, isDirectory: true)
            .appendingPathComponent("migrations", isDirectory: true)
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: local.path, isDirectory: &isDirectory), isDirectory.boolValue {
            return local
        }
        // This file is Sources/TutorStore/Migrations/MigrationRunner.swift; the package root is four levels up.
        var root = URL(fileURLWithPath: #filePath, isDirectory: false)
        for _ in 0..<4 { root.deleteLastPathComponent() }
        return root.appendingPathComponent("migrations", isDirectory: true)
    }

    /// Every migration file with when it was applied; throws if an applied file was edited since.
    public func status() async throws -> [MigrationStatus] {
        let migrations = try MigrationCatalog.load(from: directory)
        let entries = try await client.withConnection { connection in
            try await MigrationLedger(connection: connection, logger: logger).entries()
        }
        try verifyChecksums(of: migrations, against: entries)
        return migrations.map { MigrationStatus(migration: $0, appliedAt: entries[$0.version]?.appliedAt) }
    }

    /// The migrations not applied yet, in the order `migrate()` would apply them.
    public func pending() async throws -> [Migration] {
        try await status().filter { !$0.isApplied }.map(\.migration)
    }

    /// Applies every pending migration in version order and returns those it applied (empty when up to date).
    @discardableResult
    public func migrate() async throws -> [Migration] {
        let migrations = try MigrationCatalog.load(from: directory)
        return try await withMigrationLock { ledger in
            try await ledger.createIfMissing()
            let entries = try await ledger.entries()
            try verifyChecksums(of: migrations, against: entries)
            warnAboutUnknownVersions(in: entries, known: migrations)
            var applied: [Migration] = []
            for migration in migrations where entries[migration.version] == nil {
                try await apply(migration, ledger: ledger)
                applied.append(migration)
            }
            return applied
        }
    }

    /// Reverts the last `count` applied migrations, newest first, with their `.down.sql` twins.
    ///
    /// Refuses before changing anything when one of them has no twin or fewer than `count` are applied.
    @discardableResult
    public func down(_ count: Int) async throws -> [Migration] {
        guard count >= 0 else { throw MigrationError.invalidDownCount(count) }
        let migrations = try MigrationCatalog.load(from: directory)
        let byVersion = Dictionary(uniqueKeysWithValues: migrations.map { ($0.version, $0) })
        return try await withMigrationLock { ledger in
            let entries = try await ledger.entries()
            try verifyChecksums(of: migrations, against: entries)
            let versions = entries.keys.sorted(by: >).prefix(count)
            guard versions.count == count else {
                throw MigrationError.notEnoughApplied(requested: count, applied: entries.count)
            }
            let plan = try versions.map { version in
                guard let migration = byVersion[version] else {
                    throw MigrationError.appliedMigrationNotFound(version: version)
                }
                guard migration.downURL != nil else { throw MigrationError.missingDownFile(migration.fileName) }
                return migration
            }
            for migration in plan {
                try await revert(migration, ledger: ledger)
            }
            return plan
        }
    }

    /// Runs `body` on one connection while holding the session-level migration lock, releasing it however
    /// `body` ends (a dropped connection releases it too).
    private func withMigrationLock<Result: Sendable>(
        _ body: (MigrationLedger) async throws -> Result
    ) async throws -> Result {
        try await client.withConnection { connection in
            try await connection.query("SELECT pg_advisory_lock(\(Self.lockKey))", logger: logger)
            let result: Result
            do {
                result = try await body(MigrationLedger(connection: connection, logger: logger))
            } catch {
                _ = try? await connection.query("SELECT pg_advisory_unlock(\(Self.lockKey))", logger: logger)
                throw error
            }
            try await connection.query("SELECT pg_advisory_unlock(\(Self.lockKey))", logger: logger)
            return result
        }
    }

    private func verifyChecksums(of migrations: [Migration], against entries: [Int: MigrationLedger.Entry]) throws {
        for migration in migrations {
            guard let entry = entries[migration.version], entry.checksum != migration.checksum else { continue }
            throw MigrationError.checksumMismatch(
                file: migration.fileName, applied: entry.checksum, current: migration.checksum
            )
        }
    }

    /// A database migrated by a newer release than this one is not an error: the older server may still run.
    private func warnAboutUnknownVersions(in entries: [Int: MigrationLedger.Entry], known migrations: [Migration]) {
        let unknown = Set(entries.keys).subtracting(migrations.map(\.version)).sorted()
        guard !unknown.isEmpty else { return }
        logger.warning(
            "database has migrations this release does not know",
            metadata: ["versions": .array(unknown.map { .stringConvertible($0) })]
        )
    }

    private func apply(_ migration: Migration, ledger: MigrationLedger) async throws {
        try await runInOneTransaction(file: migration.fileURL, ledger: ledger) {
            try await ledger.record(migration)
        }
        logger.info("applied migration", metadata: ["file": .string(migration.fileName)])
    }

    private func revert(_ migration: Migration, ledger: MigrationLedger) async throws {
        guard let downURL = migration.downURL else { throw MigrationError.missingDownFile(migration.fileName) }
        try await runInOneTransaction(file: downURL, ledger: ledger) {
            try await ledger.erase(migration)
        }
        logger.info("reverted migration", metadata: ["file": .string(migration.fileName)])
    }

    /// Runs every statement of `file`, then `bookkeeping`, in one transaction: all of it lands or none does.
    private func runInOneTransaction(
        file: URL, ledger: MigrationLedger, bookkeeping: () async throws -> Void
    ) async throws {
        let statements = SQLScript(try String(contentsOf: file, encoding: .utf8)).statements
        do {
            try await ledger.connection.withTransaction(logger: logger) { connection in
                for (offset, statement) in statements.enumerated() {
                    do {
                        try await connection.query(PostgresQuery(unsafeSQL: statement), logger: logger)
                    } catch {
                        throw MigrationError.statementFailed(
                            file: file.lastPathComponent,
                            statement: offset + 1,
                            excerpt: Self.excerpt(of: statement),
                            reason: postgresErrorSummary(error)
                        )
                    }
                }
                try await bookkeeping()
            }
        } catch let error as PostgresTransactionError {
            throw error.closureError ?? error
        }
    }

    /// The first line of code in a statement, shortened, to point at a failing statement in messages.
    private static func excerpt(of statement: String) -> String {
        let firstCodeLine = statement.split(separator: "\n").first { !$0.hasPrefix("--") } ?? Substring(statement)
        let line = firstCodeLine.trimmingCharacters(in: .whitespaces)
        return line.count > 60 ? line.prefix(60) + "…" : line
    }
}
