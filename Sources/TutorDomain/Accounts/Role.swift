/// What a user is to the marketplace; stored lower-case in `users.role`.
public enum Role: String, Sendable, Hashable, Codable, CaseIterable {
    case student, tutor, admin, owner

    /// Admins and owners moderate: they see soft-deleted rows and other users' private data.
    public var isStaff: Bool { self == .admin || self == .owner }
}
