import Foundation
import PostgresNIO

/// A row of `conversations`: one student and one tutor talking.
public struct ConversationRow: Sendable, Hashable {
    public let id: Int64
    public let studentUserID: Int64
    public let tutorUserID: Int64
    /// The booking the conversation started from, if any.
    public let bookingID: Int64?
    public let lastMessageAt: Date?
    public let createdAt: Date
    /// Set when staff hid the conversation.
    public let deletedAt: Date?
    /// Where the conversation sits in an inbox: by its last message, or its start while it has none.
    public let position: InstantPosition

    /// The select list `init(decoding:)` reads, for a `conversations` table aliased `c`.
    static let columns = """
        c.id, c.student_user_id, c.tutor_user_id, c.booking_id, c.last_message_at, c.created_at, c.deleted_at,
        \(InstantPosition.microseconds(of: activity))
        """

    /// The instant an inbox sorts by, for a `conversations` table aliased `c`.
    static let activity = "coalesce(c.last_message_at, c.created_at)"

    /// Whether `userID` is the student or the tutor of the conversation.
    public func hasParticipant(_ userID: Int64) -> Bool {
        userID == studentUserID || userID == tutorUserID
    }

    /// The participant who is not `userID`.
    public func otherParticipant(than userID: Int64) -> Int64 {
        userID == studentUserID ? tutorUserID : studentUserID
    }

    /// Decodes the leading columns of `row`, selected with `columns`.
    init(decoding row: PostgresRow) throws {
        let microseconds: Int64
        (id, studentUserID, tutorUserID, bookingID, lastMessageAt, createdAt, deletedAt, microseconds) =
            try row.decode((Int64, Int64, Int64, Int64?, Date?, Date, Date?, Int64).self)
        position = InstantPosition(microseconds: microseconds, id: id)
    }
}
