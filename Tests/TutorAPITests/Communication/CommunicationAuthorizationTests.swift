import Foundation
import GraphQLEngine
import PostgresNIO
import Testing
import TutorDomain

@testable import TutorAPI

/// What a read returns for one kind of viewer.
enum ReadOutcome: Equatable, CustomStringConvertible {
    /// The object or list, without errors.
    case visible
    /// `null` without errors: hidden, indistinguishable from missing.
    case hidden
    /// A single error with this code.
    case refused(ErrorCode)

    var description: String {
        switch self {
        case .visible: "visible"
        case .hidden: "hidden"
        case .refused(let code): code.rawValue
        }
    }
}

@Suite("Authorization matrix: anonymous, participant, other user and admin for every communication read")
struct CommunicationAuthorizationTests {
    /// The outcome of `query` (whose only root field is `field`) for `viewer`.
    private func outcome(
        _ harness: APITestHarness, _ query: String, _ field: String, id: String? = nil, as viewer: Viewer?
    ) async throws -> ReadOutcome {
        let response = try await harness.execute(query, variables: id.map { ["id": .string($0)] } ?? [:], as: viewer)
        if let code = response.onlyErrorCode { return .refused(code) }
        #expect(response.succeeded, "\(response.json)")
        return response.isNull(field) ? .hidden : .visible
    }

    @Test("conversations, messages and notifications by ID: participants and staff see them; others see null")
    func nodeReads() async throws {
        try await APITestHarness.withHarness { harness in
            let cast = try await harness.conversationalists()
            let notifications = try await harness.execute("{ notifications { edges { node { id } } } }", as: cast.tutor.viewer)
            let notificationID = try #require(notifications.string("notifications.edges.0.node.id"))
            let node = "query($id: ID!) { node(id: $id) { id } }"
            let viewers: [(String, Viewer?)] = [
                ("anonymous", nil), ("student", cast.student.viewer), ("tutor", cast.tutor.viewer),
                ("outsider", cast.outsider.viewer), ("admin", cast.admin.viewer),
            ]
            let expected: [(String, String, [ReadOutcome])] = [
                ("conversation", cast.conversationID, [.hidden, .visible, .visible, .hidden, .visible]),
                ("message", cast.messageID, [.hidden, .visible, .visible, .hidden, .visible]),
                ("notification", notificationID, [.hidden, .hidden, .visible, .hidden, .visible]),
            ]
            for (name, id, outcomes) in expected {
                for ((who, viewer), want) in zip(viewers, outcomes) {
                    let got = try await outcome(harness, node, "node", id: id, as: viewer)
                    #expect(got == want, "\(name) as \(who)")
                }
            }
        }
    }

    @Test("a conversation hidden by staff reads as null to its participants, still visible to staff")
    func hiddenConversation() async throws {
        try await APITestHarness.withHarness { harness in
            let cast = try await harness.conversationalists()
            _ = try await harness.client.query(
                "UPDATE conversations SET deleted_at = now(), deleted_by = \(cast.admin.id)", logger: APITestHarness.logger)
            let node = "query($id: ID!) { node(id: $id) { id } }"
            #expect(try await outcome(harness, node, "node", id: cast.conversationID, as: cast.student.viewer) == .hidden)
            #expect(try await outcome(harness, node, "node", id: cast.messageID, as: cast.tutor.viewer) == .hidden)
            #expect(try await outcome(harness, node, "node", id: cast.conversationID, as: cast.admin.viewer) == .visible)
            let inbox = try await harness.execute("{ conversations { totalCount } }", as: cast.student.viewer)
            #expect(inbox.value("conversations.totalCount") == .int(0))
        }
    }

    @Test("staff lists and reports by ID: auditLog and reports for staff only; a report for its reporter too")
    func moderationReads() async throws {
        try await APITestHarness.withHarness { harness in
            let cast = try await harness.conversationalists()
            let filed = try await harness.execute(
                """
                mutation($id: ID!) {
                  createReport(input: {targetType: MESSAGE, targetId: $id, reason: SPAM}) { report { id } }
                }
                """, variables: ["id": .string(cast.messageID)], as: cast.tutor.viewer)
            let reportID = try #require(filed.string("createReport.report.id"))
            let viewers: [(String, Viewer?)] = [
                ("anonymous", nil), ("reporter", cast.tutor.viewer), ("reported", cast.student.viewer),
                ("outsider", cast.outsider.viewer), ("admin", cast.admin.viewer),
            ]
            let expected: [(String, String, String?, [ReadOutcome])] = [
                (
                    "{ auditLog { totalCount } }", "auditLog", nil,
                    [.refused(.unauthenticated), .refused(.forbidden), .refused(.forbidden), .refused(.forbidden), .visible]
                ),
                (
                    "{ reports { totalCount } }", "reports", nil,
                    [.refused(.unauthenticated), .refused(.forbidden), .refused(.forbidden), .refused(.forbidden), .visible]
                ),
                (
                    "query($id: ID!) { node(id: $id) { id } }", "node", reportID,
                    [.hidden, .visible, .hidden, .hidden, .visible]
                ),
            ]
            for (query, field, id, outcomes) in expected {
                for ((who, viewer), want) in zip(viewers, outcomes) {
                    let got = try await outcome(harness, query, field, id: id, as: viewer)
                    #expect(got == want, "\(field) as \(who)")
                }
            }
        }
    }

    @Test("the viewer's own lists need sign-in and show each user only their own")
    func ownLists() async throws {
        try await APITestHarness.withHarness { harness in
            let cast = try await harness.conversationalists()
            for query in ["{ conversations { totalCount } }", "{ notifications { totalCount } }"] {
                #expect(try await outcome(harness, query, "x", as: nil) == .refused(.unauthenticated))
            }
            let counts: [(Viewer, Int, Int)] = [
                (cast.student.viewer, 1, 0), (cast.tutor.viewer, 1, 1), (cast.outsider.viewer, 0, 0),
                (cast.admin.viewer, 0, 0),
            ]
            for (viewer, conversations, notifications) in counts {
                let response = try await harness.execute(
                    "{ conversations { totalCount } notifications { totalCount } }", as: viewer)
                #expect(response.value("conversations.totalCount") == .int(conversations))
                #expect(response.value("notifications.totalCount") == .int(notifications))
            }
        }
    }
}
