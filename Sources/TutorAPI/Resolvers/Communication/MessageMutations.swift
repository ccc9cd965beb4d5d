import GraphQLEngine
import TutorStore

/// `sendMessage`, `editMessage`, `deleteMessage`, `markConversationRead`.
///
/// Each validates its input, then makes one store call (one transaction) whose `authorize` callback applies
/// `CommunicationAccess` to the rows it locked.
enum MessageMutations {
    static func register(_ mutation: inout ObjectResolvers<RootValue>) {
        mutation.field("sendMessage") { _, arguments, context in
            let viewer = try AccessPolicy.requireSignedIn(context.viewer)
            let input = InputReader(input: arguments)
            let message = NewMessage(
                senderUserID: viewer.userID, destination: try destination(of: input, sender: viewer),
                body: try MessageInputRules.body(input.string("body", default: ""), field: "input.body"),
                attachments: try MessageInputRules.attachments(
                    input.fields["attachments"]?.listValue ?? [], field: "input.attachments"))
            return .run {
                let sent = try await CommunicationWriteError.translating {
                    try await context.store.messaging.send(message, now: context.now) { conversation in
                        try CommunicationAccess.requireWrite(conversation, viewer)
                    }
                }
                context.attachmentsByMessage.prime(sent.message.id, sent.attachments)
                return MessagePayload(
                    message: sent.message, conversation: sent.conversation, clientMutationId: input.clientMutationId)
            }
        }

        mutation.field("editMessage") { _, arguments, context in
            let viewer = try AccessPolicy.requireSignedIn(context.viewer)
            let input = InputReader(input: arguments)
            let messageID = try input.id("messageId", as: .message)
            let body = try MessageInputRules.body(input.string("body", default: ""), field: "input.body")
            return .run {
                let edited = try await CommunicationWriteError.translating {
                    try await context.store.messaging.edit(messageID: messageID, body: body, now: context.now) {
                        message, conversation in
                        try CommunicationAccess.requireChange(message, in: conversation, viewer)
                    }
                }
                return MessagePayload(
                    message: edited.message, conversation: edited.conversation, clientMutationId: input.clientMutationId)
            }
        }

        mutation.field("deleteMessage") { _, arguments, context in
            let viewer = try AccessPolicy.requireSignedIn(context.viewer)
            let input = InputReader(input: arguments)
            let messageID = try input.id("messageId", as: .message)
            return .run {
                let deleted = try await CommunicationWriteError.translating {
                    try await context.store.messaging.delete(messageID: messageID, by: viewer.userID, now: context.now) {
                        message, conversation in
                        try CommunicationAccess.requireChange(message, in: conversation, viewer)
                    }
                }
                return MessagePayload(
                    message: deleted.message, conversation: deleted.conversation,
                    clientMutationId: input.clientMutationId)
            }
        }

        mutation.field("markConversationRead") { _, arguments, context in
            let viewer = try AccessPolicy.requireSignedIn(context.viewer)
            let input = InputReader(input: arguments)
            let conversationID = try input.id("conversationId", as: .conversation)
            return .run {
                let conversation = try await CommunicationWriteError.translating {
                    try await context.store.messaging.markConversationRead(
                        conversationID, readerUserID: viewer.userID, now: context.now
                    ) { conversation in
                        try CommunicationAccess.requireWrite(conversation, viewer)
                    }
                }
                return ConversationPayload(conversation: conversation, clientMutationId: input.clientMutationId)
            }
        }
    }

    /// Where `sendMessage` writes: exactly one of `recipientId` (not the sender) and `conversationId`.
    private static func destination(of input: InputReader, sender: Viewer) throws(APIError) -> NewMessage.Destination {
        let recipientID = try input.optionalID("recipientId", as: .user)
        let conversationID = try input.optionalID("conversationId", as: .conversation)
        switch (recipientID, conversationID) {
        case (let recipientID?, nil):
            guard recipientID != sender.userID else {
                throw APIError.badInput("You cannot send a message to yourself.", field: "input.recipientId")
            }
            return .recipient(userID: recipientID)
        case (nil, let conversationID?):
            return .conversation(id: conversationID)
        default:
            throw APIError.badInput("Give either recipientId or conversationId, not both.", field: "input.recipientId")
        }
    }
}
