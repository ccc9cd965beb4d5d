import Foundation
import PostgresNIO
import Testing
import TutorStore

@Suite("ConversationRepository and MessageRepository: inboxes and batched reads")
struct MessageReadsTests {
    @Test("an inbox lists live conversations by latest activity, paging both ways without overlap")
    func inboxPaging() async throws {
        try await CommunicationStoreFixture.run { fixture in
            let tutor = try await fixture.user("tutor")
            var conversations: [Int64] = []
            for minute in 0..<5 {
                let student = try await fixture.user("student")
                conversations.append(try await fixture.send("Hi", from: student, to: tutor, minutes: Double(minute)).conversation.id)
            }
            let newestFirst = Array(conversations.reversed())

            let first = try await fixture.store.conversations.inbox(
                of: tutor, page: KeysetPage(direction: .forward, limit: 2), after: nil)
            #expect(first.map(\.id) == Array(newestFirst.prefix(3)))
            let second = try await fixture.store.conversations.inbox(
                of: tutor, page: KeysetPage(direction: .forward, limit: 2), after: first[1].position)
            #expect(second.map(\.id) == Array(newestFirst[2...4]))
            let back = try await fixture.store.conversations.inbox(
                of: tutor, page: KeysetPage(direction: .backward, limit: 2), after: second[0].position)
            #expect(back.map(\.id) == [newestFirst[1], newestFirst[0]])
            #expect(try await fixture.store.conversations.inboxCount(of: tutor) == 5)
        }
    }

    @Test("one statement pages the messages of many conversations, newest first, from a cursor")
    func messagePagesForManyConversations() async throws {
        try await CommunicationStoreFixture.run { fixture in
            let tutor = try await fixture.user("tutor")
            let talkative = try await fixture.user("student")
            let quiet = try await fixture.user("student")
            var sent: [MessageRow] = []
            for minute in 0..<4 {
                sent.append(try await fixture.send("m\(minute)", from: talkative, to: tutor, minutes: Double(minute)).message)
            }
            let quietConversation = try await fixture.send("only", from: quiet, to: tutor).conversation.id
            let busyConversation = sent[0].conversationID

            let (pages, statements) = try await StatementCounter.counting {
                try await fixture.store.messages.messagePages(
                    forConversationIDs: [busyConversation, quietConversation, 999_999],
                    page: KeysetPage(direction: .forward, limit: 2), after: nil)
            }
            #expect(statements == 1)
            #expect(pages[busyConversation]?.map(\.body) == ["m3", "m2", "m1"])
            #expect(pages[quietConversation]?.map(\.body) == ["only"])
            #expect(pages[999_999] == [])

            let older = try await fixture.store.messages.messagePages(
                forConversationIDs: [busyConversation], page: KeysetPage(direction: .forward, limit: 2),
                after: sent[2].position)
            #expect(older[busyConversation]?.map(\.body) == ["m1", "m0"])
        }
    }

    @Test("last messages, unread and total counts come per conversation, zero where there is nothing")
    func perConversationBatches() async throws {
        try await CommunicationStoreFixture.run { fixture in
            let student = try await fixture.user("student")
            let tutor = try await fixture.user("tutor")
            try await fixture.send("first", from: tutor, to: student)
            let last = try await fixture.send("second", from: tutor, to: student, minutes: 1)
            let id = last.conversation.id

            #expect(try await fixture.store.messages.lastMessages(forConversationIDs: [id, 999_999]) == [id: last.message])
            #expect(try await fixture.store.messages.messageCounts(forConversationIDs: [id, 999_999]) == [id: 2, 999_999: 0])
            #expect(
                try await fixture.store.messages.unreadCounts(forConversationIDs: [id], readerUserID: tutor) == [id: 0])
            #expect(try await fixture.store.conversations.conversations(ids: [id])[id]?.tutorUserID == tutor)
        }
    }
}
