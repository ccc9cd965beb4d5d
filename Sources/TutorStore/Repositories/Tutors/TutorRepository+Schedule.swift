import Foundation
import PostgresNIO

extension TutorRepository {
    /// Replaces the tutor's weekly availability, in one transaction; `timezone` nil keeps the profile's.
    ///
    /// The windows must already be checked not to overlap within a day. Throws `TutorWriteError.noTutorProfile`.
    public func setAvailability(userID: Int64, _ windows: [AvailabilityWindow], timezone: String?) async throws -> TutorProfileRow {
        try await database.withTransaction { transaction in
            let profile = try await Self.lockProfile(userID: userID, in: transaction)
            try await transaction.query("DELETE FROM tutor_availabilities WHERE tutor_profile_id = \(profile.id)")
            try await transaction.query(
                """
                INSERT INTO tutor_availabilities (tutor_profile_id, day_of_week, start_time, end_time, timezone)
                SELECT \(profile.id), slot.day_of_week, slot.start_time, slot.end_time, \(timezone ?? profile.timezone)
                FROM jsonb_to_recordset(\(try RecordSet.json(windows))::jsonb)
                    AS slot (day_of_week int2, start_time time, end_time time)
                """
            )
            return profile
        }
    }

    /// Adds a period the tutor is away, in one transaction.
    ///
    /// Throws `TutorWriteError.noTutorProfile` or `.overlappingBlackout`.
    public func addBlackout(userID: Int64, startAt: Date, endAt: Date, reason: String) async throws -> TutorProfileRow {
        try await TutorWriteError.translating {
            try await database.withTransaction { transaction in
                let profile = try await Self.lockProfile(userID: userID, in: transaction)
                try await transaction.query(
                    """
                    INSERT INTO tutor_blackouts (tutor_profile_id, start_at, end_at, reason)
                    VALUES (\(profile.id), \(startAt), \(endAt), \(reason))
                    """
                )
                return profile
            }
        }
    }

    /// Removes one of the tutor's blackouts, in one transaction.
    ///
    /// Throws `TutorWriteError.noTutorProfile` or `.itemNotFound` when it is not the tutor's.
    public func removeBlackout(userID: Int64, blackoutID: Int64) async throws -> TutorProfileRow {
        try await database.withTransaction { transaction in
            let profile = try await Self.lockProfile(userID: userID, in: transaction)
            let removed = try await transaction.query(
                """
                DELETE FROM tutor_blackouts WHERE id = \(blackoutID) AND tutor_profile_id = \(profile.id) RETURNING id
                """
            )
            guard !removed.isEmpty else { throw TutorWriteError.itemNotFound }
            return profile
        }
    }
}
