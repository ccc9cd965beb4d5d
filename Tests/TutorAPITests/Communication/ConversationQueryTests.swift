import Foundation
import GraphQLEngine
import PostgresNIO
import Testing
import TutorDomain

@testable import TutorAPI

@Suite("conversations, nested messages and node(id:) for conversations and messages")
struct ConversationQueryTests {
    static let inbox = """
        query($first: Int, $after: String, $last: Int, $before: String) {
          conversations(first: $first, after: $after, last: $last, before: $before) {
            totalCount
            pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
            edges { cursor node { id student { firstName } } }
          }
        }
        """

    @Test("conversations lists the viewer's conversations, most recent message first, with everything nested")
    func inboxWithNestedData() async throws {
        try await APITestHarness.withHarness { harness in
            let tutor = try await harness.createUser(.tutor, firstName: "Tara")
            let early = try await harness.createUser(.student, firstName: "Early")
            let late = try await harness.createUser(.student, firstName: "Late")
            try await harness.sendMessage("First", from: early, to: tutor)
            harness.clock.advance(by: 60)
            try await harness.sendMessage("Second", from: late, to: tutor)
            harness.clock.advance(by: 60)
            try await harness.sendMessage("Reply", from: tutor, to: late)

            let response = try await harness.execute(
                """
                {
                  conversations(first: 10) {
                    totalCount
                    edges { node {
                      student { firstName } tutor { firstName } lastMessageAt unreadCount booking { id }
                      lastMessage { body sender { firstName } }
                      messages(first: 1) { totalCount pageInfo { hasNextPage } edges { node { body conversation { id } } } }
                    } }
                  }
                }
                """, as: tutor.viewer)
            #expect(response.succeeded, "\(response.json)")
            #expect(response.value("conversations.totalCount") == .int(2))
            #expect(response.string("conversations.edges.0.node.student.firstName") == "Late")
            #expect(response.string("conversations.edges.0.node.lastMessage.body") == "Reply")
            #expect(response.string("conversations.edges.0.node.lastMessage.sender.firstName") == "Tara")
            #expect(response.value("conversations.edges.0.node.unreadCount") == .int(1))
            #expect(response.value("conversations.edges.1.node.unreadCount") == .int(1))
            #expect(response.value("conversations.edges.0.node.messages.totalCount") == .int(2))
            #expect(response.value("conversations.edges.0.node.messages.pageInfo.hasNextPage") == .bool(true))
            #expect(response.string("conversations.edges.0.node.messages.edges.0.node.body") == "Reply")
            #expect(response.isNull("conversations.edges.0.node.booking"))

            let studentView = try await harness.execute("{ conversations { totalCount } }", as: early.viewer)
            #expect(studentView.value("conversations.totalCount") == .int(1))
        }
    }

    @Test("the statement count of conversations with nested messages is the same for 5 and 50 conversations")
    func statementCountDoesNotGrow() async throws {
        try await APITestHarness.withHarness { harness in
            let tutor = try await harness.createUser(.tutor)
            let query = """
                query($first: Int) {
                  conversations(first: $first) {
                    totalCount
                    edges { node {
                      id student { firstName } tutor { firstName } unreadCount
                      lastMessage { body sender { firstName } attachments { fileName } }
                      messages(first: 3) { totalCount edges { node { body isDeleted sender { firstName } attachments { fileName } } } }
                    } }
                  }
                }
                """
            var counts: [Int: Int] = [:]
            for size in [5, 50] {
                while try await harness.scalar("SELECT count(*)::int8 FROM conversations", as: Int64.self)! < size {
                    let student = try await harness.createUser(.student)
                    try await harness.sendMessage("Hello", from: student, to: tutor)
                    try await harness.sendMessage("Welcome", from: tutor, to: student)
                }
                let response = try await harness.execute(query, variables: ["first": .int(size)], as: tutor.viewer)
                #expect(response.succeeded, "\(response.json)")
                #expect(response.value("conversations.edges")?.listValue?.count == size)
                counts[size] = response.statements
            }
            #expect(counts[5] == counts[50], "\(counts)")
            #expect(counts[50]! <= 10, "\(counts)")
        }
    }

    @Test("keyset pages of messages go forward and back without duplicates while messages arrive between pages")
    func messagePagingWhileInserting() async throws {
        try await APITestHarness.withHarness { harness in
            let student = try await harness.createUser(.student)
            let tutor = try await harness.createUser(.tutor)
            var conversationID = ""
            for index in 0..<7 {
                harness.clock.advance(by: 1)
                conversationID = try await harness.sendMessage("m\(index)", from: student, to: tutor).conversationID
            }
            let page = """
                query($id: ID!, $first: Int, $after: String, $last: Int, $before: String) {
                  node(id: $id) { ... on Conversation {
                    messages(first: $first, after: $after, last: $last, before: $before) {
                      pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { node { body } }
                    }
                  } }
                }
                """
            func bodies(_ response: APIResponse) -> [String] {
                response.value("node.messages.edges")?.listValue?.compactMap { $0["node"]?["body"]?.stringValue } ?? []
            }

            var seen: [String] = []
            var after: Value = .null
            repeat {
                let response = try await harness.execute(
                    page, variables: ["id": .string(conversationID), "first": .int(3), "after": after], as: tutor.viewer)
                #expect(response.succeeded, "\(response.json)")
                seen += bodies(response)
                after = response.value("node.messages.pageInfo.endCursor") ?? .null
                harness.clock.advance(by: 1)
                try await harness.sendMessage("new after page \(seen.count)", from: student, to: tutor)
                if response.value("node.messages.pageInfo.hasNextPage") != .bool(true) { break }
            } while true
            #expect(seen == ["m6", "m5", "m4", "m3", "m2", "m1", "m0"])

            let oldest = try await harness.execute(
                page, variables: ["id": .string(conversationID), "last": .int(2)], as: tutor.viewer)
            #expect(bodies(oldest) == ["m1", "m0"])
            #expect(oldest.value("node.messages.pageInfo.hasPreviousPage") == .bool(true))
            var backward = bodies(oldest)
            var before = oldest.value("node.messages.pageInfo.startCursor") ?? .null
            while backward.count < 7 {
                let response = try await harness.execute(
                    page, variables: ["id": .string(conversationID), "last": .int(2), "before": before], as: tutor.viewer)
                backward = bodies(response) + backward
                before = response.value("node.messages.pageInfo.startCursor") ?? .null
                try await harness.sendMessage("newer still", from: tutor, to: student)
            }
            #expect(Array(backward.suffix(7)) == ["m6", "m5", "m4", "m3", "m2", "m1", "m0"])
            #expect(Set(backward).count == backward.count)
        }
    }

    @Test("conversation pages go forward and back without duplicates while conversations get new messages")
    func conversationPagingWhileInserting() async throws {
        try await APITestHarness.withHarness { harness in
            let tutor = try await harness.createUser(.tutor)
            var students: [TestUser] = []
            for index in 0..<6 {
                harness.clock.advance(by: 1)
                let student = try await harness.createUser(.student, firstName: "S\(index)")
                students.append(student)
                try await harness.sendMessage("Hi", from: student, to: tutor)
            }
            func names(_ response: APIResponse) -> [String] {
                response.value("conversations.edges")?.listValue?.compactMap {
                    $0["node"]?["student"]?["firstName"]?.stringValue
                } ?? []
            }

            var seen: [String] = []
            var after: Value = .null
            for round in 0..<10 {
                let response = try await harness.execute(
                    Self.inbox, variables: ["first": .int(2), "after": after], as: tutor.viewer)
                #expect(response.succeeded, "\(response.json)")
                seen += names(response)
                after = response.value("conversations.pageInfo.endCursor") ?? .null
                harness.clock.advance(by: 1)
                try await harness.sendMessage("Bump \(round)", from: students[0], to: tutor)
                if response.value("conversations.pageInfo.hasNextPage") != .bool(true) { break }
            }
            #expect(Set(seen).count == seen.count, "\(seen)")
            #expect(Array(seen.prefix(5)) == ["S5", "S4", "S3", "S2", "S1"])

            let last = try await harness.execute(Self.inbox, variables: ["last": .int(2)], as: tutor.viewer)
            #expect(names(last) == ["S2", "S1"])
            let before = try await harness.execute(
                Self.inbox, variables: ["last": .int(2), "before": last.value("conversations.pageInfo.startCursor") ?? .null],
                as: tutor.viewer)
            #expect(names(before) == ["S4", "S3"])
        }
    }

    @Test("conversations and nested messages reject bad page arguments, naming them")
    func badPageArguments() async throws {
        try await APITestHarness.withHarness { harness in
            let cast = try await harness.conversationalists()
            let tooMany = try await harness.execute("{ conversations(first: 101) { totalCount } }", as: cast.student.viewer)
            #expect(tooMany.onlyErrorCode == .badUserInput)
            #expect(tooMany.errorField == "first")
            let badCursor = try await harness.execute(
                "{ conversations(after: \"bm90LWEtY3Vyc29y\") { totalCount } }", as: cast.student.viewer)
            #expect(badCursor.errorField == "after")
            let signedOut = try await harness.execute("{ conversations { totalCount } }")
            #expect(signedOut.onlyErrorCode == .unauthenticated)
        }
    }
}
