import Foundation
import PostgresNIO
import TutorDomain

/// A row of `booking_events`: one state change, the four fields as they became, and who caused it.
public struct BookingEventRow: Sendable, Hashable {
    public let id: Int64
    public let bookingID: Int64
    /// `REQUESTED`, `ACCEPTED`, … as stored.
    public let type: String
    /// The booking version the change produced.
    public let version: Int
    public let state: BookingState
    /// Nil when the system acted.
    public let actorUserID: Int64?
    /// `student`, `tutor`, `admin`, `owner` or `system`.
    public let actorRole: String
    public let reason: String?
    public let occurredAt: Date

    static let columns = """
        e.id, e.booking_id, e.event_type, e.booking_version::int8 AS booking_version, e.session_state,
        e.session_outcome, e.payment_state, e.dispute_state, e.actor_user_id, e.actor_role, e.reason, e.occurred_at
        """

    /// Decodes the columns selected with `columns`, by name.
    init(decoding row: PostgresRow) throws {
        let cells = row.makeRandomAccess()
        id = try cells["id"].decode(Int64.self)
        bookingID = try cells["booking_id"].decode(Int64.self)
        type = try cells["event_type"].decode(String.self)
        version = Int(try cells["booking_version"].decode(Int64.self))
        state = BookingState(
            session: try cells.decodeEnum("session_state"),
            outcome: try cells.decodeEnum("session_outcome", as: SessionOutcome?.self),
            payment: try cells.decodeEnum("payment_state"),
            dispute: try cells.decodeEnum("dispute_state"))
        actorUserID = try cells["actor_user_id"].decode(Int64?.self)
        actorRole = try cells["actor_role"].decode(String.self)
        reason = try cells["reason"].decode(String?.self)
        occurredAt = try cells["occurred_at"].decode(Date.self)
    }
}

/// A row of `session_materials`: a file, link or note shared for one session.
public struct SessionMaterialRow: Sendable, Hashable {
    public let id: Int64
    public let bookingID: Int64
    /// `file`, `link` or `note`.
    public let kind: String
    public let title: String
    public let url: String?
    public let mimeType: String?
    public let sizeBytes: Int64?
    public let body: String?
    public let uploadedBy: Int64
    public let createdAt: Date

    static let columns = """
        m.id, m.booking_id, m.kind, m.title, m.url, m.mime_type, m.size_bytes, m.body, m.uploaded_by, m.created_at
        """

    /// Decodes the columns selected with `columns`, by name.
    init(decoding row: PostgresRow) throws {
        let cells = row.makeRandomAccess()
        id = try cells["id"].decode(Int64.self)
        bookingID = try cells["booking_id"].decode(Int64.self)
        kind = try cells["kind"].decode(String.self)
        title = try cells["title"].decode(String.self)
        url = try cells["url"].decode(String?.self)
        mimeType = try cells["mime_type"].decode(String?.self)
        sizeBytes = try cells["size_bytes"].decode(Int64?.self)
        body = try cells["body"].decode(String?.self)
        uploadedBy = try cells["uploaded_by"].decode(Int64.self)
        createdAt = try cells["created_at"].decode(Date.self)
    }
}
