import ArgumentParser

/// The `tutorgraph` command: run the server, manage its database, or start the embedded development setup.
@main
struct Tutorgraph: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tutorgraph",
        abstract: "TutorGraph: a GraphQL API server for a tutoring marketplace.",
        subcommands: [DevCommand.self, ServeCommand.self, MigrateCommand.self, SeedCommand.self],
        defaultSubcommand: DevCommand.self
    )
}
