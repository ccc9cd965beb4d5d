import Foundation
import PostgresNIO
import Testing
import TutorStore

/// Staff actions: each changes its row, closes what it decides, writes one audit entry and its outbox rows in the
/// same transaction, and a refused or failed action leaves every table as it was.
@Suite("AdministrationRepository")
struct AdministrationRepositoryTests {
    @Test("approving a pending tutor lists them, closes the request, audits the change and queues a notification")
    func approve() async throws {
        try await AdministrationStoreFixture.run { fixture in
            let admin = try await fixture.person("admin").userID
            let tutor = try await fixture.pendingTutor()
            let row = try await fixture.store.administration.decideTutor(
                tutor, .approve(note: nil), by: AuditActor(userID: admin, requestID: "req-1"), now: fixture.now)

            #expect(row.profileStatus == "approved" && row.isApproved && row.rejectionReason == nil)
            #expect(try await fixture.count("tutor_profiles", where: "id = \(tutor) AND approved_at IS NOT NULL AND approved_by = \(admin)") == 1)
            #expect(try await fixture.count("tutor_approval_requests", where: "status = 'approved' AND reviewed_by = \(admin)") == 1)
            #expect(try await fixture.count(
                "audit_log",
                where: """
                    table_name = 'tutor_profiles' AND record_id = \(tutor) AND action = 'UPDATE' AND actor_user_id = \(admin)
                    AND request_id = 'req-1' AND old_values->>'profile_status' = 'pending_approval'
                    AND new_values->>'profile_status' = 'approved' AND NOT old_values ? 'search_vector'
                    """) == 1)
            #expect(try await fixture.count("outbox", where: "topic = 'notification.create' AND payload->>'type' = 'PROFILE_APPROVED'") == 1)
            #expect(try await fixture.count("outbox", where: "topic = 'search_index.refresh'") == 1)
        }
    }

    @Test("rejecting keeps the reason on the profile and the request")
    func reject() async throws {
        try await AdministrationStoreFixture.run { fixture in
            let admin = try await fixture.person("admin").userID
            let tutor = try await fixture.pendingTutor()
            let row = try await fixture.store.administration.decideTutor(
                tutor, .reject(reason: "Add your degrees."), by: AuditActor(userID: admin, requestID: nil), now: fixture.now)

            #expect(row.profileStatus == "rejected" && !row.isApproved && row.rejectionReason == "Add your degrees.")
            #expect(try await fixture.count("tutor_approval_requests", where: "status = 'rejected' AND notes = 'Add your degrees.'") == 1)
            #expect(try await fixture.count("outbox", where: "payload->>'type' = 'PROFILE_REJECTED'") == 1)
            #expect(try await fixture.count("audit_log", where: "new_values->>'rejection_reason' = 'Add your degrees.'") == 1)
        }
    }

    @Test("only a pending profile can be decided; a refusal writes nothing")
    func notPending() async throws {
        try await AdministrationStoreFixture.run { fixture in
            let admin = AuditActor(userID: try await fixture.person("admin").userID, requestID: nil)
            let incomplete = try await fixture.person("tutor").profileID
            await #expect(throws: AdministrationError.tutorNotPending(status: "incomplete")) {
                try await fixture.store.administration.decideTutor(incomplete, .approve(note: nil), by: admin, now: fixture.now)
            }
            await #expect(throws: AdministrationError.tutorNotFound) {
                try await fixture.store.administration.decideTutor(999_999, .approve(note: nil), by: admin, now: fixture.now)
            }
            #expect(try await fixture.count("audit_log") == 0)
            #expect(try await fixture.count("outbox") == 0)
        }
    }

    @Test("a failure after the change (the audit entry refused) rolls the whole decision back")
    func failureRollsBack() async throws {
        try await AdministrationStoreFixture.run { fixture in
            let admin = try await fixture.person("admin").userID
            let tutor = try await fixture.pendingTutor()
            // audit_log.request_id holds at most 128 characters: the last write of the transaction fails.
            let actor = AuditActor(userID: admin, requestID: String(repeating: "r", count: 129))
            await #expect(throws: (any Error).self) {
                try await fixture.store.administration.decideTutor(tutor, .approve(note: nil), by: actor, now: fixture.now)
            }
            #expect(try await fixture.count("tutor_profiles", where: "id = \(tutor) AND profile_status = 'pending_approval'") == 1)
            #expect(try await fixture.count("tutor_approval_requests", where: "status = 'pending'") == 1)
            #expect(try await fixture.count("audit_log") == 0)
            #expect(try await fixture.count("outbox") == 0)
        }
    }

    @Test("deleting a user soft-deletes them, revokes their refresh tokens and audits without the password hash")
    func deleteUser() async throws {
        try await AdministrationStoreFixture.run { fixture in
            let admin = try await fixture.person("admin").userID
            let student = try await fixture.person("student").userID
            try await fixture.refreshToken(of: student)
            try await fixture.refreshToken(of: student)
            let row = try await fixture.store.administration.deleteUser(
                student, reason: "Spam account", by: AuditActor(userID: admin, requestID: "req-2"), now: fixture.now)

            #expect(row.deletedAt == fixture.now)
            #expect(try await fixture.count("users", where: "id = \(student) AND deleted_by = \(admin)") == 1)
            #expect(try await fixture.count("refresh_tokens", where: "user_id = \(student) AND revoked_reason = 'admin'") == 2)
            #expect(try await fixture.count(
                "audit_log",
                where: """
                    table_name = 'users' AND record_id = \(student) AND action = 'SOFT_DELETE'
                    AND old_values->>'deleted_at' IS NULL AND new_values->>'deleted_at' IS NOT NULL
                    AND new_values->>'audit_reason' = 'Spam account'
                    AND NOT old_values ? 'hashed_password' AND NOT new_values ? 'hashed_password'
                    """) == 1)
        }
    }

    @Test("owners, one's own account and deleted users cannot be deleted; nothing is written")
    func deleteRefusals() async throws {
        try await AdministrationStoreFixture.run { fixture in
            let admin = try await fixture.person("admin").userID
            let actor = AuditActor(userID: admin, requestID: nil)
            let owner = try await fixture.person("owner").userID
            let gone = try await fixture.person("student", deleted: true).userID
            try await fixture.refreshToken(of: owner)
            let administration = fixture.store.administration
            await #expect(throws: AdministrationError.ownerAccount) {
                try await administration.deleteUser(owner, reason: nil, by: actor, now: fixture.now)
            }
            await #expect(throws: AdministrationError.ownAccount) {
                try await administration.deleteUser(admin, reason: nil, by: actor, now: fixture.now)
            }
            await #expect(throws: AdministrationError.userAlreadyDeleted) {
                try await administration.deleteUser(gone, reason: nil, by: actor, now: fixture.now)
            }
            await #expect(throws: AdministrationError.userNotFound) {
                try await administration.deleteUser(999_999, reason: nil, by: actor, now: fixture.now)
            }
            #expect(try await fixture.count("users", where: "deleted_at IS NOT NULL") == 1)
            #expect(try await fixture.count("refresh_tokens", where: "revoked_at IS NOT NULL") == 0)
            #expect(try await fixture.count("audit_log") == 0)
        }
    }

    @Test("restoring brings a deleted user back with a RESTORE entry; a live user cannot be restored")
    func restoreUser() async throws {
        try await AdministrationStoreFixture.run { fixture in
            let actor = AuditActor(userID: try await fixture.person("admin").userID, requestID: nil)
            let gone = try await fixture.person("tutor", deleted: true).userID
            let row = try await fixture.store.administration.restoreUser(gone, reason: nil, by: actor, now: fixture.now)
            #expect(row.deletedAt == nil)
            #expect(try await fixture.count(
                "audit_log",
                where: "record_id = \(gone) AND action = 'RESTORE' AND old_values->>'deleted_at' IS NOT NULL AND NOT new_values ? 'audit_reason'") == 1)
            await #expect(throws: AdministrationError.userNotDeleted) {
                try await fixture.store.administration.restoreUser(gone, reason: nil, by: actor, now: fixture.now)
            }
            #expect(try await fixture.count("audit_log") == 1)
        }
    }

    @Test("resolving a report closes it once, audits it and tells the reporter")
    func resolveReport() async throws {
        try await AdministrationStoreFixture.run { fixture in
            let admin = try await fixture.person("admin").userID
            let actor = AuditActor(userID: admin, requestID: nil)
            let report = try await fixture.report(about: try await fixture.person("tutor").userID)
            let row = try await fixture.store.administration.resolveReport(
                report, as: .dismissed, note: "Not spam.", by: actor, now: fixture.now)

            #expect(row.status == .dismissed && row.resolutionNote == "Not spam." && row.resolvedByUserID == admin)
            #expect(row.resolvedAt == fixture.now)
            #expect(try await fixture.count(
                "audit_log",
                where: "table_name = 'reports' AND old_values->>'status' = 'open' AND new_values->>'status' = 'dismissed'") == 1)
            #expect(try await fixture.count("outbox", where: "payload->'data' ? 'reportId'") == 1)
            await #expect(throws: AdministrationError.reportClosed(status: .dismissed)) {
                try await fixture.store.administration.resolveReport(report, as: .resolved, note: "Again", by: actor, now: fixture.now)
            }
            await #expect(throws: AdministrationError.reportNotFound) {
                try await fixture.store.administration.resolveReport(999_999, as: .resolved, note: "x", by: actor, now: fixture.now)
            }
            #expect(try await fixture.count("audit_log") == 1)
        }
    }
}
