import Foundation
import GraphQLEngine
import PostgresNIO
import TutorDomain

@testable import TutorAPI

/// One user of every role, as the authorization matrices act.
struct StaffCast: Sendable {
    let student: TestUser
    let tutor: TestUser
    let admin: TestUser
    let owner: TestUser

    /// Every way to call a mutation: signed out, then each role.
    var callers: [(name: String, viewer: Viewer?)] {
        [("anonymous", nil), ("student", student.viewer), ("tutor", tutor.viewer), ("admin", admin.viewer),
         ("owner", owner.viewer)]
    }
}

extension APITestHarness {
    /// A student, a tutor, an admin and an owner.
    func staffCast() async throws -> StaffCast {
        StaffCast(
            student: try await createUser(.student, firstName: "Sam"), tutor: try await createUser(.tutor, firstName: "Tess"),
            admin: try await createUser(.admin, firstName: "Ada"), owner: try await createUser(.owner, firstName: "Olive"))
    }

    /// A new tutor whose profile waits for approval, with its pending approval request; returns the tutor's
    /// global ID.
    func pendingTutor() async throws -> String {
        let user = try await createUser(.tutor)
        let profileID = try await scalar(
            """
            UPDATE tutor_profiles SET profile_status = 'pending_approval', title = 'Chemistry tutor'
            WHERE user_id = \(user.id) RETURNING id
            """, as: Int64.self) ?? 0
        _ = try await scalar(
            "INSERT INTO tutor_approval_requests (tutor_profile_id) VALUES (\(profileID)) RETURNING id", as: Int64.self)
        return GlobalID(.tutor, profileID).description
    }

    /// An open report by a new student about a new tutor; returns the report's global ID.
    func openReport() async throws -> String {
        let reporter = try await createUser(.student)
        let target = try await createUser(.tutor)
        let id = try await scalar(
            """
            INSERT INTO reports (reporter_user_id, target_type, target_id, reason, details)
            VALUES (\(reporter.id), 'user', \(target.id), 'fraud', 'Asked to be paid outside the platform')
            RETURNING id
            """, as: Int64.self) ?? 0
        return GlobalID(.report, id).description
    }

    /// How many audit entries match `condition` (SQL chosen by the test).
    func auditEntries(where condition: String = "true") async throws -> Int64 {
        try await scalar("SELECT count(*)::int8 FROM audit_log WHERE \(unescaped: condition)", as: Int64.self) ?? 0
    }

    /// Runs staff mutation `field` with `input` as `viewer`, selecting only `clientMutationId`.
    func staffMutation(_ field: String, input: String, _ inputValue: ObjectValue, as viewer: Viewer?) async throws -> APIResponse {
        try await execute(
            "mutation($input: \(input)!) { \(field)(input: $input) { clientMutationId } }",
            variables: ["input": .object(inputValue)], as: viewer)
    }
}
