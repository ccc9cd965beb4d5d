import GraphQLEngine
import TutorStore

/// `conversations` and `notifications`: the viewer's own lists, newest first, keyset-paginated.
enum CommunicationQueries {
    static func register(_ query: inout ObjectResolvers<RootValue>) {
        query.field("conversations") { _, arguments, context in
            let viewer = try AccessPolicy.requireSignedIn(context.viewer)
            let request = try PageRequest(arguments: arguments)
            let (page, position) = try request.instantKeyset()
            return .run {
                let rows = try await context.store.conversations.inbox(of: viewer.userID, page: page, after: position)
                for row in rows { context.conversationByID.prime(row.id, row) }
                return Connection(rows: rows, request: request, cursor: \.position.cursor) { context in
                    .run { try await context.store.conversations.inboxCount(of: viewer.userID) }
                }
            }
        }

        query.field("notifications") { _, arguments, context in
            let viewer = try AccessPolicy.requireSignedIn(context.viewer)
            let unreadOnly = arguments["unreadOnly"]?.boolValue ?? false
            let request = try PageRequest(arguments: arguments)
            let (page, position) = try request.instantKeyset()
            return .run {
                let rows = try await context.store.notifications.inbox(
                    of: viewer.userID, unreadOnly: unreadOnly, page: page, after: position)
                return Connection(rows: rows, request: request, cursor: \.position.cursor) { context in
                    .load(
                        context.notificationCountsByUser.deferred(viewer.userID).map { counts in
                            (unreadOnly ? counts?.unread : counts?.total) ?? 0
                        })
                }
            }
        }
    }
}
