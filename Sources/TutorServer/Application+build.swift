import Hummingbird
import Logging
import PostgresNIO
import TutorStore

/// Builds the TutorGraph HTTP application from its configuration.
///
/// The PostgreSQL pool runs as a service of the application, so it starts before the server listens and shuts
/// down after it on SIGINT or SIGTERM (`runService()`); the router is built from the pool and the configuration.
/// The background jobs run as another service, starting once the start-up hooks have prepared the database.
public func buildApplication(
    configuration: ServerConfiguration,
    logger: Logger,
    hooks: StartupHooks = StartupHooks()
) async throws -> some ApplicationProtocol {
    let database = PostgresClient(configuration: configuration.database.client, backgroundLogger: logger)
    let router = try buildRouter(configuration: configuration, database: database, logger: logger)
    var app = Application(
        router: router,
        configuration: .init(
            address: .hostname(configuration.host, port: configuration.port),
            serverName: "TutorGraph"
        ),
        onServerRunning: { channel in
            await hooks.onListening(channel.localAddress?.port ?? configuration.port)
        },
        logger: logger
    )
    let (migrated, markMigrated) = AsyncStream<Void>.makeStream()
    let jobs = BackgroundJob.marketplace(store: Store(database: Database(client: database, logger: logger)))
    app.addServices(database, BackgroundJobsService(jobs: jobs, startingAfter: migrated, logger: logger))
    app.beforeServerStarts {
        try await hooks.beforeServing(database)
        markMigrated.finish()
    }
    return app
}
