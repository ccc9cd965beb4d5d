import Foundation
import TutorStore

/// The text `tutorgraph migrate` prints: one line per migration, aligned for reading in a terminal.
enum MigrationReport {
    /// Every migration with its state, `applied <timestamp>` or `pending`, and a closing count.
    static func statusTable(_ statuses: [MigrationStatus]) -> String {
        let width = statuses.map { name(of: $0.migration).count }.max() ?? 0
        var lines = statuses.map { status in
            let state = status.appliedAt.map { "applied \($0.formatted(.iso8601))" } ?? "pending"
            return name(of: status.migration).padding(toLength: width, withPad: " ", startingAt: 0) + "  " + state
        }
        let appliedCount = statuses.filter(\.isApplied).count
        lines.append("\(appliedCount) of \(statuses.count) migrations applied.")
        return lines.joined(separator: "\n")
    }

    /// What `migrate` did: the files it applied, or that there was nothing to do.
    static func applied(_ migrations: [Migration]) -> String {
        guard !migrations.isEmpty else { return "The database is up to date." }
        return (migrations.map { "Applied \(name(of: $0))" } + ["Applied \(migrations.count) migration(s)."])
            .joined(separator: "\n")
    }

    /// What `migrate --down` did: the files it reverted, newest first.
    static func reverted(_ migrations: [Migration]) -> String {
        guard !migrations.isEmpty else { return "No migration is applied; nothing to revert." }
        return (migrations.map { "Reverted \(name(of: $0))" } + ["Reverted \(migrations.count) migration(s)."])
            .joined(separator: "\n")
    }

    /// A migration as its file stem, such as `001_identity`.
    static func name(of migration: Migration) -> String {
        migration.fileURL.deletingPathExtension().lastPathComponent
    }
}
