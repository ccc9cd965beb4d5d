import Foundation
import GraphQLEngine
import PostgresNIO
import Testing

/// The marketplace's social side end to end over HTTP: favorites and tutors' notes, messages, the notifications
/// the outbox worker delivers after a booking, reports and staff moderation.
@Suite("Community over HTTP")
struct CommunityHTTPTests {
    @Test("a student favorites a tutor and takes it back; the tutor keeps a private note about the student")
    func favoritesAndNotes() async throws {
        try await MarketplaceServer.run { server in
            let tutor = try await server.seedTutor()
            let student = try await server.seedStudent()
            let favorite: ObjectValue = ["tutorId": .string(tutor.globalID)]

            let added = try await server.mutate(
                "addFavorite", "FavoriteInput", favorite, select: "tutor { id } isFavorite", token: student.token)
            #expect(added.value("addFavorite.isFavorite") == .bool(true), "\(added)")
            let favorites = try await server.graphQL("{ favorites(first: 5) { edges { node { id } } } }", token: student.token)
            #expect(favorites.string("favorites.edges.0.node.id") == tutor.globalID, "\(favorites)")
            let removed = try await server.mutate(
                "removeFavorite", "FavoriteInput", favorite, select: "isFavorite", token: student.token)
            #expect(removed.value("removeFavorite.isFavorite") == .bool(false), "\(removed)")

            let booking = try await server.scheduledBooking(MarketplaceSlot(hoursAhead: 72), with: tutor, for: student)
            let read = try await server.graphQL(
                "query B($id: ID!) { booking(id: $id) { student { id } } }", variables: ["id": .string(booking)],
                token: tutor.user.token)
            let studentID = try #require(read.string("booking.student.id"), "\(read)")
            let noted = try await server.mutate(
                "setStudentNote", "SetStudentNoteInput",
                ["studentId": .string(studentID), "body": .string("Prefers worked examples.")],
                select: "note { body }", token: tutor.user.token)
            #expect(noted.string("setStudentNote.note.body") == "Prefers worked examples.", "\(noted)")
            let reread = try await server.graphQL(
                "query B($id: ID!) { booking(id: $id) { student { privateNote { body } } } }",
                variables: ["id": .string(booking)], token: tutor.user.token)
            #expect(reread.string("booking.student.privateNote.body") == "Prefers worked examples.", "\(reread)")
        }
    }

    @Test("student and tutor exchange messages; one is edited, one deleted, the conversation read")
    func messages() async throws {
        try await MarketplaceServer.run { server in
            let tutor = try await server.seedTutor()
            let student = try await server.seedStudent()
            let messageFields = "message { id body isEdited isDeleted } conversation { id }"

            let sent = try await server.mutate(
                "sendMessage", "SendMessageInput",
                ["recipientId": .string(tutor.user.globalID), "body": .string("Hi, do you teach integrals?")],
                select: messageFields, token: student.token)
            let conversation = try #require(sent.string("sendMessage.conversation.id"), "\(sent)")
            let question = try #require(sent.string("sendMessage.message.id"))

            let reply = try await server.mutate(
                "sendMessage", "SendMessageInput",
                ["conversationId": .string(conversation), "body": .string("Yes, every week.")],
                select: messageFields, token: tutor.user.token)
            #expect(reply.string("sendMessage.conversation.id") == conversation, "\(reply)")

            let edited = try await server.mutate(
                "editMessage", "EditMessageInput",
                ["messageId": .string(question), "body": .string("Hi, do you teach integrals and series?")],
                select: messageFields, token: student.token)
            #expect(edited.value("editMessage.message.isEdited") == .bool(true), "\(edited)")
            #expect(edited.string("editMessage.message.body") == "Hi, do you teach integrals and series?")

            let deleted = try await server.mutate(
                "deleteMessage", "DeleteMessageInput", ["messageId": .string(question)], select: messageFields,
                token: student.token)
            #expect(deleted.value("deleteMessage.message.isDeleted") == .bool(true), "\(deleted)")
            #expect(deleted.value("deleteMessage.message.body") == .null)

            let unread = try await server.graphQL("{ conversations(first: 5) { edges { node { unreadCount } } } }", token: student.token)
            #expect(unread.int("conversations.edges.0.node.unreadCount") == 1, "\(unread)")
            let markedRead = try await server.mutate(
                "markConversationRead", "MarkConversationReadInput", ["conversationId": .string(conversation)],
                select: "conversation { unreadCount }", token: student.token)
            #expect(markedRead.int("markConversationRead.conversation.unreadCount") == 0, "\(markedRead)")
        }
    }

    @Test("a booking request reaches the tutor as a notification, which is read, dismissed and all marked read")
    func notificationsFromTheOutbox() async throws {
        try await MarketplaceServer.run { server in
            let tutor = try await server.seedTutor()
            let student = try await server.seedStudent()
            _ = try await server.scheduledBooking(MarketplaceSlot(hoursAhead: 72), with: tutor, for: student)

            let delivered = try await server.awaitNotifications(count: 2, token: tutor.user.token)
            let notification = try #require(delivered.first)

            let read = try await server.mutate(
                "markNotificationRead", "NotificationInput", ["notificationId": .string(notification)],
                select: "notification { isRead }", token: tutor.user.token)
            #expect(read.value("markNotificationRead.notification.isRead") == .bool(true), "\(read)")
            let dismissed = try await server.mutate(
                "dismissNotification", "NotificationInput", ["notificationId": .string(notification)],
                select: "notification { isDismissed }", token: tutor.user.token)
            #expect(dismissed.value("dismissNotification.notification.isDismissed") == .bool(true), "\(dismissed)")
            let strangers = try await server.mutate(
                "markNotificationRead", "NotificationInput", ["notificationId": .string(notification)],
                select: "notification { isRead }", token: student.token)
            #expect(strangers.onlyErrorCode == "NOT_FOUND", "\(strangers)")

            let all = try await server.graphQL(
                "mutation { markAllNotificationsRead { updatedCount } }", token: tutor.user.token)
            #expect((all.int("markAllNotificationsRead.updatedCount") ?? 0) >= 1, "\(all)")
            let unread = try await server.graphQL(
                "{ notifications(unreadOnly: true, first: 10) { edges { node { id } } } }", token: tutor.user.token)
            #expect(unread.value("notifications.edges")?.listValue?.isEmpty == true, "\(unread)")
        }
    }

    @Test("a student reports a tutor; an admin resolves the report, soft-deletes and restores the student, audited")
    func reportsAndModeration() async throws {
        try await MarketplaceServer.run { server in
            let tutor = try await server.seedTutor()
            let student = try await server.seedStudent()
            let admin = try await server.seedAdmin()

            let reported = try await server.mutate(
                "createReport", "CreateReportInput",
                [
                    "targetType": .string("USER"), "targetId": .string(tutor.user.globalID),
                    "reason": .string("HARASSMENT"), "details": .string("Rude messages."),
                ],
                select: "report { id status }", token: student.token)
            #expect(reported.string("createReport.report.status") == "OPEN", "\(reported)")
            let report = try #require(reported.string("createReport.report.id"))

            let open = try await server.graphQL("{ reports(status: OPEN, first: 5) { edges { node { id } } } }", token: admin.token)
            #expect(open.string("reports.edges.0.node.id") == report, "\(open)")
            let resolved = try await server.mutate(
                "resolveReport", "ResolveReportInput",
                ["reportId": .string(report), "status": .string("RESOLVED"), "note": .string("Warned the tutor.")],
                select: "report { status resolutionNote resolvedBy { id } }", token: admin.token)
            #expect(resolved.string("resolveReport.report.status") == "RESOLVED", "\(resolved)")
            #expect(resolved.string("resolveReport.report.resolvedBy.id") == admin.globalID)

            let user: ObjectValue = ["userId": .string(student.globalID), "reason": .string("Chargeback fraud.")]
            let deleted = try await server.mutate("deleteUser", "UserActionInput", user, select: "user { deletedAt }", token: admin.token)
            #expect(deleted.string("deleteUser.user.deletedAt") != nil, "\(deleted)")
            let restored = try await server.mutate(
                "restoreUser", "UserActionInput", user, select: "user { deletedAt }", token: admin.token)
            #expect(restored.value("restoreUser.user.deletedAt") == .null, "\(restored)")
            let trail = try await server.scalar(
                "SELECT string_agg(table_name || ':' || action, ' ' ORDER BY id) FROM audit_log", as: String.self)
            #expect(trail == "reports:UPDATE users:SOFT_DELETE users:RESTORE")
        }
    }
}

extension MarketplaceServer {
    /// Polls the viewer's notifications until at least `count` arrived (the outbox worker delivers every two
    /// seconds), returning their IDs; fails after ten seconds.
    func awaitNotifications(count: Int, token: String) async throws -> [String] {
        for _ in 0..<40 {
            let listed = try await graphQL("{ notifications(first: 10) { edges { node { id } } } }", token: token)
            let ids = listed.value("notifications.edges")?.listValue?.compactMap { $0["node"]?["id"]?.stringValue } ?? []
            if ids.count >= count { return ids }
            try await Task.sleep(for: .milliseconds(250))
        }
        Issue.record("fewer than \(count) notifications arrived within ten seconds")
        return []
    }
}
