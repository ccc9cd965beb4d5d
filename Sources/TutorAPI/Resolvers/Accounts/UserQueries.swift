import Foundation
import GraphQLEngine
import TutorDomain
import TutorStore

/// `Query.viewer`, the staff directory `Query.users`, and `node(id:)` for users.
enum UserQueries {
    static func register(_ query: inout ObjectResolvers<RootValue>) {
        query.field("viewer") { _, _, context in
            guard let viewer = context.viewer else { return .value(nil) }
            return .load(context.userByID.deferred(viewer.userID).map { user in user?.deletedAt == nil ? user : nil })
        }
        query.field("users") { _, arguments, context in
            try AccessPolicy.require(context.viewer, .readModerationData)
            let request = try PageRequest(arguments: arguments)
            let filter = try userFilter(arguments["filter"]?.objectValue ?? [:])
            let (page, after) = try request.instantKeyset()
            return .run {
                let rows = try await context.store.users.list(filter: filter, page: page, after: after)
                return Connection(rows: rows, request: request, cursor: \.position.cursor) { context in
                    .run { try await context.store.users.count(filter: filter) }
                }
            }
        }
    }

    static func registerNodes(_ nodes: inout NodeFetchers) {
        nodes.add(.user) { key, context in
            context.userByID.deferred(key).map { user -> (any Sendable)? in
                guard let user, UserResolvers.isVisible(user, to: context) else { return nil }
                return user
            }
        }
    }

    /// Reads `UserFilter`.
    private static func userFilter(_ filter: ObjectValue) throws(APIError) -> UserListFilter {
        let search = filter["search"]?.stringValue?.trimmingCharacters(in: .whitespaces)
        if let search, search.count > 200 {
            throw APIError.badInput("Search at most 200 characters.", field: "filter.search")
        }
        return UserListFilter(
            search: search, role: filter["role"]?.stringValue.flatMap { Role(rawValue: $0.lowercased()) },
            includeDeleted: filter["includeDeleted"]?.boolValue ?? false)
    }
}
