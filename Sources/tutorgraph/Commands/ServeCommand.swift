import ArgumentParser
import Foundation
import Hummingbird
import Logging
import TutorServer

/// `tutorgraph serve`: the production server, configured only from the environment.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the GraphQL API against DATABASE_URL.",
        discussion: "Refuses to start when JWT_SECRET is missing or short, or when migrations are pending."
    )

    @Option(help: "The port to listen on, overriding PORT (default 8080).")
    var port: Int?

    func validate() throws {
        try validatePort(port)
    }

    func run() async throws {
        var environment = ProcessInfo.processInfo.environment
        if let port { environment["PORT"] = String(port) }
        let configuration = try ServerConfiguration(environment: environment)
        let logger = Logger.tutorgraph(level: configuration.logLevel)
        let hooks = StartupHooks(
            beforeServing: { client in try await MigrationGate(client: client, logger: logger).refuseIfPending() },
            onListening: { port in
                logger.notice("Serving GraphQL", metadata: ["url": "\(ServerURLs(host: configuration.host, port: port).graphQL)"])
            }
        )
        try await buildApplication(configuration: configuration, logger: logger, hooks: hooks).runService()
    }
}

/// Rejects a `--port` outside the TCP range before anything starts.
func validatePort(_ port: Int?) throws {
    if let port, !(0...65_535).contains(port) {
        throw ValidationError("--port must be between 0 and 65535.")
    }
}
