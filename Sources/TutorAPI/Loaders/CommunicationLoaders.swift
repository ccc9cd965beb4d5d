import GraphQLEngine
import TutorStore

/// Conversations by ID.
enum ConversationByID: DataLoaderKey {
    typealias Key = Int64
    typealias Value = ConversationRow
}

/// Messages by ID.
enum MessageByID: DataLoaderKey {
    typealias Key = Int64
    typealias Value = MessageRow
}

/// The newest message of each conversation, by conversation ID.
enum LastMessageByConversation: DataLoaderKey {
    typealias Key = Int64
    typealias Value = MessageRow
}

/// How many messages the viewer has not read, by conversation ID.
enum ViewerUnreadCountByConversation: DataLoaderKey {
    typealias Key = Int64
    typealias Value = Int
}

/// How many messages a conversation holds, by conversation ID.
enum MessageCountByConversation: DataLoaderKey {
    typealias Key = Int64
    typealias Value = Int
}

/// One page of a conversation's messages; keys asking for the same page share one statement.
enum MessagePageByConversation: DataLoaderKey {
    typealias Key = ConversationMessagesPage
    typealias Value = [MessageRow]
}

/// A conversation and the page of its messages a `Conversation.messages` field asks for.
struct ConversationMessagesPage: Hashable, Sendable {
    /// The page arguments: the same for every conversation one `messages(…)` selection reaches.
    struct Window: Hashable, Sendable {
        let page: KeysetPage
        let after: InstantPosition?
    }

    let conversationID: Int64
    let window: Window
}

/// Attachments by message ID.
enum AttachmentsByMessage: DataLoaderKey {
    typealias Key = Int64
    typealias Value = [MessageAttachmentRow]
}

/// Notifications by ID.
enum NotificationByID: DataLoaderKey {
    typealias Key = Int64
    typealias Value = NotificationRow
}

/// A user's notification list and unread counts, by user ID.
enum NotificationCountsByUser: DataLoaderKey {
    typealias Key = Int64
    typealias Value = NotificationCounts
}

/// Audit entries by ID.
enum AuditLogEntryByID: DataLoaderKey {
    typealias Key = Int64
    typealias Value = AuditLogRow
}

/// Reports by ID.
enum ReportByID: DataLoaderKey {
    typealias Key = Int64
    typealias Value = ReportRow
}

extension RequestContext {
    /// The request's conversation loader.
    var conversationByID: DataLoader<Int64, ConversationRow> {
        loader(ConversationByID.self) { [store] ids in try await store.conversations.conversations(ids: ids) }
    }

    /// The request's message loader.
    var messageByID: DataLoader<Int64, MessageRow> {
        loader(MessageByID.self) { [store] ids in try await store.messages.messages(ids: ids) }
    }

    /// The request's loader of each conversation's newest message.
    var lastMessageByConversation: DataLoader<Int64, MessageRow> {
        loader(LastMessageByConversation.self) { [store] ids in
            try await store.messages.lastMessages(forConversationIDs: ids)
        }
    }

    /// The request's loader of unread counts; only for conversations the viewer takes part in.
    var viewerUnreadCountByConversation: DataLoader<Int64, Int> {
        loader(ViewerUnreadCountByConversation.self) { [store, viewer] ids in
            guard let viewer else { return [:] }
            return try await store.messages.unreadCounts(forConversationIDs: ids, readerUserID: viewer.userID)
        }
    }

    /// The request's loader of message counts per conversation.
    var messageCountByConversation: DataLoader<Int64, Int> {
        loader(MessageCountByConversation.self) { [store] ids in
            try await store.messages.messageCounts(forConversationIDs: ids)
        }
    }

    /// The request's loader of message pages: one statement per distinct page asked for, whatever the
    /// number of conversations.
    var messagePageByConversation: DataLoader<ConversationMessagesPage, [MessageRow]> {
        loader(MessagePageByConversation.self) { [store] keys in
            var pages: [ConversationMessagesPage: [MessageRow]] = [:]
            for (window, keys) in Dictionary(grouping: keys, by: \.window) {
                let rows = try await store.messages.messagePages(
                    forConversationIDs: keys.map(\.conversationID), page: window.page, after: window.after)
                for key in keys { pages[key] = rows[key.conversationID] ?? [] }
            }
            return pages
        }
    }

    /// The request's loader of attachments per message.
    var attachmentsByMessage: DataLoader<Int64, [MessageAttachmentRow]> {
        loader(AttachmentsByMessage.self) { [store] ids in try await store.messages.attachments(forMessageIDs: ids) }
    }

    /// The request's notification loader.
    var notificationByID: DataLoader<Int64, NotificationRow> {
        loader(NotificationByID.self) { [store] ids in try await store.notifications.notifications(ids: ids) }
    }

    /// The request's loader of notification counts per user.
    var notificationCountsByUser: DataLoader<Int64, NotificationCounts> {
        loader(NotificationCountsByUser.self) { [store] ids in try await store.notifications.counts(forUserIDs: ids) }
    }

    /// The request's audit entry loader.
    var auditLogEntryByID: DataLoader<Int64, AuditLogRow> {
        loader(AuditLogEntryByID.self) { [store] ids in try await store.auditLog.entries(ids: ids) }
    }

    /// The request's report loader.
    var reportByID: DataLoader<Int64, ReportRow> {
        loader(ReportByID.self) { [store] ids in try await store.reports.reports(ids: ids) }
    }
}
