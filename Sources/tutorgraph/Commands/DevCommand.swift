import ArgumentParser
import Foundation
import Hummingbird
import Logging
import PostgresNIO
import TutorServer
import TutorStore

/// `tutorgraph dev`: the zero-setup development server, with its own PostgreSQL cluster unless DATABASE_URL is set.
struct DevCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dev",
        abstract: "Run a development server with an embedded PostgreSQL cluster and demo data.",
        discussion: """
            Without DATABASE_URL, creates (first run) or reuses a private PostgreSQL cluster in the data directory. \
            Migrates, seeds demo data into a fresh database, and serves until Ctrl-C or SIGTERM, then stops the \
            server and the cluster. Without JWT_SECRET, a key is generated once and kept in the data directory.
            """
    )

    @Option(help: "The port to listen on, overriding PORT (default 8080).")
    var port: Int?

    @Option(name: .customLong("data-dir"), help: ArgumentHelp("Where the cluster and dev secret live.", valueName: "D"))
    var dataDirectory: String = ".tutorgraph"

    func validate() throws {
        try validatePort(port)
    }

    func run() async throws {
        var environment = ProcessInfo.processInfo.environment
        let dataDirectory = URL(fileURLWithPath: dataDirectory, isDirectory: true).standardizedFileURL
        if let port { environment["PORT"] = String(port) }
        if environment["JWT_SECRET", default: ""].isEmpty {
            environment["JWT_SECRET"] = try DevelopmentSecret.loadOrCreate(in: dataDirectory)
        }
        let logger = Logger.tutorgraph(level: try ServerConfiguration.logLevel(from: environment))
        if !environment["DATABASE_URL", default: ""].isEmpty {
            try await serve(environment: environment, logger: logger)
            return
        }
        let cluster = EmbeddedPostgres(baseDirectory: dataDirectory, logger: logger)
        environment["DATABASE_URL"] = try await cluster.start().url
        do {
            try await serve(environment: environment, logger: logger)
        } catch {
            try? await cluster.stop()
            throw error
        }
        try await cluster.stop()
    }

    /// Migrates, seeds a fresh database, and serves until a shutdown signal.
    private func serve(environment: [String: String], logger: Logger) async throws {
        let configuration = try ServerConfiguration(environment: environment)
        let hooks = StartupHooks(
            beforeServing: { client in try await Self.prepare(client: client, logger: logger) },
            onListening: { port in
                // Written unbuffered so the URLs appear at once even when stdout is a pipe or a file.
                FileHandle.standardOutput.write(Data(Self.banner(ServerURLs(host: configuration.host, port: port)).utf8))
            }
        )
        try await buildApplication(configuration: configuration, logger: logger, hooks: hooks).runService()
    }

    /// Brings the schema up to date and, when the database was empty, fills it with demo data.
    private static func prepare(client: PostgresClient, logger: Logger) async throws {
        let gate = MigrationGate(client: client, logger: logger)
        let (applied, wasEmpty) = try await gate.migrate()
        if !applied.isEmpty {
            logger.notice("Applied migrations", metadata: ["count": "\(applied.count)"])
        }
        guard wasEmpty else { return }
        guard let seeder = DemoData.seeder else {
            logger.warning("This build has no demo data seeder; the database starts empty")
            return
        }
        try await seeder.seed(client: client, logger: logger)
        logger.notice("Seeded demo data")
    }

    /// What a person needs once the server listens: where to point a browser and how to log in.
    static func banner(_ urls: ServerURLs) -> String {
        """

        TutorGraph is running.
          Playground  \(urls.playground)
          GraphQL     \(urls.graphQL)
          Demo login  admin@example.com / \(DemoData.password)
        Press Ctrl-C to stop.

        """
    }
}
