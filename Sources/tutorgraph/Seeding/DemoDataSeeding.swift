import Logging
import PostgresNIO

/// Inserts the demo marketplace (the README's demo accounts, tutors, students, bookings, reviews, ...) into a
/// migrated database; running it again changes nothing.
protocol DemoDataSeeding: Sendable {
    /// Seeds through `client`; every demo account gets `DemoData.password`, bcrypt-hashed once and shared.
    func seed(client: PostgresClient, logger: Logger) async throws
}
