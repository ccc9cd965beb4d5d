import GraphQLEngine
import TutorStore

/// Conversations, messages and notifications: their types, the `conversations` and `notifications` queries,
/// the messaging and notification mutations, and `node(id:)` for them.
enum CommunicationResolvers: APIArea {
    static func register(_ map: inout ResolverMap) {
        ConversationResolvers.register(&map)
        NotificationResolvers.register(&map)

        var messagePayload = ObjectResolvers("MessagePayload", as: MessagePayload.self)
        messagePayload.field("message") { $0.message }
        messagePayload.field("conversation") { $0.conversation }
        messagePayload.field("clientMutationId") { $0.clientMutationId }
        map.add(messagePayload)

        var conversationPayload = ObjectResolvers("ConversationPayload", as: ConversationPayload.self)
        conversationPayload.field("conversation") { $0.conversation }
        conversationPayload.field("clientMutationId") { $0.clientMutationId }
        map.add(conversationPayload)

        var notificationPayload = ObjectResolvers("NotificationPayload", as: NotificationPayload.self)
        notificationPayload.field("notification") { $0.notification }
        notificationPayload.field("clientMutationId") { $0.clientMutationId }
        map.add(notificationPayload)

        var markAllPayload = ObjectResolvers("MarkAllNotificationsReadPayload", as: MarkAllNotificationsReadPayload.self)
        markAllPayload.field("updatedCount") { $0.updatedCount }
        markAllPayload.field("clientMutationId") { $0.clientMutationId }
        map.add(markAllPayload)
    }

    static func registerQueries(_ query: inout ObjectResolvers<RootValue>) {
        CommunicationQueries.register(&query)
    }

    static func registerMutations(_ mutation: inout ObjectResolvers<RootValue>) {
        MessageMutations.register(&mutation)
        NotificationMutations.register(&mutation)
    }

    static func registerNodes(_ nodes: inout NodeFetchers) {
        nodes.add(.conversation) { key, context in
            context.visibleConversation(key).map { row -> (any Sendable)? in row }
        }
        nodes.add(.message) { key, context in
            context.visibleMessage(key).map { row -> (any Sendable)? in row }
        }
        nodes.add(.notification) { key, context in
            context.notificationByID.deferred(key).map { [viewer = context.viewer] row -> (any Sendable)? in
                row.flatMap { CommunicationAccess.canRead($0, viewer) ? $0 : nil }
            }
        }
    }
}

extension RequestContext {
    /// The conversation `id` when the viewer may see it; null when it is missing or hidden, which read the same.
    func visibleConversation(_ id: Int64) -> Promise<ConversationRow?> {
        conversationByID.deferred(id).map { [viewer] row in
            row.flatMap { CommunicationAccess.canRead($0, viewer) ? $0 : nil }
        }
    }

    /// The message `id` when the viewer may see its conversation; null otherwise.
    func visibleMessage(_ id: Int64) -> Promise<MessageRow?> {
        messageByID.deferred(id).flatMap { [self] message in
            guard let message else { return Promise(value: nil) }
            return visibleConversation(message.conversationID).map { $0 == nil ? nil : message }
        }
    }
}

extension ConversationRow: NodeBacked {
    var nodeID: GlobalID { GlobalID(.conversation, id) }
}

extension MessageRow: NodeBacked {
    var nodeID: GlobalID { GlobalID(.message, id) }
}

extension NotificationRow: NodeBacked {
    var nodeID: GlobalID { GlobalID(.notification, id) }
}
