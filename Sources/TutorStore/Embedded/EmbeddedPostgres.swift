import Foundation
import Logging
import PostgresNIO

/// A private PostgreSQL cluster made from the binaries installed on this machine, for `tutorgraph dev` and tests.
///
/// The first start runs `initdb` in `baseDirectory/data`; later starts reuse it (or a server already running
/// on it). The server listens on 127.0.0.1 only, on a free port chosen at each start, with its Unix socket in
/// `baseDirectory`, and loads `pg_stat_statements`. Trust authentication is safe only because of that
/// loopback-only listener.
public struct EmbeddedPostgres: Sendable {
    /// The superuser `initdb` creates and every connection uses.
    public static let superuser = "postgres"
    /// Attempts at binding a fresh port when another process grabbed the previous one first.
    private static let startAttempts = 3

    /// The directory holding `data/` (the cluster) and `postgres.log`.
    public let baseDirectory: URL
    /// The application database, created on start when missing.
    public let database: String
    /// Trades durability for speed (no fsync, no full-page writes) and allows many connections: for tests.
    public let fastUnsafe: Bool
    /// Whether the cluster did not exist yet when this value was made, so `start()` runs `initdb`.
    public let isFirstRun: Bool
    private let logger: Logger

    private var dataDirectory: URL { baseDirectory.appendingPathComponent("data", isDirectory: true) }
    private var logFile: URL { baseDirectory.appendingPathComponent("postgres.log", isDirectory: false) }
    private var versionFile: URL { dataDirectory.appendingPathComponent("PG_VERSION", isDirectory: false) }
    private var pidFile: URL { dataDirectory.appendingPathComponent("postmaster.pid", isDirectory: false) }

    /// Describes a cluster under `baseDirectory`; nothing happens on disk until `start()`.
    public init(baseDirectory: URL, database: String = "tutorgraph", fastUnsafe: Bool = false, logger: Logger) {
        self.baseDirectory = baseDirectory.standardizedFileURL
        self.database = database
        self.fastUnsafe = fastUnsafe
        self.logger = logger
        isFirstRun = !FileManager.default.fileExists(
            atPath: self.baseDirectory.appendingPathComponent("data/PG_VERSION", isDirectory: false).path
        )
    }

    /// Where a started cluster can be reached.
    public struct Running: Sendable {
        public let host: String
        public let port: Int
        public let user: String
        public let database: String

        /// A `DATABASE_URL` for the application database; TLS is off because the server is loopback-only.
        public var url: String { url(forDatabase: database) }

        /// A `DATABASE_URL` for another database of the same cluster.
        public func url(forDatabase name: String) -> String {
            "postgres://\(user)@\(host):\(port)/\(name)?sslmode=disable"
        }
    }

    /// Initializes the cluster on first use, starts it (or adopts the server already running on it), and
    /// creates the application database when missing.
    public func start() async throws -> Running {
        let runner = try commandRunner()
        try FileManager.default.createDirectory(at: baseDirectory, withIntermediateDirectories: true)
        try await runner.prepareOwnership(of: baseDirectory)
        if !FileManager.default.fileExists(atPath: versionFile.path) {
            try await initialize(with: runner)
        }
        let port: Int
        if let runningPort = try await portOfRunningServer(with: runner) {
            logger.info("reusing running PostgreSQL", metadata: ["port": "\(runningPort)"])
            port = runningPort
        } else {
            port = try await launch(with: runner)
        }
        try await createDatabaseIfMissing(port: port)
        return Running(host: "127.0.0.1", port: port, user: Self.superuser, database: database)
    }

    /// Stops the server if it runs: `fast` waits for clients to disconnect cleanly, `immediate` does not
    /// (fine for throwaway test clusters).
    public func stop(immediate: Bool = false) async throws {
        let runner = try commandRunner()
        guard try await isRunning(with: runner) else { return }
        try await runner.run("pg_ctl", stopArguments(immediate: immediate))
        logger.info("stopped PostgreSQL", metadata: ["data": "\(dataDirectory.path)"])
    }

    /// Stops the server immediately, blocking the calling thread; for `atexit` handlers, which cannot await.
    public func stopNow() {
        guard let runner = try? commandRunner() else { return }
        runner.runBlocking("pg_ctl", stopArguments(immediate: true))
    }

    private func stopArguments(immediate: Bool) -> [String] {
        ["stop", "-D", dataDirectory.path, "-m", immediate ? "immediate" : "fast", "-w", "-t", "60"]
    }

    /// Binaries matching the major version an existing cluster was created with, so an upgrade of the
    /// machine's default PostgreSQL does not break an old data directory.
    private func commandRunner() throws -> ClusterCommandRunner {
        let existingMajor = (try? String(contentsOf: versionFile, encoding: .utf8))
            .flatMap { Int($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
        let binaries = try PostgresBinaries.locate(
            preferredMajor: existingMajor, environment: ProcessInfo.processInfo.environment
        )
        return ClusterCommandRunner(binaries: binaries)
    }

    private func initialize(with runner: ClusterCommandRunner) async throws {
        logger.info("initializing PostgreSQL cluster", metadata: ["data": "\(dataDirectory.path)"])
        #if os(Linux)
        let locale = "C.UTF-8"
        #else
        let locale = "en_US.UTF-8"
        #endif
        var arguments = [
            "-D", dataDirectory.path, "-U", Self.superuser, "--auth=trust", "-E", "UTF8", "--locale=\(locale)",
        ]
        if fastUnsafe { arguments.append("--no-sync") }
        try await runner.run("initdb", arguments)
    }

    private func isRunning(with runner: ClusterCommandRunner) async throws -> Bool {
        guard FileManager.default.fileExists(atPath: pidFile.path) else { return false }
        return try await runner.status(of: "pg_ctl", ["status", "-D", dataDirectory.path]) == 0
    }

    /// The port of a server already running on this data directory (left by a crashed or concurrent run).
    private func portOfRunningServer(with runner: ClusterCommandRunner) async throws -> Int? {
        guard try await isRunning(with: runner) else { return nil }
        // postmaster.pid lines: PID, data directory, start time, port, socket directory, listen address, …
        let lines = try String(contentsOf: pidFile, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
        return lines.count > 3 ? Int(lines[3].trimmingCharacters(in: .whitespaces)) : nil
    }

    /// Starts the server on a free port, trying a new port when another process took the chosen one first.
    private func launch(with runner: ClusterCommandRunner) async throws -> Int {
        for attempt in 1...Self.startAttempts {
            let port = try await freeLocalPort()
            do {
                try await runner.run(
                    "pg_ctl",
                    ["start", "-D", dataDirectory.path, "-l", logFile.path, "-w", "-t", "60", "-o", serverOptions(port: port)]
                )
                logger.info("started PostgreSQL", metadata: ["port": "\(port)", "data": "\(dataDirectory.path)"])
                return port
            } catch EmbeddedPostgresError.commandFailed {
                let log = logTail()
                guard attempt < Self.startAttempts, log.contains("Address already in use") else {
                    throw EmbeddedPostgresError.startFailed(log: log)
                }
                logger.notice("port taken before PostgreSQL could bind it; retrying", metadata: ["port": "\(port)"])
            }
        }
        throw EmbeddedPostgresError.startFailed(log: logTail())
    }

    /// Command-line options for `postgres`; `pg_ctl` hands them to a shell, hence the quoting.
    private func serverOptions(port: Int) -> String {
        var settings = ["listen_addresses=127.0.0.1", "shared_preload_libraries=pg_stat_statements"]
        if fastUnsafe {
            settings += ["fsync=off", "synchronous_commit=off", "full_page_writes=off", "max_connections=1000"]
        }
        return (["-p", "\(port)", "-k", shellQuoted(socketDirectory)] + settings.flatMap { ["-c", $0] })
            .joined(separator: " ")
    }

    /// The base directory, unless the socket path would exceed the kernel's 107-byte limit; then TCP only.
    private var socketDirectory: String {
        let path = baseDirectory.path
        return (path + "/.s.PGSQL.65535").utf8.count < 108 ? path : ""
    }

    private func shellQuoted(_ value: String) -> String {
        "'" + value.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    /// The end of the server log, where PostgreSQL says why it would not start.
    private func logTail() -> String {
        guard let data = try? Data(contentsOf: logFile) else { return "" }
        return String(decoding: data.suffix(4096), as: UTF8.self)
    }

    private func createDatabaseIfMissing(port: Int) async throws {
        let configuration = PostgresConnection.Configuration(
            host: "127.0.0.1", port: port, username: Self.superuser, password: nil, database: "postgres", tls: .disable
        )
        let connection = try await PostgresConnection.connect(configuration: configuration, id: 0, logger: logger)
        do {
            let rows = try await connection.query(
                "SELECT 1 FROM pg_database WHERE datname = \(database)", logger: logger
            ).collect()
            if rows.isEmpty {
                let identifier = "\"" + database.replacingOccurrences(of: "\"", with: "\"\"") + "\""
                try await connection.query(PostgresQuery(unsafeSQL: "CREATE DATABASE \(identifier)"), logger: logger)
                logger.info("created database", metadata: ["database": "\(database)"])
            }
        } catch {
            try? await connection.close()
            throw error
        }
        try await connection.close()
    }
}
