import Foundation
import PostgresNIO
import Testing
import TutorStore

@Suite("ReportRepository and AuditLogRepository")
struct ModerationRepositoryTests {
    @Test("filing a report stores it open and queues report.created")
    func filing() async throws {
        try await CommunicationStoreFixture.run { fixture in
            let reporter = try await fixture.user("student")
            let target = try await fixture.user("tutor")
            let report = try await fixture.store.reports.file(
                NewReport(reporterUserID: reporter, targetType: .user, targetID: target, reason: .harassment, details: "Rude"),
                now: fixture.now)

            #expect(report.status == .open)
            #expect(report.reason == .harassment)
            #expect(report.targetID == target)
            #expect(report.createdAt == fixture.now)
            let payload = try await fixture.scalar("SELECT payload::text FROM outbox WHERE topic = 'report.created'", as: String.self)
            #expect(payload.contains(#""reportId": \#(report.id)"#))
        }
    }

    @Test("messages can be reported by their conversation's participants only; missing targets never")
    func targetVisibility() async throws {
        try await CommunicationStoreFixture.run { fixture in
            let student = try await fixture.user("student")
            let tutor = try await fixture.user("tutor")
            let outsider = try await fixture.user("student")
            let message = try await fixture.send("Buy my course elsewhere", from: tutor, to: student).message

            let filed = try await fixture.store.reports.file(
                NewReport(reporterUserID: student, targetType: .message, targetID: message.id, reason: .spam, details: ""),
                now: fixture.now)
            #expect(filed.targetType == .message)
            await #expect(throws: ReportWriteError.targetNotFound) {
                try await fixture.store.reports.file(
                    NewReport(reporterUserID: outsider, targetType: .message, targetID: message.id, reason: .spam, details: ""),
                    now: fixture.now)
            }
            for type in [ReportTargetType.user, .tutorProfile, .review, .booking] {
                await #expect(throws: ReportWriteError.targetNotFound) {
                    try await fixture.store.reports.file(
                        NewReport(reporterUserID: student, targetType: type, targetID: 999_999, reason: .other, details: ""),
                        now: fixture.now)
                }
            }
        }
    }

    @Test("reports list newest first, filtered by status, with a matching count")
    func listing() async throws {
        try await CommunicationStoreFixture.run { fixture in
            let reporter = try await fixture.user("student")
            var ids: [Int64] = []
            for minute in 0..<3 {
                let target = try await fixture.user("tutor")
                ids.append(
                    try await fixture.store.reports.file(
                        NewReport(reporterUserID: reporter, targetType: .user, targetID: target, reason: .fraud, details: ""),
                        now: fixture.now.addingTimeInterval(Double(minute) * 60)
                    ).id)
            }
            _ = try await fixture.client.query(
                "UPDATE reports SET status = 'dismissed', resolved_at = now() WHERE id = \(ids[0])", logger: testLogger)
            let page = KeysetPage(direction: .forward, limit: 10)

            #expect(try await fixture.store.reports.list(status: nil, page: page, after: nil).map(\.id) == ids.reversed())
            #expect(try await fixture.store.reports.list(status: .open, page: page, after: nil).map(\.id) == [ids[2], ids[1]])
            #expect(try await fixture.store.reports.count(status: .dismissed) == 1)
            #expect(try await fixture.store.reports.reports(ids: [ids[0]])[ids[0]]?.status == .dismissed)
        }
    }

    @Test("the audit log filters by table, actor, action and time, newest first")
    func auditLog() async throws {
        try await CommunicationStoreFixture.run { fixture in
            let admin = try await fixture.user("admin")
            for (minute, (table, action)) in [("users", "SOFT_DELETE"), ("tutor_profiles", "UPDATE"), ("users", "RESTORE")]
                .enumerated()
            {
                _ = try await fixture.client.query(
                    """
                    INSERT INTO audit_log (table_name, record_id, action, old_values, new_values, actor_user_id, created_at)
                    VALUES (\(table), 7, \(action), '{"a": 1}', '{"a": 2}', \(admin),
                            \(fixture.now.addingTimeInterval(Double(minute) * 60)))
                    """, logger: testLogger)
            }
            let page = KeysetPage(direction: .forward, limit: 10)

            let users = try await fixture.store.auditLog.list(filter: AuditLogFilter(tableName: "users"), page: page, after: nil)
            #expect(users.map(\.action) == [.restore, .softDelete])
            #expect(users[0].newValues == #"{"a": 2}"#)
            let recent = AuditLogFilter(actorUserID: admin, since: fixture.now.addingTimeInterval(60))
            #expect(try await fixture.store.auditLog.count(filter: recent) == 2)
            #expect(try await fixture.store.auditLog.count(filter: AuditLogFilter(action: .update)) == 1)
            let older = try await fixture.store.auditLog.list(
                filter: AuditLogFilter(), page: KeysetPage(direction: .forward, limit: 1), after: users[0].position)
            #expect(older.map(\.tableName) == ["tutor_profiles", "users"])
            #expect(try await fixture.store.auditLog.entries(ids: [users[0].id])[users[0].id] == users[0])
        }
    }
}
