import Logging
import PostgresNIO

/// The single place the CLI reaches demo data: `seed --demo` and the first `dev` start both go through here.
enum DemoData {
    /// The shared password of every demo account, printed by `dev` and listed in the README.
    static let password = "tutorgraph-demo"

    /// The seeder this build links, or nil when it links none.
    static let seeder: (any DemoDataSeeding)? = nil

    /// Seeds the demo data with one freshly hashed password; throws `demoSeederUnavailable` without a seeder.
    static func seed(client: PostgresClient, logger: Logger) async throws {
        guard let seeder else { throw CommandError.demoSeederUnavailable }
        let passwordHash = try await PasswordHasher.hash(password)
        try await seeder.seed(client: client, passwordHash: passwordHash, logger: logger)
    }
}
