/// Why a command refused to go on, as the one line ArgumentParser prints after `Error:`.
enum CommandError: Error, Equatable, CustomStringConvertible {
    /// The database has migrations that are not applied; `versions` lists them in order.
    case pendingMigrations(versions: [String])
    /// This build links no demo data seeder.
    case demoSeederUnavailable

    var description: String {
        switch self {
        case .pendingMigrations(let versions):
            "the database has \(versions.count) pending migration(s) (\(versions.joined(separator: ", "))); "
                + "run `tutorgraph migrate` first"
        case .demoSeederUnavailable:
            "this build of tutorgraph has no demo data seeder"
        }
    }
}
