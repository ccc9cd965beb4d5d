import PostgresNIO

/// Work the command line attaches to the server's start-up, run inside the application's service group so
/// Ctrl-C and SIGTERM stop it as cleanly as they stop the server.
public struct StartupHooks: Sendable {
    /// Runs once the connection pool is up and before the server listens: checks or applies migrations,
    /// seeds demo data. Throwing stops start-up with that error.
    public var beforeServing: @Sendable (PostgresClient) async throws -> Void
    /// Runs once the server listens, with the port actually bound (useful when the configured port is 0).
    public var onListening: @Sendable (_ port: Int) async -> Void

    public init(
        beforeServing: @escaping @Sendable (PostgresClient) async throws -> Void = { _ in },
        onListening: @escaping @Sendable (_ port: Int) async -> Void = { _ in }
    ) {
        self.beforeServing = beforeServing
        self.onListening = onListening
    }
}
