import Foundation
import GraphQLEngine
import PostgresNIO
import Testing
import TutorDomain

@testable import TutorAPI

@Suite("resolveReport")
struct ReportResolutionAPITests {
    static let resolve = """
        mutation($input: ResolveReportInput!) {
          resolveReport(input: $input) { report { status resolutionNote resolvedBy { firstName } resolvedAt } }
        }
        """

    @Test("staff close a report once, with a note, audited and told to the reporter")
    func resolve() async throws {
        try await APITestHarness.withHarness { harness in
            let admin = try await harness.createUser(.admin, firstName: "Ada")
            let report = try await harness.openReport()
            let input: ObjectValue = ["reportId": .string(report), "status": .string("DISMISSED"), "note": .string("No evidence.")]
            let closed = try await harness.execute(Self.resolve, variables: ["input": .object(input)], as: admin.viewer)
            #expect(closed.succeeded, "\(closed.json)")
            #expect(closed.string("resolveReport.report.status") == "DISMISSED")
            #expect(closed.string("resolveReport.report.resolutionNote") == "No evidence.")
            #expect(closed.string("resolveReport.report.resolvedBy.firstName") == "Ada")
            #expect(closed.string("resolveReport.report.resolvedAt") != nil)
            #expect(try await harness.auditEntries(where: "table_name = 'reports' AND new_values->>'status' = 'dismissed'") == 1)
            #expect(try await harness.scalar(
                "SELECT count(*)::int8 FROM outbox WHERE topic = 'notification.create' AND payload->'data' ? 'reportId'",
                as: Int64.self) == 1)

            let again = try await harness.execute(Self.resolve, variables: ["input": .object(input)], as: admin.viewer)
            #expect(again.onlyErrorCode == .conflict, "\(again.json)")
            #expect(try await harness.auditEntries() == 1)
        }
    }

    @Test("an open status, a blank or long note and a wrong ID are BAD_USER_INPUT naming the field")
    func badInput() async throws {
        try await APITestHarness.withHarness { harness in
            let admin = try await harness.createUser(.admin)
            let report = try await harness.openReport()
            let cases: [(ObjectValue, String)] = [
                (["reportId": .string(report), "status": .string("INVESTIGATING"), "note": .string("On it")], "input.status"),
                (["reportId": .string(report), "status": .string("RESOLVED"), "note": .string(" ")], "input.note"),
                (["reportId": .string(report), "status": .string("RESOLVED"), "note": .string(String(repeating: "n", count: 2_001))],
                 "input.note"),
                (["reportId": .string(admin.globalID), "status": .string("RESOLVED"), "note": .string("x")], "input.reportId"),
            ]
            for (input, field) in cases {
                let response = try await harness.execute(Self.resolve, variables: ["input": .object(input)], as: admin.viewer)
                #expect(response.onlyErrorCode == .badUserInput && response.errorField == field, "\(field): \(response.json)")
            }
            let unknown = try await harness.execute(
                Self.resolve,
                variables: ["input": .object([
                    "reportId": .string(GlobalID(.report, 999_999).description), "status": .string("RESOLVED"), "note": .string("x"),
                ])], as: admin.viewer)
            #expect(unknown.onlyErrorCode == .notFound)
            #expect(try await harness.auditEntries() == 0)
        }
    }
}
