import Foundation
import GraphQLEngine
import Testing
import TutorDomain

@testable import TutorAPI

/// Every staff mutation × every caller: signed out is UNAUTHENTICATED, students and tutors are FORBIDDEN, admins
/// and owners succeed, and only a success writes an audit entry.
@Suite("Staff mutations: authorization matrix")
struct StaffAuthorizationTests {
    /// A staff mutation and how to make a fresh input it can succeed on.
    struct StaffMutationCase: Sendable {
        let field: String
        let inputType: String
        let makeInput: @Sendable (APITestHarness) async throws -> ObjectValue
    }

    static let cases: [StaffMutationCase] = [
        StaffMutationCase(field: "approveTutor", inputType: "ReviewTutorInput") { harness in
            ["tutorId": .string(try await harness.pendingTutor())]
        },
        StaffMutationCase(field: "rejectTutor", inputType: "ReviewTutorInput") { harness in
            ["tutorId": .string(try await harness.pendingTutor()), "reason": .string("Add a photo.")]
        },
        StaffMutationCase(field: "deleteUser", inputType: "UserActionInput") { harness in
            ["userId": .string(try await harness.createUser(.student).globalID)]
        },
        StaffMutationCase(field: "restoreUser", inputType: "UserActionInput") { harness in
            ["userId": .string(try await harness.createUser(.tutor, deleted: true).globalID)]
        },
        StaffMutationCase(field: "resolveReport", inputType: "ResolveReportInput") { harness in
            ["reportId": .string(try await harness.openReport()), "status": .string("RESOLVED"), "note": .string("Warned.")]
        },
    ]

    @Test("signed out, student, tutor, admin and owner", arguments: cases.map(\.field))
    func matrix(field: String) async throws {
        let mutationCase = try #require(Self.cases.first { $0.field == field })
        try await APITestHarness.withHarness { harness in
            let cast = try await harness.staffCast()
            for (name, viewer) in cast.callers {
                var input = try await mutationCase.makeInput(harness)
                input["clientMutationId"] = .string(name)
                let response = try await harness.staffMutation(
                    field, input: mutationCase.inputType, input, as: viewer)
                switch viewer?.role {
                case nil: #expect(response.onlyErrorCode == .unauthenticated, "\(name): \(response.json)")
                case .student?, .tutor?: #expect(response.onlyErrorCode == .forbidden, "\(name): \(response.json)")
                case .admin?, .owner?:
                    #expect(response.succeeded, "\(name): \(response.json)")
                    #expect(response.string("\(field).clientMutationId") == name)
                }
            }
            #expect(try await harness.auditEntries() == 2)
            #expect(try await harness.auditEntries(where: "actor_user_id IN (\(cast.admin.id), \(cast.owner.id))") == 2)
        }
    }
}
