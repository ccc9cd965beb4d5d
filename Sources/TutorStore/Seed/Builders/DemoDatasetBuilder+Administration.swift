import Foundation
import TutorDomain

extension DemoDatasetBuilder {
    /// User reports in every status, and the audit trail of the admins' decisions: approvals, the rejection, the
    /// soft-deleted profile and message, and every resolved dispute.
    mutating func addAdministration() {
        addReports()
        for (index, tutor) in dataset.tutors.enumerated() {
            if let approvedAt = tutor.approvedAt {
                audit(.tutor(index), "UPDATE", old: #"{"profile_status": "pending_approval"}"#,
                      new: #"{"profile_status": "approved"}"#, at: approvedAt)
            }
            if tutor.status == "rejected" {
                audit(.tutor(index), "UPDATE", old: #"{"profile_status": "pending_approval"}"#,
                      new: #"{"profile_status": "rejected"}"#, at: clock.days(-3))
            }
            if let deletedAt = tutor.deletedAt {
                audit(.tutor(index), "SOFT_DELETE", old: #"{"profile_status": "approved", "deleted_at": null}"#,
                      new: #"{"profile_status": "archived", "deleted_at": "set"}"#, at: deletedAt)
            }
        }
        for (index, booking) in dataset.bookings.enumerated() {
            guard let resolvedAt = booking.dispute?.resolvedAt else { continue }
            audit(.booking(index), "UPDATE", old: #"{"dispute_state": "OPEN"}"#,
                  new: #"{"dispute_state": "\#(booking.state.dispute.rawValue)"}"#, at: resolvedAt)
        }
        if let deleted = dataset.messages.indices.first(where: { dataset.messages[$0].deletedAt != nil }),
            let deletedAt = dataset.messages[deleted].deletedAt
        {
            audit(.message(deleted), "SOFT_DELETE", old: #"{"deleted_at": null}"#, new: #"{"deleted_at": "set"}"#, at: deletedAt)
        }
    }

    private mutating func addReports() {
        let student = dataset.students[0].user
        let otherStudent = dataset.students[1].user
        let tutorUser = dataset.tutors[0].user
        let reports: [(Int, DemoRecord, String, String, String?)] = [
            (student, .tutor(1), "fraud", OperationalPhrases.reportDetails[2], nil),
            (tutorUser, .user(otherStudent), "no_show", OperationalPhrases.reportDetails[3], "investigating"),
            (otherStudent, .message(0), "spam", OperationalPhrases.reportDetails[0], "resolved"),
            (student, .booking(0), "other", "The join link did not work for this lesson.", "dismissed"),
            (otherStudent, .user(tutorUser), "harassment", OperationalPhrases.reportDetails[1], nil),
        ]
        for (number, (reporter, target, reason, details, status)) in reports.enumerated() {
            let createdAt = clock.days(-Double(2 + number * 3))
            let closed = status == "resolved" || status == "dismissed"
            dataset.reports.append(
                DemoReport(
                    reporter: reporter, target: target, reason: reason, details: details, status: status ?? "open",
                    resolvedAt: closed ? createdAt.addingTimeInterval(.days(1)) : nil,
                    resolutionNote: closed ? "Checked by the support team." : nil, createdAt: createdAt
                )
            )
        }
    }

    private mutating func audit(_ record: DemoRecord, _ action: String, old: String, new: String, at: Date) {
        dataset.auditEntries.append(
            DemoAuditEntry(record: record, action: action, oldValues: old, newValues: new,
                           actor: random.chance(0.8) ? dataset.adminUser : dataset.ownerUser, createdAt: at)
        )
    }
}
