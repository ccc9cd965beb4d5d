import Foundation
import GraphQLEngine
import PostgresNIO
import Testing
import TutorDomain

@testable import TutorAPI

@Suite("approveTutor and rejectTutor")
struct TutorApprovalAPITests {
    static let decide = """
        mutation($approve: ReviewTutorInput!, $reject: ReviewTutorInput!) {
          approved: approveTutor(input: $approve) { clientMutationId tutor { profileStatus isApproved rejectionReason } }
          rejected: rejectTutor(input: $reject) { tutor { profileStatus isApproved rejectionReason user { firstName } } }
        }
        """

    @Test("an admin approves one pending tutor and rejects another; each decision is audited with the request ID")
    func decisions() async throws {
        try await APITestHarness.withHarness { harness in
            let admin = try await harness.createUser(.admin)
            let first = try await harness.pendingTutor()
            let second = try await harness.pendingTutor()
            let response = try await harness.execute(
                Self.decide,
                variables: [
                    "approve": .object(["tutorId": .string(first), "clientMutationId": .string("a1")]),
                    "reject": .object(["tutorId": .string(second), "reason": .string("  Please add your degrees.  ")]),
                ], as: admin.viewer)

            #expect(response.succeeded, "\(response.json)")
            #expect(response.string("approved.clientMutationId") == "a1")
            #expect(response.string("approved.tutor.profileStatus") == "APPROVED")
            #expect(response.value("approved.tutor.isApproved") == .bool(true))
            #expect(response.string("rejected.tutor.profileStatus") == "REJECTED")
            #expect(response.value("rejected.tutor.isApproved") == .bool(false))
            #expect(response.string("rejected.tutor.rejectionReason") == "Please add your degrees.")
            #expect(response.string("rejected.tutor.user.firstName") == "Test")
            #expect(try await harness.auditEntries(
                where: "table_name = 'tutor_profiles' AND action = 'UPDATE' AND request_id = 'test' AND actor_user_id = \(admin.id)") == 2)
            #expect(try await harness.scalar(
                "SELECT count(*)::int8 FROM tutor_approval_requests WHERE status IN ('approved', 'rejected') AND reviewed_by = \(admin.id)",
                as: Int64.self) == 2)
        }
    }

    @Test("bad input names the field; a profile not pending is a CONFLICT naming its state; nothing is audited")
    func refusals() async throws {
        try await APITestHarness.withHarness { harness in
            let admin = try await harness.createUser(.admin)
            let pending = try await harness.pendingTutor()
            let student = try await harness.createUser(.student)

            let noReason = try await harness.staffMutation(
                "rejectTutor", input: "ReviewTutorInput", ["tutorId": .string(pending), "reason": .string("   ")], as: admin.viewer)
            #expect(noReason.onlyErrorCode == .badUserInput && noReason.errorField == "input.reason", "\(noReason.json)")

            let missingReason = try await harness.staffMutation(
                "rejectTutor", input: "ReviewTutorInput", ["tutorId": .string(pending)], as: admin.viewer)
            #expect(missingReason.errorField == "input.reason")

            let longReason = try await harness.staffMutation(
                "rejectTutor", input: "ReviewTutorInput",
                ["tutorId": .string(pending), "reason": .string(String(repeating: "x", count: 2_001))], as: admin.viewer)
            #expect(longReason.errorField == "input.reason")

            let wrongID = try await harness.staffMutation(
                "approveTutor", input: "ReviewTutorInput", ["tutorId": .string(student.globalID)], as: admin.viewer)
            #expect(wrongID.onlyErrorCode == .badUserInput && wrongID.errorField == "input.tutorId")

            let unknown = try await harness.staffMutation(
                "approveTutor", input: "ReviewTutorInput", ["tutorId": .string(GlobalID(.tutor, 999_999).description)],
                as: admin.viewer)
            #expect(unknown.onlyErrorCode == .notFound)

            let approved = try await harness.staffMutation(
                "approveTutor", input: "ReviewTutorInput", ["tutorId": .string(pending)], as: admin.viewer)
            #expect(approved.succeeded)
            let again = try await harness.staffMutation(
                "rejectTutor", input: "ReviewTutorInput", ["tutorId": .string(pending), "reason": .string("No.")],
                as: admin.viewer)
            #expect(again.onlyErrorCode == .conflict, "\(again.json)")
            #expect(again.result.errors.first?.extensions["currentState"] == .string("APPROVED"))
            #expect(try await harness.auditEntries() == 1)
        }
    }
}
