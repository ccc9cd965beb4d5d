import Foundation
import PostgresNIO

/// A row of `student_profiles`, with the currency of its user's account (the credit balance's currency).
public struct StudentProfileRow: Sendable, Hashable {
    public let id: Int64
    public let userID: Int64
    /// `elementary`, `middle_school`, … as stored.
    public let gradeLevel: String?
    public let learningGoals: String
    public let creditBalanceCents: Int64
    public let currency: String
    public let createdAt: Date
    public let deletedAt: Date?

    /// The select list `init(decoding:)` reads, for `student_profiles sp` joined to `users u`.
    static let columns = """
        sp.id, sp.user_id, sp.grade_level, sp.learning_goals, sp.credit_balance_cents, u.currency, sp.created_at,
        sp.deleted_at
        """

    init(decoding row: PostgresRow) throws {
        (id, userID, gradeLevel, learningGoals, creditBalanceCents, currency, createdAt, deletedAt) =
            try row.decode((Int64, Int64, String?, String, Int64, String, Date, Date?).self)
    }
}

/// A row of `student_notes`: one tutor's private note about one student.
public struct StudentNoteRow: Sendable, Hashable {
    public let id: Int64
    public let tutorID: Int64
    public let studentID: Int64
    public let body: String
    public let updatedAt: Date

    static let columns = "n.id, n.tutor_profile_id, n.student_profile_id, n.body, n.updated_at"

    init(decoding row: PostgresRow) throws {
        (id, tutorID, studentID, body, updatedAt) = try row.decode((Int64, Int64, Int64, String, Date).self)
    }
}
