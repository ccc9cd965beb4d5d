import Foundation
import GraphQLEngine
import PostgresNIO
import Testing
import TutorDomain

@testable import TutorAPI

@Suite("createReport, reports and auditLog")
struct ModerationAPITests {
    static let create = """
        mutation($input: CreateReportInput!) {
          createReport(input: $input) {
            clientMutationId
            report { id reporter { firstName } targetType targetId reason details status resolvedBy { id } createdAt }
          }
        }
        """

    @Test("createReport files a report about a visible target; reports lists them for staff, newest first")
    func reportingAndListing() async throws {
        try await APITestHarness.withHarness { harness in
            let cast = try await harness.conversationalists()
            let aboutUser = try await harness.execute(
                Self.create,
                variables: [
                    "input": .object([
                        "targetType": .string("USER"), "targetId": .string(cast.student.globalID),
                        "reason": .string("HARASSMENT"), "details": .string("Rude messages"), "clientMutationId": .string("r1"),
                    ])
                ],
                as: cast.tutor.viewer)
            #expect(aboutUser.succeeded, "\(aboutUser.json)")
            #expect(aboutUser.string("createReport.report.targetType") == "USER")
            #expect(aboutUser.string("createReport.report.targetId") == cast.student.globalID)
            #expect(aboutUser.string("createReport.report.reason") == "HARASSMENT")
            #expect(aboutUser.string("createReport.report.status") == "OPEN")
            #expect(aboutUser.string("createReport.report.reporter.firstName") == "Tara")
            #expect(aboutUser.string("createReport.clientMutationId") == "r1")

            harness.clock.advance(by: 60)
            let aboutMessage = try await harness.execute(
                Self.create,
                variables: [
                    "input": .object([
                        "targetType": .string("MESSAGE"), "targetId": .string(cast.messageID), "reason": .string("SPAM"),
                    ])
                ],
                as: cast.tutor.viewer)
            #expect(aboutMessage.string("createReport.report.targetId") == cast.messageID)

            let list = try await harness.execute(
                """
                query($status: ReportStatus) {
                  reports(status: $status, first: 10) { totalCount edges { node { reason targetType } } }
                }
                """, variables: ["status": .string("OPEN")], as: cast.admin.viewer)
            #expect(list.succeeded, "\(list.json)")
            #expect(list.value("reports.totalCount") == .int(2))
            #expect(list.string("reports.edges.0.node.reason") == "SPAM")
            #expect(list.string("reports.edges.1.node.targetType") == "USER")
            #expect(
                try await harness.scalar(
                    "SELECT count(*)::int8 FROM outbox WHERE topic = 'report.created'", as: Int64.self) == 2)
        }
    }

    @Test("createReport refuses bad input naming the field, and targets the reporter cannot see as NOT_FOUND")
    func reportRejections() async throws {
        try await APITestHarness.withHarness { harness in
            let cast = try await harness.conversationalists()
            let cases: [(ObjectValue, TestUser, ErrorCode, String?)] = [
                (
                    ["targetType": .string("USER"), "targetId": .string(cast.messageID), "reason": .string("SPAM")],
                    cast.tutor, .badUserInput, "input.targetId"
                ),
                (
                    ["targetType": .string("USER"), "targetId": .string(cast.tutor.globalID), "reason": .string("SPAM")],
                    cast.tutor, .badUserInput, "input.targetId"
                ),
                (
                    [
                        "targetType": .string("USER"), "targetId": .string(cast.student.globalID), "reason": .string("SPAM"),
                        "details": .string(String(repeating: "x", count: 2001)),
                    ], cast.tutor, .badUserInput, "input.details"
                ),
                (
                    ["targetType": .string("MESSAGE"), "targetId": .string(cast.messageID), "reason": .string("SPAM")],
                    cast.outsider, .notFound, nil
                ),
                (
                    [
                        "targetType": .string("BOOKING"), "targetId": .string(GlobalID(.booking, 999_999).description),
                        "reason": .string("NO_SHOW"),
                    ], cast.student, .notFound, nil
                ),
            ]
            for (input, reporter, code, field) in cases {
                let response = try await harness.execute(
                    Self.create, variables: ["input": .object(input)], as: reporter.viewer)
                #expect(response.onlyErrorCode == code, "\(response.json)")
                if let field { #expect(response.errorField == field) }
            }
            let signedOut = try await harness.execute(
                Self.create,
                variables: [
                    "input": .object([
                        "targetType": .string("USER"), "targetId": .string(cast.student.globalID), "reason": .string("SPAM"),
                    ])
                ])
            #expect(signedOut.onlyErrorCode == .unauthenticated)
            #expect(try await harness.scalar("SELECT count(*)::int8 FROM reports", as: Int64.self) == 0)
        }
    }

    @Test("auditLog lists entries for staff, newest first, by filter, with JSON values and the actor")
    func auditLog() async throws {
        try await APITestHarness.withHarness { harness in
            let admin = try await harness.createUser(.admin, firstName: "Ana")
            let start = harness.clock.now()
            for (minute, table) in ["users", "tutor_profiles", "users"].enumerated() {
                _ = try await harness.client.query(
                    """
                    INSERT INTO audit_log (table_name, record_id, action, old_values, new_values, actor_user_id,
                                           request_id, created_at)
                    VALUES (\(table), 42, 'UPDATE', '{"is_approved": false}', '{"is_approved": true}', \(admin.id),
                            'req-1', \(start.addingTimeInterval(Double(minute) * 60)))
                    """, logger: APITestHarness.logger)
            }
            let query = """
                query($filter: AuditLogFilter, $first: Int, $after: String) {
                  auditLog(filter: $filter, first: $first, after: $after) {
                    totalCount pageInfo { hasNextPage endCursor }
                    edges { node { id tableName recordId action oldValues newValues actor { firstName } requestId } }
                  }
                }
                """
            let users = try await harness.execute(
                query,
                variables: [
                    "filter": .object(["tableName": .string("users"), "actorId": .string(admin.globalID)]),
                    "first": .int(1),
                ],
                as: admin.viewer)
            #expect(users.succeeded, "\(users.json)")
            #expect(users.value("auditLog.totalCount") == .int(2))
            #expect(users.value("auditLog.pageInfo.hasNextPage") == .bool(true))
            #expect(users.string("auditLog.edges.0.node.recordId") == "42")
            #expect(users.string("auditLog.edges.0.node.action") == "UPDATE")
            #expect(users.value("auditLog.edges.0.node.newValues")?["is_approved"] == .bool(true))
            #expect(users.string("auditLog.edges.0.node.actor.firstName") == "Ana")
            #expect(users.string("auditLog.edges.0.node.requestId") == "req-1")

            let recent = try await harness.execute(
                query, variables: ["filter": .object(["since": .string("2100-01-01T00:00:00Z")])], as: admin.viewer)
            #expect(recent.value("auditLog.totalCount") == .int(0))
            let badActor = try await harness.execute(
                query, variables: ["filter": .object(["actorId": .string("nope")])], as: admin.viewer)
            #expect(badActor.errorField == "filter.actorId")
            let id = try #require(users.string("auditLog.edges.0.node.id"))
            let node = try await harness.execute(
                "query($id: ID!) { node(id: $id) { ... on AuditLogEntry { tableName } } }",
                variables: ["id": .string(id)], as: admin.viewer)
            #expect(node.string("node.tableName") == "users")
        }
    }
}
