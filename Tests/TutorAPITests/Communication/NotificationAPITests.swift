import Foundation
import GraphQLEngine
import PostgresNIO
import Testing
import TutorDomain

@testable import TutorAPI

@Suite("notifications: the list, unread counts, mark read, mark all read, dismiss")
struct NotificationAPITests {
    static let list = """
        query($unreadOnly: Boolean, $first: Int, $after: String) {
          notifications(unreadOnly: $unreadOnly, first: $first, after: $after) {
            totalCount unreadCount pageInfo { hasNextPage endCursor }
            edges { node { id type category priority title body actionUrl data isRead isDismissed } }
          }
        }
        """

    @Test("a message notifies its recipient; the list is newest first with its counts, unread only on request")
    func listing() async throws {
        try await APITestHarness.withHarness { harness in
            let cast = try await harness.conversationalists()
            harness.clock.advance(by: 60)
            try await harness.sendMessage("Are you there?", from: cast.student, to: cast.tutor)

            let all = try await harness.execute(Self.list, variables: ["first": .int(1)], as: cast.tutor.viewer)
            #expect(all.succeeded, "\(all.json)")
            #expect(all.value("notifications.totalCount") == .int(2))
            #expect(all.value("notifications.unreadCount") == .int(2))
            #expect(all.value("notifications.pageInfo.hasNextPage") == .bool(true))
            #expect(all.string("notifications.edges.0.node.type") == "NEW_MESSAGE")
            #expect(all.string("notifications.edges.0.node.category") == "MESSAGE")
            #expect(all.string("notifications.edges.0.node.title") == "New message from Sam")
            #expect(all.string("notifications.edges.0.node.body") == "Are you there?")
            #expect(all.value("notifications.edges.0.node.data")?["conversationId"]?.intValue != nil)

            let second = try await harness.execute(
                Self.list, variables: ["first": .int(1), "after": all.value("notifications.pageInfo.endCursor") ?? .null],
                as: cast.tutor.viewer)
            #expect(second.string("notifications.edges.0.node.body") == "Hello Tara")
            #expect(second.value("notifications.pageInfo.hasNextPage") == .bool(false))

            let studentView = try await harness.execute(Self.list, as: cast.student.viewer)
            #expect(studentView.value("notifications.totalCount") == .int(0))
        }
    }

    @Test("markNotificationRead, dismissNotification and markAllNotificationsRead change only the viewer's own")
    func marking() async throws {
        try await APITestHarness.withHarness { harness in
            let cast = try await harness.conversationalists()
            try await harness.sendMessage("Second", from: cast.student, to: cast.tutor)
            try await harness.sendMessage("Third", from: cast.student, to: cast.tutor)
            let list = try await harness.execute(Self.list, as: cast.tutor.viewer)
            let ids = (0..<3).compactMap { list.string("notifications.edges.\($0).node.id") }
            #expect(ids.count == 3)

            let read = try await harness.execute(
                """
                mutation($id: ID!) {
                  markNotificationRead(input: {notificationId: $id, clientMutationId: "n"}) {
                    clientMutationId notification { isRead readAt }
                  }
                }
                """, variables: ["id": .string(ids[0])], as: cast.tutor.viewer)
            #expect(read.succeeded, "\(read.json)")
            #expect(read.string("markNotificationRead.clientMutationId") == "n")
            #expect(read.value("markNotificationRead.notification.isRead") == .bool(true))

            let dismissed = try await harness.execute(
                "mutation($id: ID!) { dismissNotification(input: {notificationId: $id}) { notification { isDismissed } } }",
                variables: ["id": .string(ids[1])], as: cast.tutor.viewer)
            #expect(dismissed.value("dismissNotification.notification.isDismissed") == .bool(true))

            let unread = try await harness.execute(Self.list, variables: ["unreadOnly": .bool(true)], as: cast.tutor.viewer)
            #expect(unread.value("notifications.totalCount") == .int(1))
            #expect(unread.string("notifications.edges.0.node.id") == ids[2])

            let all = try await harness.execute(
                "mutation { markAllNotificationsRead(input: {clientMutationId: \"all\"}) { updatedCount clientMutationId } }",
                as: cast.tutor.viewer)
            #expect(all.value("markAllNotificationsRead.updatedCount") == .int(2))
            #expect(all.string("markAllNotificationsRead.clientMutationId") == "all")
            let withoutInput = try await harness.execute(
                "mutation { markAllNotificationsRead { updatedCount } }", as: cast.tutor.viewer)
            #expect(withoutInput.value("markAllNotificationsRead.updatedCount") == .int(0))
            let after = try await harness.execute(Self.list, as: cast.tutor.viewer)
            #expect(after.value("notifications.totalCount") == .int(2))
            #expect(after.value("notifications.unreadCount") == .int(0))
        }
    }

    @Test("notification mutations: the recipient only; staff FORBIDDEN, others NOT_FOUND, bad IDs BAD_USER_INPUT")
    func authorizationAndBadInput() async throws {
        try await APITestHarness.withHarness { harness in
            let cast = try await harness.conversationalists()
            let owner = try await harness.createUser(.owner)
            let list = try await harness.execute(Self.list, as: cast.tutor.viewer)
            let id = try #require(list.string("notifications.edges.0.node.id"))
            let mutations = [
                "mutation($id: ID!) { markNotificationRead(input: {notificationId: $id}) { notification { id } } }",
                "mutation($id: ID!) { dismissNotification(input: {notificationId: $id}) { notification { id } } }",
            ]
            for mutation in mutations {
                for (viewer, code) in [
                    (nil, ErrorCode.unauthenticated), (cast.student.viewer, .notFound), (cast.admin.viewer, .forbidden),
                    (owner.viewer, .forbidden),
                ] as [(Viewer?, ErrorCode)] {
                    let response = try await harness.execute(mutation, variables: ["id": .string(id)], as: viewer)
                    #expect(response.onlyErrorCode == code, "\(response.json)")
                }
                let malformed = try await harness.execute(
                    mutation, variables: ["id": .string(cast.messageID)], as: cast.tutor.viewer)
                #expect(malformed.onlyErrorCode == .badUserInput)
                #expect(malformed.errorField == "input.notificationId")
                let missing = try await harness.execute(
                    mutation, variables: ["id": .string(GlobalID(.notification, 999_999).description)],
                    as: cast.tutor.viewer)
                #expect(missing.onlyErrorCode == .notFound)
            }
            let signedOut = try await harness.execute("mutation { markAllNotificationsRead { updatedCount } }")
            #expect(signedOut.onlyErrorCode == .unauthenticated)
            let signedOutList = try await harness.execute(Self.list)
            #expect(signedOutList.onlyErrorCode == .unauthenticated)
            #expect(try await harness.scalar("SELECT count(*)::int8 FROM notifications WHERE is_read", as: Int64.self) == 0)
        }
    }
}
