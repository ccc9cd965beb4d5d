import ArgumentParser
import Foundation
import Logging
import TutorServer
import TutorStore

/// `tutorgraph migrate`: applies pending migrations, lists their state, or reverts the last few.
struct MigrateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "migrate",
        abstract: "Apply pending migrations to the database at DATABASE_URL.",
        discussion: "With --status, list every migration and whether it is applied; with --down N, revert the last N."
    )

    @Flag(help: "List every migration file and whether it is applied, changing nothing.")
    var status = false

    @Option(name: .customLong("down"), help: ArgumentHelp("Revert the last N applied migrations.", valueName: "N"))
    var downCount: Int?

    func validate() throws {
        if status, downCount != nil {
            throw ValidationError("--status and --down cannot be combined.")
        }
        if let downCount, downCount < 1 {
            throw ValidationError("--down needs a positive count.")
        }
    }

    func run() async throws {
        let environment = ProcessInfo.processInfo.environment
        let logger = Logger.tutorgraph(level: try ServerConfiguration.logLevel(from: environment))
        let database = try DatabaseConfiguration(environment: environment)
        try await withRunningClient(database.client, logger: logger) { client in
            let runner = MigrationRunner(client: client, directory: MigrationRunner.defaultDirectory(), logger: logger)
            if status {
                print(MigrationReport.statusTable(try await runner.status()))
            } else if let downCount {
                print(MigrationReport.reverted(try await runner.down(downCount)))
            } else {
                print(MigrationReport.applied(try await runner.migrate()))
            }
        }
    }
}
