import Foundation
import PostgresNIO
import Testing
import TutorStore

@Suite("MessagingRepository: send, edit, delete, mark read")
struct MessagingRepositoryTests {
    @Test("the first message starts the conversation, student and tutor in their places; later ones reuse it")
    func firstMessageStartsConversation() async throws {
        try await CommunicationStoreFixture.run { fixture in
            let student = try await fixture.user("student")
            let tutor = try await fixture.user("tutor", firstName: "Maria")
            let first = try await fixture.send("Hello!", from: tutor, to: student)
            let reply = try await fixture.send("Hi Maria", from: student, to: tutor, minutes: 5)

            #expect(first.conversation.studentUserID == student)
            #expect(first.conversation.tutorUserID == tutor)
            #expect(reply.conversation.id == first.conversation.id)
            #expect(reply.conversation.lastMessageAt == fixture.now.addingTimeInterval(300))
            #expect(reply.message.body == "Hi Maria")
            #expect(try await fixture.scalar("SELECT count(*)::int8 FROM conversations", as: Int64.self) == 1)
        }
    }

    @Test("sending notifies the recipient in the app and queues message.sent in the same transaction")
    func sendingNotifiesAndQueues() async throws {
        try await CommunicationStoreFixture.run { fixture in
            let student = try await fixture.user("student", firstName: "Ada")
            let tutor = try await fixture.user("tutor")
            let sent = try await fixture.send("When can we start?", from: student, to: tutor)

            let title = try await fixture.scalar(
                "SELECT title FROM notifications WHERE user_id = \(tutor) AND type = 'NEW_MESSAGE'", as: String.self)
            #expect(title == "New message from Ada")
            let payload = try await fixture.scalar(
                "SELECT payload::text FROM outbox WHERE topic = 'message.sent'", as: String.self)
            #expect(payload.contains(#""messageId": \#(sent.message.id)"#))
            #expect(payload.contains(#""recipientUserId": \#(tutor)"#))
        }
    }

    @Test("a recipient who switched in-app message notifications off gets none; the event is still queued")
    func respectsNotificationSwitch() async throws {
        try await CommunicationStoreFixture.run { fixture in
            let student = try await fixture.user("student")
            let tutor = try await fixture.user("tutor")
            _ = try await fixture.client.query(
                """
                INSERT INTO user_notification_preferences (user_id, channel, category, is_enabled)
                VALUES (\(tutor), 'in_app', 'message', false)
                """, logger: testLogger)
            try await fixture.send("Hello", from: student, to: tutor)

            #expect(try await fixture.scalar("SELECT count(*)::int8 FROM notifications", as: Int64.self) == 0)
            #expect(try await fixture.scalar("SELECT count(*)::int8 FROM outbox WHERE topic = 'message.sent'", as: Int64.self) == 1)
        }
    }

    @Test("only a student and a tutor who are active can start a conversation")
    func refusesOtherPairs() async throws {
        try await CommunicationStoreFixture.run { fixture in
            let student = try await fixture.user("student")
            let otherStudent = try await fixture.user("student")
            let admin = try await fixture.user("admin")
            let deletedTutor = try await fixture.user("tutor", deleted: true)

            await #expect(throws: CommunicationWriteError.notStudentAndTutor) {
                try await fixture.send("Hi", from: student, to: otherStudent)
            }
            await #expect(throws: CommunicationWriteError.notStudentAndTutor) {
                try await fixture.send("Hi", from: student, to: admin)
            }
            await #expect(throws: CommunicationWriteError.recipientNotFound) {
                try await fixture.send("Hi", from: student, to: deletedTutor)
            }
            await #expect(throws: CommunicationWriteError.recipientNotFound) {
                try await fixture.send("Hi", from: student, to: 999_999)
            }
        }
    }

    @Test("a refusal from authorize rolls the whole send back")
    func refusalRollsBack() async throws {
        try await CommunicationStoreFixture.run { fixture in
            let student = try await fixture.user("student")
            let tutor = try await fixture.user("tutor")
            let first = try await fixture.send("Hello", from: student, to: tutor)

            await #expect(throws: Refused.self) {
                try await fixture.store.messaging.send(
                    NewMessage(senderUserID: student, destination: .conversation(id: first.conversation.id), body: "Again"),
                    now: fixture.now.addingTimeInterval(60), authorize: { _ in throw Refused() })
            }
            #expect(try await fixture.scalar("SELECT count(*)::int8 FROM messages", as: Int64.self) == 1)
            #expect(try await fixture.scalar("SELECT count(*)::int8 FROM outbox", as: Int64.self) == 1)
            #expect(
                try await fixture.scalar("SELECT last_message_at FROM conversations", as: Date.self) == fixture.now)
            await #expect(throws: CommunicationWriteError.conversationNotFound) {
                try await fixture.store.messaging.send(
                    NewMessage(senderUserID: student, destination: .conversation(id: 999_999), body: "Lost"),
                    now: fixture.now, authorize: { _ in })
            }
        }
    }

    @Test("attachments are stored in order; a deleted message loses its text and its files")
    func attachmentsAndDeletion() async throws {
        try await CommunicationStoreFixture.run { fixture in
            let student = try await fixture.user("student")
            let tutor = try await fixture.user("tutor")
            let files = [
                NewAttachment(fileName: "homework.pdf", mimeType: "application/pdf", sizeBytes: 2048, storageKey: "k/1"),
                NewAttachment(fileName: "photo.png", mimeType: "image/png", sizeBytes: 4096, storageKey: "k/2"),
            ]
            let sent = try await fixture.send("See attached", from: student, to: tutor, attachments: files)
            #expect(sent.attachments.map(\.fileName) == ["homework.pdf", "photo.png"])

            let deleted = try await fixture.store.messaging.delete(
                messageID: sent.message.id, by: student, now: fixture.now, authorize: { _, _ in })
            #expect(deleted.message.isDeleted)
            #expect(deleted.message.body == nil)
            let again = try await fixture.store.messaging.delete(
                messageID: sent.message.id, by: student, now: fixture.now.addingTimeInterval(60), authorize: { _, _ in })
            #expect(again.message.deletedAt == fixture.now)
            #expect(try await fixture.store.messages.attachments(forMessageIDs: [sent.message.id]) == [sent.message.id: []])
            #expect(try await fixture.store.messages.messages(ids: [sent.message.id])[sent.message.id]?.body == nil)
        }
    }

    @Test("editing replaces the text and marks it edited; a deleted message cannot be edited")
    func editing() async throws {
        try await CommunicationStoreFixture.run { fixture in
            let student = try await fixture.user("student")
            let tutor = try await fixture.user("tutor")
            let sent = try await fixture.send("Helo", from: student, to: tutor)
            let later = fixture.now.addingTimeInterval(120)

            let edited = try await fixture.store.messaging.edit(
                messageID: sent.message.id, body: "Hello", now: later, authorize: { _, _ in })
            #expect(edited.message.body == "Hello")
            #expect(edited.message.isEdited)
            #expect(edited.message.editedAt == later)

            _ = try await fixture.store.messaging.delete(
                messageID: sent.message.id, by: student, now: later, authorize: { _, _ in })
            await #expect(throws: CommunicationWriteError.messageDeleted) {
                try await fixture.store.messaging.edit(
                    messageID: sent.message.id, body: "Back", now: later, authorize: { _, _ in })
            }
            await #expect(throws: CommunicationWriteError.messageNotFound) {
                try await fixture.store.messaging.edit(messageID: 999_999, body: "x", now: later, authorize: { _, _ in })
            }
        }
    }

    @Test("marking a conversation read marks the other side's messages and the reader's notifications for it")
    func markConversationRead() async throws {
        try await CommunicationStoreFixture.run { fixture in
            let student = try await fixture.user("student")
            let tutor = try await fixture.user("tutor")
            let sent = try await fixture.send("One", from: tutor, to: student)
            try await fixture.send("Two", from: tutor, to: student, minutes: 1)
            try await fixture.send("Mine", from: student, to: tutor, minutes: 2)
            let conversationID = sent.conversation.id

            #expect(
                try await fixture.store.messages.unreadCounts(forConversationIDs: [conversationID], readerUserID: student)
                    == [conversationID: 2])
            _ = try await fixture.store.messaging.markConversationRead(
                conversationID, readerUserID: student, now: fixture.now, authorize: { _ in })

            #expect(
                try await fixture.store.messages.unreadCounts(forConversationIDs: [conversationID], readerUserID: student)
                    == [conversationID: 0])
            #expect(
                try await fixture.store.messages.unreadCounts(forConversationIDs: [conversationID], readerUserID: tutor)
                    == [conversationID: 1])
            #expect(
                try await fixture.store.notifications.counts(forUserIDs: [student])[student]
                    == NotificationCounts(total: 2, unread: 0))
        }
    }
}
