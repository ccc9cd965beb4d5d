import Logging
import PostgresNIO
import TutorAPI
import TutorStore

/// The CLI's demo data: TutorStore's `DemoSeeder`, with the demo password hashed once by the API's bcrypt
/// settings so demo accounts log in exactly like registered ones.
struct StoreDemoDataSeeder: DemoDataSeeding {
    func seed(client: PostgresClient, logger: Logger) async throws {
        let passwordHash = try await PasswordHasher().hash(DemoData.password)
        let summary = try await DemoSeeder(database: Database(client: client, logger: logger))
            .seed(passwordHash: passwordHash)
        if summary.alreadySeeded {
            logger.notice("Demo data was already in place; nothing inserted")
        } else {
            logger.notice("Inserted demo data", metadata: ["rows": "\(summary.totalRows)"])
        }
    }
}
