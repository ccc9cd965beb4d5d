import Foundation
import PostgresNIO
import TutorDomain

/// A row of `bookings` with the user IDs of both parties, which every visibility decision needs.
///
/// Money is the price snapshot taken when booked; `cancelledByRole` keeps the database's spelling
/// (`student`, `tutor`, `admin`, `system`). Soft-deleted rows are returned too: visibility is the API's call.
public struct BookingRow: Sendable, Hashable {
    public let id: Int64
    public let tutorProfileID: Int64
    public let tutorUserID: Int64
    public let studentProfileID: Int64
    public let studentUserID: Int64
    public let subjectID: Int64?
    public let pricingOptionID: Int64?
    public let packageID: Int64?
    public let rescheduledFromID: Int64?
    public let startTime: Date
    public let endTime: Date
    /// The four state fields.
    public let state: BookingState
    public let cancelledAt: Date?
    public let cancelledByRole: String?
    public let cancellationReason: String?
    public let disputeReason: String?
    public let disputeOpenedAt: Date?
    public let disputeResolvedAt: Date?
    public let disputeResolutionNote: String?
    public let hourlyRate: Money
    public let price: Money
    public let platformFeePercent: Double
    public let platformFee: Money
    public let tutorEarnings: Money
    /// The `pricing_snapshot` JSON document as text.
    public let pricingSnapshot: String
    public let tutorName: String
    public let studentName: String
    public let subjectName: String?
    public let notes: String
    public let joinURL: String?
    public let version: Int
    public let createdAt: Date
    public let updatedAt: Date
    public let deletedAt: Date?
    /// The row's place in start-time order, for cursors.
    public let position: InstantPosition

    /// Length of the session in whole minutes.
    public var durationMinutes: Int { Int(endTime.timeIntervalSince(startTime) / 60) }

    /// The select list `init(decoding:)` reads, for `bookings b` joined to `tutor_profiles tp` and
    /// `student_profiles sp` (see `joins`).
    static let columns = """
        b.id, b.tutor_profile_id, tp.user_id AS tutor_user_id, b.student_profile_id, sp.user_id AS student_user_id,
        b.subject_id, b.pricing_option_id, b.student_package_id, b.rescheduled_from_id, b.start_time, b.end_time,
        b.session_state, b.session_outcome, b.payment_state, b.dispute_state, b.cancelled_at, b.cancelled_by_role,
        b.cancellation_reason, b.dispute_reason, b.dispute_opened_at, b.dispute_resolved_at,
        b.dispute_resolution_note, b.hourly_rate_cents, b.price_cents, b.platform_fee_pct::float8 AS platform_fee_pct,
        b.platform_fee_cents, b.tutor_earnings_cents, b.currency, b.pricing_snapshot::text AS pricing_snapshot,
        b.tutor_name, b.student_name, b.subject_name, b.notes_from_student, b.join_url, b.version::int8 AS version,
        b.created_at, b.updated_at, b.deleted_at, \(InstantPosition.microseconds(of: "b.start_time")) AS start_micros
        """

    /// The joins `columns` needs after `FROM bookings b`.
    static let joins = """
        JOIN tutor_profiles tp ON tp.id = b.tutor_profile_id
        JOIN student_profiles sp ON sp.id = b.student_profile_id
        """

    /// Decodes the columns selected with `columns`, by name.
    init(decoding row: PostgresRow) throws {
        let cells = row.makeRandomAccess()
        id = try cells["id"].decode(Int64.self)
        tutorProfileID = try cells["tutor_profile_id"].decode(Int64.self)
        tutorUserID = try cells["tutor_user_id"].decode(Int64.self)
        studentProfileID = try cells["student_profile_id"].decode(Int64.self)
        studentUserID = try cells["student_user_id"].decode(Int64.self)
        subjectID = try cells["subject_id"].decode(Int64?.self)
        pricingOptionID = try cells["pricing_option_id"].decode(Int64?.self)
        packageID = try cells["student_package_id"].decode(Int64?.self)
        rescheduledFromID = try cells["rescheduled_from_id"].decode(Int64?.self)
        startTime = try cells["start_time"].decode(Date.self)
        endTime = try cells["end_time"].decode(Date.self)
        state = BookingState(
            session: try cells.decodeEnum("session_state"),
            outcome: try cells.decodeEnum("session_outcome", as: SessionOutcome?.self),
            payment: try cells.decodeEnum("payment_state"),
            dispute: try cells.decodeEnum("dispute_state"))
        cancelledAt = try cells["cancelled_at"].decode(Date?.self)
        cancelledByRole = try cells["cancelled_by_role"].decode(String?.self)
        cancellationReason = try cells["cancellation_reason"].decode(String?.self)
        disputeReason = try cells["dispute_reason"].decode(String?.self)
        disputeOpenedAt = try cells["dispute_opened_at"].decode(Date?.self)
        disputeResolvedAt = try cells["dispute_resolved_at"].decode(Date?.self)
        disputeResolutionNote = try cells["dispute_resolution_note"].decode(String?.self)
        let currency = try cells["currency"].decode(String.self)
        hourlyRate = try cells.money("hourly_rate_cents", currency)
        price = try cells.money("price_cents", currency)
        platformFeePercent = try cells["platform_fee_pct"].decode(Double.self)
        platformFee = try cells.money("platform_fee_cents", currency)
        tutorEarnings = try cells.money("tutor_earnings_cents", currency)
        pricingSnapshot = try cells["pricing_snapshot"].decode(String.self)
        tutorName = try cells["tutor_name"].decode(String.self)
        studentName = try cells["student_name"].decode(String.self)
        subjectName = try cells["subject_name"].decode(String?.self)
        notes = try cells["notes_from_student"].decode(String.self)
        joinURL = try cells["join_url"].decode(String?.self)
        version = Int(try cells["version"].decode(Int64.self))
        createdAt = try cells["created_at"].decode(Date.self)
        updatedAt = try cells["updated_at"].decode(Date.self)
        deletedAt = try cells["deleted_at"].decode(Date?.self)
        position = InstantPosition(microseconds: try cells["start_micros"].decode(Int64.self), id: id)
    }
}
