import ArgumentParser
import Foundation
import Logging
import TutorServer
import TutorStore

/// `tutorgraph seed --demo`: fills the database at DATABASE_URL with the demo marketplace.
struct SeedCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "seed",
        abstract: "Insert demo data into the database at DATABASE_URL (safe to run again).",
        discussion: "Needs a fully migrated database: run `tutorgraph migrate` first."
    )

    @Flag(help: "Insert the demo accounts, tutors, students, bookings, reviews and payments.")
    var demo = false

    func validate() throws {
        guard demo else { throw ValidationError("Nothing to seed; pass --demo to insert the demo data.") }
    }

    func run() async throws {
        let environment = ProcessInfo.processInfo.environment
        let logger = Logger.tutorgraph(level: try ServerConfiguration.logLevel(from: environment))
        let database = try DatabaseConfiguration(environment: environment)
        try await withRunningClient(database.client, logger: logger) { client in
            try await MigrationGate(client: client, logger: logger).refuseIfPending()
            try await DemoData.requireSeeder().seed(client: client, logger: logger)
        }
        print("Demo data is in place; every demo account's password is \(DemoData.password).")
    }
}
