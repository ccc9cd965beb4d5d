import GraphQLEngine
import TutorStore

/// `Conversation`, `Message`, `MessageAttachment` and their connections; every relation through a loader.
enum ConversationResolvers {
    static func register(_ map: inout ResolverMap) {
        var conversation = ObjectResolvers("Conversation", as: ConversationRow.self)
        conversation.field("id") { $0.nodeID.description }
        conversation.field("student") { conversation, _, context in
            .load(context.userByID.deferred(conversation.studentUserID))
        }
        conversation.field("tutor") { conversation, _, context in
            .load(context.userByID.deferred(conversation.tutorUserID))
        }
        conversation.field("booking") { conversation, _, context in
            guard let bookingID = conversation.bookingID else { return .value(nil) }
            return .load(context.visibleBooking(bookingID))
        }
        conversation.field("lastMessageAt") { $0.lastMessageAt }
        conversation.field("lastMessage") { conversation, _, context in
            .load(context.lastMessageByConversation.deferred(conversation.id))
        }
        conversation.field("unreadCount") { conversation, _, context in
            guard let viewer = context.viewer, conversation.hasParticipant(viewer.userID) else { return .value(0) }
            return .load(context.viewerUnreadCountByConversation.deferred(conversation.id).map { $0 ?? 0 })
        }
        conversation.field("messages") { conversation, arguments, context in
            let request = try PageRequest(arguments: arguments)
            let (page, position) = try request.instantKeyset()
            let key = ConversationMessagesPage(conversationID: conversation.id, window: .init(page: page, after: position))
            return .load(
                context.messagePageByConversation.deferred(key).map { rows in
                    Connection(rows: rows ?? [], request: request, cursor: \.position.cursor) { context in
                        .load(context.messageCountByConversation.deferred(conversation.id).map { $0 ?? 0 })
                    }
                })
        }
        conversation.field("createdAt") { $0.createdAt }
        map.add(conversation)
        map.addConnection("Conversation", node: ConversationRow.self)

        var message = ObjectResolvers("Message", as: MessageRow.self)
        message.field("id") { $0.nodeID.description }
        message.field("conversation") { message, _, context in
            .load(context.conversationByID.deferred(message.conversationID))
        }
        message.field("sender") { message, _, context in .load(context.userByID.deferred(message.senderUserID)) }
        message.field("body") { $0.body }
        message.field("isRead") { $0.isRead }
        message.field("readAt") { $0.readAt }
        message.field("isEdited") { $0.isEdited }
        message.field("editedAt") { $0.editedAt }
        message.field("isDeleted") { $0.isDeleted }
        message.field("attachments") { message, _, context in
            .load(context.attachmentsByMessage.deferred(message.id).map { $0 ?? [] })
        }
        message.field("createdAt") { $0.createdAt }
        map.add(message)
        map.addConnection("Message", node: MessageRow.self)

        var attachment = ObjectResolvers("MessageAttachment", as: MessageAttachmentRow.self)
        attachment.field("id") { GlobalID(.messageAttachment, $0.id).description }
        attachment.field("fileName") { $0.fileName }
        attachment.field("mimeType") { $0.mimeType }
        attachment.field("sizeBytes") { $0.sizeBytes }
        map.add(attachment)
    }
}
