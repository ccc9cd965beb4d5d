/// The single place the CLI reaches demo data: `seed --demo` and `dev` on a fresh database both go through here.
enum DemoData {
    /// The shared password of every demo account, printed by `dev` and listed in the README.
    static let password = "tutorgraph-demo"

    /// The seeder this build links, or nil when it links none.
    static let seeder: (any DemoDataSeeding)? = StoreDemoDataSeeder()

    /// The linked seeder, or `demoSeederUnavailable` so `seed --demo` fails loudly instead of doing nothing.
    static func requireSeeder() throws -> any DemoDataSeeding {
        guard let seeder else { throw CommandError.demoSeederUnavailable }
        return seeder
    }
}
