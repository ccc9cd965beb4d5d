import Foundation
import GraphQLEngine
import PostgresNIO
import Testing
import TutorDomain

@testable import TutorAPI

@Suite("Messaging mutations: send, edit, delete, mark read")
struct MessagingMutationTests {
    static let send = """
        mutation($input: SendMessageInput!) {
          sendMessage(input: $input) {
            clientMutationId
            message { id body isRead isEdited isDeleted sender { firstName } attachments { fileName mimeType sizeBytes } }
            conversation { id student { firstName } tutor { firstName } lastMessageAt unreadCount }
          }
        }
        """

    @Test("sendMessage starts the conversation on the first message, reuses it after, and notifies the recipient")
    func sendStartsThenReuses() async throws {
        try await APITestHarness.withHarness { harness in
            let tutor = try await harness.createUser(.tutor, firstName: "Tara")
            let student = try await harness.createUser(.student, firstName: "Sam")
            let attachment: Value = .object([
                "fileName": .string("notes.pdf"), "mimeType": .string("application/pdf"), "sizeBytes": .int(2048),
                "storageKey": .string("up/1"),
            ])
            let first = try await harness.execute(
                Self.send,
                variables: [
                    "input": .object([
                        "recipientId": .string(student.globalID), "body": .string("Welcome!"), "attachments": .list([attachment]),
                        "clientMutationId": .string("c-1"),
                    ])
                ],
                as: tutor.viewer)
            #expect(first.succeeded, "\(first.json)")
            #expect(first.string("sendMessage.clientMutationId") == "c-1")
            #expect(first.string("sendMessage.conversation.student.firstName") == "Sam")
            #expect(first.string("sendMessage.conversation.tutor.firstName") == "Tara")
            #expect(first.string("sendMessage.message.sender.firstName") == "Tara")
            #expect(first.value("sendMessage.message.attachments.0.sizeBytes") == .int(2048))
            #expect(first.value("sendMessage.conversation.unreadCount") == .int(0))

            let conversationID = try #require(first.string("sendMessage.conversation.id"))
            let reply = try await harness.execute(
                Self.send, variables: ["input": .object(["conversationId": .string(conversationID), "body": .string("Thanks")])],
                as: student.viewer)
            #expect(reply.string("sendMessage.conversation.id") == conversationID)
            let again = try await harness.execute(
                Self.send, variables: ["input": .object(["recipientId": .string(tutor.globalID), "body": .string("One more")])],
                as: student.viewer)
            #expect(again.string("sendMessage.conversation.id") == conversationID)
            #expect(again.value("sendMessage.conversation.unreadCount") == .int(1))

            #expect(try await harness.scalar("SELECT count(*)::int8 FROM conversations", as: Int64.self) == 1)
            #expect(
                try await harness.scalar(
                    "SELECT count(*)::int8 FROM notifications WHERE user_id = \(tutor.id) AND type = 'NEW_MESSAGE'",
                    as: Int64.self) == 2)
            #expect(
                try await harness.scalar(
                    "SELECT count(*)::int8 FROM outbox WHERE topic = 'message.sent'", as: Int64.self) == 3)
        }
    }

    @Test(
        "sendMessage refuses bad input, naming the field, before writing anything",
        arguments: [
            (["body": .string("No one to send to")], "input.recipientId"),
            (["recipientId": .string("not-an-id"), "body": .string("Hi")], "input.recipientId"),
            (["recipientId": .string(GlobalID(.tutor, 1).description), "body": .string("Wrong kind")], "input.recipientId"),
            (["body": .string("   ")], "input.body"),
            (["body": .string(String(repeating: "a", count: 10_001))], "input.body"),
            (
                ["body": .string("Files"), "attachments": .list(Array(repeating: MessagingMutationTests.pdf, count: 6))],
                "input.attachments"
            ),
            (
                ["body": .string("Files"), "attachments": .list([MessagingMutationTests.file(mimeType: "application/x-sh")])],
                "input.attachments[0].mimeType"
            ),
            (
                ["body": .string("Files"), "attachments": .list([MessagingMutationTests.file(sizeBytes: 10 * 1024 * 1024 + 1)])],
                "input.attachments[0].sizeBytes"
            ),
            (
                ["body": .string("Files"), "attachments": .list([MessagingMutationTests.file(fileName: " ")])],
                "input.attachments[0].fileName"
            ),
        ] as [(ObjectValue, String)])
    func sendRejectsBadInput(input: ObjectValue, field: String) async throws {
        try await APITestHarness.withHarness { harness in
            let student = try await harness.createUser(.student)
            let tutor = try await harness.createUser(.tutor)
            var fields = input
            if field != "input.recipientId" { fields["recipientId"] = .string(tutor.globalID) }
            let response = try await harness.execute(
                Self.send, variables: ["input": .object(fields)], as: student.viewer)
            #expect(response.onlyErrorCode == .badUserInput, "\(response.json)")
            #expect(response.errorField == field)
            #expect(try await harness.scalar("SELECT count(*)::int8 FROM messages", as: Int64.self) == 0)
        }
    }

    @Test("sendMessage refuses both destinations at once, yourself, and pairs that are not a student and a tutor")
    func sendRejectsWrongPeople() async throws {
        try await APITestHarness.withHarness { harness in
            let cast = try await harness.conversationalists()
            let cases: [(ObjectValue, TestUser, ErrorCode)] = [
                (
                    ["recipientId": .string(cast.tutor.globalID), "conversationId": .string(cast.conversationID)],
                    cast.student, .badUserInput
                ),
                (["recipientId": .string(cast.student.globalID)], cast.student, .badUserInput),
                (["recipientId": .string(cast.outsider.globalID)], cast.student, .badUserInput),
                (["recipientId": .string(GlobalID(.user, 999_999).description)], cast.student, .notFound),
            ]
            for (destination, sender, code) in cases {
                var input = destination
                input["body"] = .string("Hi")
                let response = try await harness.execute(Self.send, variables: ["input": .object(input)], as: sender.viewer)
                #expect(response.onlyErrorCode == code, "\(response.json)")
            }
        }
    }

    @Test("editMessage changes the sender's own text; deleteMessage hides it for both sides")
    func editThenDelete() async throws {
        try await APITestHarness.withHarness { harness in
            let cast = try await harness.conversationalists()
            let edited = try await harness.execute(
                """
                mutation($id: ID!) {
                  editMessage(input: {messageId: $id, body: "Hello Tara!", clientMutationId: "e"}) {
                    clientMutationId message { body isEdited editedAt } conversation { id }
                  }
                }
                """, variables: ["id": .string(cast.messageID)], as: cast.student.viewer)
            #expect(edited.succeeded, "\(edited.json)")
            #expect(edited.string("editMessage.message.body") == "Hello Tara!")
            #expect(edited.value("editMessage.message.isEdited") == .bool(true))
            #expect(edited.string("editMessage.conversation.id") == cast.conversationID)

            let deleted = try await harness.execute(
                """
                mutation($id: ID!) {
                  deleteMessage(input: {messageId: $id}) { message { body isDeleted attachments { id } } }
                }
                """, variables: ["id": .string(cast.messageID)], as: cast.student.viewer)
            #expect(deleted.isNull("deleteMessage.message.body"))
            #expect(deleted.value("deleteMessage.message.isDeleted") == .bool(true))

            let seenByTutor = try await harness.execute(
                "query($id: ID!) { node(id: $id) { ... on Message { body isDeleted } } }",
                variables: ["id": .string(cast.messageID)], as: cast.tutor.viewer)
            #expect(seenByTutor.isNull("node.body"))
            #expect(seenByTutor.value("node.isDeleted") == .bool(true))

            let editAgain = try await harness.execute(
                "mutation($id: ID!) { editMessage(input: {messageId: $id, body: \"Back\"}) { message { id } } }",
                variables: ["id": .string(cast.messageID)], as: cast.student.viewer)
            #expect(editAgain.onlyErrorCode == .conflict)
        }
    }

    @Test("editMessage and deleteMessage: only the sender; the other participant and staff are FORBIDDEN, others NOT_FOUND")
    func changeAuthorization() async throws {
        try await APITestHarness.withHarness { harness in
            let cast = try await harness.conversationalists()
            let owner = try await harness.createUser(.owner)
            let mutations = [
                "mutation($id: ID!) { editMessage(input: {messageId: $id, body: \"Changed\"}) { message { body } } }",
                "mutation($id: ID!) { deleteMessage(input: {messageId: $id}) { message { isDeleted } } }",
            ]
            let expectations: [(Viewer?, ErrorCode)] = [
                (nil, .unauthenticated), (cast.tutor.viewer, .forbidden), (cast.admin.viewer, .forbidden),
                (owner.viewer, .forbidden), (cast.outsider.viewer, .notFound),
            ]
            for mutation in mutations {
                for (viewer, code) in expectations {
                    let response = try await harness.execute(mutation, variables: ["id": .string(cast.messageID)], as: viewer)
                    #expect(response.onlyErrorCode == code, "\(String(describing: viewer)): \(response.json)")
                }
            }
            #expect(try await harness.scalar("SELECT body FROM messages", as: String.self) == "Hello Tara")
        }
    }

    @Test("editMessage, deleteMessage and markConversationRead refuse malformed IDs and bodies, naming the field")
    func otherMutationsRejectBadInput() async throws {
        try await APITestHarness.withHarness { harness in
            let cast = try await harness.conversationalists()
            let cases: [(String, ObjectValue, String)] = [
                (
                    "editMessage(input: {messageId: $a, body: $b}) { message { id } }",
                    ["a": .string(cast.conversationID), "b": .string("Fine")], "input.messageId"
                ),
                (
                    "editMessage(input: {messageId: $a, body: $b}) { message { id } }",
                    ["a": .string(cast.messageID), "b": .string("")], "input.body"
                ),
                (
                    "deleteMessage(input: {messageId: $a}) { message { id } }", ["a": .string("garbage"), "b": .string("")],
                    "input.messageId"
                ),
                (
                    "markConversationRead(input: {conversationId: $a}) { conversation { id } }",
                    ["a": .string(cast.messageID), "b": .string("")], "input.conversationId"
                ),
            ]
            for (selection, variables, field) in cases {
                let usesBody = selection.contains("$b")
                let response = try await harness.execute(
                    "mutation($a: ID!\(usesBody ? ", $b: String!" : "")) { \(selection) }",
                    variables: usesBody ? variables : ["a": variables["a"] ?? .null], as: cast.student.viewer)
                #expect(response.onlyErrorCode == .badUserInput, "\(selection): \(response.json)")
                #expect(response.errorField == field)
            }
        }
    }

    @Test("markConversationRead clears the reader's unread count; only participants may mark")
    func markConversationRead() async throws {
        try await APITestHarness.withHarness { harness in
            let cast = try await harness.conversationalists()
            try await harness.sendMessage("And another thing", from: cast.student, to: cast.tutor)
            let mark = """
                mutation($id: ID!) {
                  markConversationRead(input: {conversationId: $id, clientMutationId: "r"}) {
                    clientMutationId conversation { unreadCount messages(first: 5) { edges { node { isRead } } } }
                  }
                }
                """
            let read = try await harness.execute(mark, variables: ["id": .string(cast.conversationID)], as: cast.tutor.viewer)
            #expect(read.succeeded, "\(read.json)")
            #expect(read.string("markConversationRead.clientMutationId") == "r")
            #expect(read.value("markConversationRead.conversation.unreadCount") == .int(0))
            #expect(read.value("markConversationRead.conversation.messages.edges.1.node.isRead") == .bool(true))

            for (viewer, code) in [
                (nil, ErrorCode.unauthenticated), (cast.admin.viewer, .forbidden),
                (cast.outsider.viewer, .notFound),
            ] as [(Viewer?, ErrorCode)] {
                let response = try await harness.execute(mark, variables: ["id": .string(cast.conversationID)], as: viewer)
                #expect(response.onlyErrorCode == code, "\(response.json)")
            }
            let intoOthers = try await harness.execute(
                Self.send, variables: ["input": .object(["conversationId": .string(cast.conversationID), "body": .string("Hi")])],
                as: cast.outsider.viewer)
            #expect(intoOthers.onlyErrorCode == .notFound)
            let byAdmin = try await harness.execute(
                Self.send, variables: ["input": .object(["conversationId": .string(cast.conversationID), "body": .string("Hi")])],
                as: cast.admin.viewer)
            #expect(byAdmin.onlyErrorCode == .forbidden)
        }
    }

    /// A valid attachment input with one field replaced.
    static func file(
        fileName: String = "notes.pdf", mimeType: String = "application/pdf", sizeBytes: Int = 1024
    ) -> Value {
        .object([
            "fileName": .string(fileName), "mimeType": .string(mimeType), "sizeBytes": .int(sizeBytes),
            "storageKey": .string("uploads/1"),
        ])
    }

    static let pdf = file()
}
