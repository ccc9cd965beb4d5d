import Foundation
import GraphQLEngine
import Testing
import TutorDomain

@testable import TutorAPI

/// A student and a tutor who have talked, an outsider and an admin: the cast of the communication tests.
struct Conversationalists: Sendable {
    let student: TestUser
    let tutor: TestUser
    let outsider: TestUser
    let admin: TestUser
    /// The global ID of the student–tutor conversation.
    let conversationID: String
    /// The global ID of the first message, sent by the student.
    let messageID: String
}

extension APITestHarness {
    /// Sends `body` as `sender` to `recipient` through the API, failing the test on any error; returns the
    /// global IDs of the message and its conversation.
    @discardableResult
    func sendMessage(_ body: String, from sender: TestUser, to recipient: TestUser) async throws
        -> (messageID: String, conversationID: String)
    {
        let response = try await execute(
            """
            mutation($input: SendMessageInput!) {
              sendMessage(input: $input) { message { id } conversation { id } }
            }
            """,
            variables: ["input": .object(["recipientId": .string(recipient.globalID), "body": .string(body)])],
            as: sender.viewer)
        #expect(response.result.errors.isEmpty, "\(response.json)")
        return (
            try #require(response.string("sendMessage.message.id")),
            try #require(response.string("sendMessage.conversation.id"))
        )
    }

    /// A student who wrote once to a tutor, an outsider student and an admin.
    func conversationalists() async throws -> Conversationalists {
        let student = try await createUser(.student, firstName: "Sam")
        let tutor = try await createUser(.tutor, firstName: "Tara")
        let sent = try await sendMessage("Hello Tara", from: student, to: tutor)
        return Conversationalists(
            student: student, tutor: tutor, outsider: try await createUser(.student), admin: try await createUser(.admin),
            conversationID: sent.conversationID, messageID: sent.messageID)
    }
}

extension APIResponse {
    /// Whether the request succeeded with no errors at all.
    var succeeded: Bool { result.errors.isEmpty && internalErrors.isEmpty }
}
