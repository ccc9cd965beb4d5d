import Logging
import PostgresNIO

/// Inserts the demo marketplace (the README's demo accounts, tutors, students, bookings, reviews, ...) into a
/// migrated database; running it again changes nothing.
protocol DemoDataSeeding: Sendable {
    /// Seeds through `client`, giving every demo account `passwordHash` (one bcrypt hash shared by all of them).
    func seed(client: PostgresClient, passwordHash: String, logger: Logger) async throws
}
