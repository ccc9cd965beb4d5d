import PostgresNIO

/// The student asking for a booking, as the booking snapshots them.
struct RequestingStudent: Sendable {
    let profileID: Int64
    let userID: Int64
    let name: String
    let timezone: String

    /// The live student profile of `userID`; throws `noStudentProfile` when there is none.
    static func load(userID: Int64, in transaction: Transaction) async throws -> RequestingStudent {
        let rows = try await transaction.query(
            """
            SELECT sp.id, left(btrim(u.first_name || ' ' || u.last_name), 200), u.timezone
            FROM student_profiles sp JOIN users u ON u.id = sp.user_id
            WHERE sp.user_id = \(userID) AND sp.deleted_at IS NULL AND u.deleted_at IS NULL AND u.is_active
            """
        )
        guard let row = rows.first else { throw BookingWriteError.noStudentProfile }
        let (profileID, name, timezone) = try row.decode((Int64, String, String).self)
        return RequestingStudent(profileID: profileID, userID: userID, name: name, timezone: timezone)
    }
}

/// The tutor being booked: what the booking snapshots and prices from.
struct BookedTutor: Sendable {
    let profileID: Int64
    let userID: Int64
    let name: String
    let timezone: String
    let hourlyRateCents: Int
    let currency: String
    let autoConfirm: Bool
    let lifetimeEarningsCents: Int

    /// The live, approved tutor profile `id`; throws `tutorNotFound` or `tutorNotBookable`.
    static func load(profileID id: Int64, in transaction: Transaction) async throws -> BookedTutor {
        let rows = try await transaction.query(
            """
            SELECT tp.user_id, left(btrim(u.first_name || ' ' || u.last_name), 200), tp.timezone, tp.hourly_rate_cents,
                tp.currency, tp.auto_confirm, tp.lifetime_earnings_cents, tp.is_approved AND u.is_active
            FROM tutor_profiles tp JOIN users u ON u.id = tp.user_id
            WHERE tp.id = \(id) AND tp.deleted_at IS NULL AND u.deleted_at IS NULL
            """
        )
        guard let row = rows.first else { throw BookingWriteError.tutorNotFound }
        let (userID, name, timezone, rate, currency, autoConfirm, earnings, bookable) = try row.decode(
            (Int64, String, String, Int64, String, Bool, Int64, Bool).self)
        guard bookable else { throw BookingWriteError.tutorNotBookable }
        return BookedTutor(
            profileID: id, userID: userID, name: name, timezone: timezone, hourlyRateCents: Int(rate),
            currency: currency, autoConfirm: autoConfirm, lifetimeEarningsCents: Int(earnings))
    }

    /// The name of subject `subjectID` when the tutor teaches it; throws `subjectNotTaught` otherwise.
    func subjectName(_ subjectID: Int64, in transaction: Transaction) async throws -> String {
        let rows = try await transaction.query(
            """
            SELECT s.name FROM tutor_subjects ts JOIN subjects s ON s.id = ts.subject_id
            WHERE ts.tutor_profile_id = \(profileID) AND ts.subject_id = \(subjectID) AND s.is_active
            """
        )
        guard let name = try rows.first?.decode(String.self) else { throw BookingWriteError.subjectNotTaught }
        return name
    }
}
