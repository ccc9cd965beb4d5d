import Foundation
import PostgresNIO
import TutorDomain

/// Which users the staff directory lists.
public struct UserListFilter: Sendable, Hashable {
    /// Case-insensitive substring of e-mail, first or last name.
    public var search: String?
    public var role: Role?
    public var includeDeleted: Bool

    public init(search: String? = nil, role: Role? = nil, includeDeleted: Bool = false) {
        self.search = search
        self.role = role
        self.includeDeleted = includeDeleted
    }

    /// `search` as an ILIKE pattern, its own `%`, `_` and `\` matched literally.
    var likePattern: String? {
        guard let search, !search.isEmpty else { return nil }
        let escaped = search.replacingOccurrences(of: "\\", with: "\\\\")
            .replacingOccurrences(of: "%", with: "\\%").replacingOccurrences(of: "_", with: "\\_")
        return "%" + escaped + "%"
    }
}

extension UserRepository {
    /// One page of the staff directory, newest first: up to `page.fetchLimit` users beyond `after`, in the
    /// direction of travel (backward pages come oldest first; the caller reverses them).
    public func list(filter: UserListFilter, page: KeysetPage, after position: InstantPosition?) async throws -> [UserRow] {
        let pattern = filter.likePattern
        let role = filter.role?.rawValue
        return try await database.query(
            """
            SELECT \(unescaped: UserRow.columns) FROM users u
            WHERE (\(filter.includeDeleted) OR u.deleted_at IS NULL)
              AND (\(role)::text IS NULL OR u.role = \(role))
              AND (\(pattern)::text IS NULL OR u.email ILIKE \(pattern) OR u.first_name ILIKE \(pattern)
                   OR u.last_name ILIKE \(pattern))
              AND \(beyond: position, on: "u.created_at", "u.id", walking: page.direction)
            ORDER BY \(newestFirst: "u.created_at", "u.id", walking: page.direction)
            LIMIT \(page.fetchLimit)
            """
        ).map(UserRow.init(decoding:))
    }

    /// How many users the directory lists for `filter`, over all pages.
    public func count(filter: UserListFilter) async throws -> Int {
        let pattern = filter.likePattern
        let role = filter.role?.rawValue
        let rows = try await database.query(
            """
            SELECT count(*)::int8 FROM users u
            WHERE (\(filter.includeDeleted) OR u.deleted_at IS NULL)
              AND (\(role)::text IS NULL OR u.role = \(role))
              AND (\(pattern)::text IS NULL OR u.email ILIKE \(pattern) OR u.first_name ILIKE \(pattern)
                   OR u.last_name ILIKE \(pattern))
            """
        )
        return try rows.first.map { Int(try $0.decode(Int64.self)) } ?? 0
    }
}
