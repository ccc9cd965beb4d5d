import Foundation

/// One numbered schema change read from `migrations/NNN_description.sql`, with its optional `.down.sql` twin.
public struct Migration: Sendable, Hashable {
    /// The number before the first underscore; migrations apply in ascending version order.
    public let version: Int
    /// The file name's words after the version, e.g. `reviews and admin` for `008_reviews_and_admin.sql`.
    public let description: String
    /// The file that applies the change.
    public let fileURL: URL
    /// The `NNN_description.down.sql` twin that reverts the change, when there is one.
    public let downURL: URL?
    /// Lower-case hex SHA-256 of the file's bytes, recorded when applied so later edits are caught.
    public let checksum: String

    /// The file's name, which is how people refer to a migration in messages.
    public var fileName: String { fileURL.lastPathComponent }
}

/// Where one migration stands in a particular database.
public struct MigrationStatus: Sendable {
    /// The migration file this status describes.
    public let migration: Migration
    /// When the migration was applied, or `nil` while it is pending.
    public let appliedAt: Date?

    /// Whether the database already holds this migration.
    public var isApplied: Bool { appliedAt != nil }
}
