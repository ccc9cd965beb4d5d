import Foundation
import PostgresNIO
import TutorDomain

/// Attaches files, links and notes to sessions: the booking's two parties share them with each other.
public struct SessionMaterials: Sendable {
    let database: Database

    /// Attaches `draft` to booking `bookingID` on behalf of user `uploaderID` at `now` and tells the other party.
    /// One transaction.
    ///
    /// The booking row stays locked until commit, so a cancellation racing the upload either commits first (and
    /// the upload is refused) or waits for it. Throws `bookingNotFound`; `notAParticipant` for anyone but the two
    /// parties (staff included: the materials are the parties' own); `illegalTransition` naming the state when the
    /// booking was cancelled, declined or expired. A refusal changes nothing.
    public func add(_ draft: SessionMaterialDraft, toBooking bookingID: Int64, by uploaderID: Int64, now: Date)
        async throws -> SessionMaterialRow
    {
        try await database.withTransaction { transaction in
            let booking = try await LockedBooking.lock(bookingID, in: transaction)
            guard uploaderID == booking.studentUserID || uploaderID == booking.tutorUserID else {
                throw BookingWriteError.notAParticipant
            }
            guard SessionMaterialPolicy.acceptsMaterials(booking.state.session) else {
                throw BookingWriteError.illegalTransition(operation: "add material to", current: booking.state)
            }
            let material = try await insert(draft, into: booking.id, by: uploaderID, at: now, in: transaction)
            try await OutboxWriter(transaction: transaction).enqueue(
                [try notice(of: material, in: booking)], availableAt: now)
            return material
        }
    }

    /// Writes the material's row; each kind fills only its own columns.
    private func insert(
        _ draft: SessionMaterialDraft, into bookingID: Int64, by uploaderID: Int64, at now: Date,
        in transaction: Transaction
    ) async throws -> SessionMaterialRow {
        var url: String?
        var storageKey: String?
        var mimeType: String?
        var sizeBytes: Int64?
        var body: String?
        switch draft.content {
        case .file(let key, let type, let size): (storageKey, mimeType, sizeBytes) = (key, type, Int64(size))
        case .link(let address): url = address
        case .note(let text): body = text
        }
        let rows = try await transaction.query(
            """
            INSERT INTO session_materials AS m (
                booking_id, uploaded_by, kind, title, url, storage_key, mime_type, size_bytes, body, created_at, updated_at
            ) VALUES (
                \(bookingID), \(uploaderID), \(draft.content.kind), \(draft.title), \(url), \(storageKey), \(mimeType),
                \(sizeBytes), \(body), \(now), \(now)
            )
            RETURNING \(unescaped: SessionMaterialRow.columns)
            """
        )
        return try SessionMaterialRow(decoding: returnedRow(rows, of: "INSERT INTO session_materials"))
    }

    /// The notification telling the party who did not upload `material` that it is there.
    private func notice(of material: SessionMaterialRow, in booking: LockedBooking) throws -> OutboxMessage {
        let fromStudent = material.uploadedBy == booking.studentUserID
        let (recipient, uploader) =
            fromStudent ? (booking.tutorUserID, booking.studentName) : (booking.studentUserID, booking.tutorName)
        let session = "\(booking.subjectName ?? "the session") on \(booking.startTime.formatted(.iso8601))"
        return try OutboxMessage(
            topic: .notification,
            payload: NotificationPayload(
                userID: recipient, type: "SESSION_MATERIAL_ADDED", category: "booking", title: "New session material",
                body: "\(uploader) added “\(material.title)” to \(session).",
                data: ["bookingId": String(booking.id), "materialId": String(material.id)]))
    }
}

extension Store {
    /// Files, links and notes the two parties attach to their sessions.
    public var sessionMaterials: SessionMaterials { SessionMaterials(database: database) }
}
