import Foundation

/// Why migrating stopped; every case reads as one line an operator can act on.
public enum MigrationError: Error, CustomStringConvertible, Equatable {
    /// The migrations directory does not exist or cannot be listed.
    case directoryNotFound(path: String)
    /// A `.sql` file whose name is not `NNN_description.sql` or `NNN_description.down.sql`.
    case malformedFileName(String)
    /// Two files claim the same version number.
    case duplicateVersion(Int, files: [String])
    /// A `.down.sql` file without the migration it would revert.
    case orphanDownFile(String)
    /// An applied migration's file changed after it was applied.
    case checksumMismatch(file: String, applied: String, current: String)
    /// A statement of a migration failed; the migration's transaction was rolled back.
    case statementFailed(file: String, statement: Int, excerpt: String, reason: String)
    /// `down` was asked to revert a negative number of migrations.
    case invalidDownCount(Int)
    /// `down` was asked to revert more migrations than are applied.
    case notEnoughApplied(requested: Int, applied: Int)
    /// An applied migration that `down` should revert has no file in the directory.
    case appliedMigrationNotFound(version: Int)
    /// A migration that `down` should revert has no `.down.sql` twin.
    case missingDownFile(String)

    public var description: String {
        switch self {
        case .directoryNotFound(let path):
            "migrations directory not found at \(path); set TUTORGRAPH_MIGRATIONS to its path"
        case .malformedFileName(let name):
            "migration file \(name) is not named NNN_description.sql or NNN_description.down.sql"
        case .duplicateVersion(let version, let files):
            "migration version \(version) is used by more than one file: \(files.joined(separator: ", "))"
        case .orphanDownFile(let name):
            "\(name) has no matching migration file to revert"
        case .checksumMismatch(let file, let applied, let current):
            "migration \(file) was edited after it was applied (checksum \(applied.prefix(12))… is now "
                + "\(current.prefix(12))…); restore the file and put the change in a new migration; nothing was applied"
        case .statementFailed(let file, let statement, let excerpt, let reason):
            "migration \(file) failed at statement \(statement) (\(excerpt)): \(reason); the file was rolled back"
        case .invalidDownCount(let count):
            "cannot revert \(count) migrations: the count must be zero or more"
        case .notEnoughApplied(let requested, let applied):
            "cannot revert \(requested) migrations: only \(applied) are applied; nothing was reverted"
        case .appliedMigrationNotFound(let version):
            "cannot revert applied migration \(version): its file is not in the migrations directory; nothing was reverted"
        case .missingDownFile(let name):
            "cannot revert \(name): it has no .down.sql twin; nothing was reverted"
        }
    }
}
