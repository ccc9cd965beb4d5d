import Foundation
import PostgresNIO

/// A row of `reviews`, with the user IDs of the tutor and the student, for visibility decisions.
public struct ReviewRow: Sendable, Hashable {
    public let id: Int64
    public let bookingID: Int64
    public let tutorProfileID: Int64
    public let tutorUserID: Int64
    public let studentProfileID: Int64
    public let studentUserID: Int64
    public let rating: Int
    public let comment: String
    public let isPublic: Bool
    public let tutorResponse: String?
    public let tutorRespondedAt: Date?
    public let createdAt: Date
    public let deletedAt: Date?
    /// The row's place in newest-first order, for cursors.
    public let position: InstantPosition

    /// The select list `init(decoding:)` reads, for `reviews r` joined as in `joins`.
    static let columns = """
        r.id, r.booking_id, r.tutor_profile_id, tp.user_id AS tutor_user_id, r.student_profile_id,
        sp.user_id AS student_user_id, r.rating::int8 AS rating, r.comment, r.is_public, r.tutor_response,
        r.tutor_responded_at, r.created_at, r.deleted_at,
        \(InstantPosition.microseconds(of: "r.created_at")) AS created_micros
        """

    /// The joins `columns` needs after `FROM reviews r`.
    static let joins = """
        JOIN tutor_profiles tp ON tp.id = r.tutor_profile_id
        JOIN student_profiles sp ON sp.id = r.student_profile_id
        """

    /// Decodes the columns selected with `columns`, by name.
    init(decoding row: PostgresRow) throws {
        let cells = row.makeRandomAccess()
        id = try cells["id"].decode(Int64.self)
        bookingID = try cells["booking_id"].decode(Int64.self)
        tutorProfileID = try cells["tutor_profile_id"].decode(Int64.self)
        tutorUserID = try cells["tutor_user_id"].decode(Int64.self)
        studentProfileID = try cells["student_profile_id"].decode(Int64.self)
        studentUserID = try cells["student_user_id"].decode(Int64.self)
        rating = Int(try cells["rating"].decode(Int64.self))
        comment = try cells["comment"].decode(String.self)
        isPublic = try cells["is_public"].decode(Bool.self)
        tutorResponse = try cells["tutor_response"].decode(String?.self)
        tutorRespondedAt = try cells["tutor_responded_at"].decode(Date?.self)
        createdAt = try cells["created_at"].decode(Date.self)
        deletedAt = try cells["deleted_at"].decode(Date?.self)
        position = InstantPosition(microseconds: try cells["created_micros"].decode(Int64.self), id: id)
    }
}
