import Foundation
import PostgresNIO

extension TutorRepository {
    /// Applies `changes` to the profile of the tutor whose user is `userID` with one COALESCE statement, after
    /// checking any new languages, in one transaction.
    ///
    /// Throws `TutorWriteError.noTutorProfile`, `.unknownLanguages` or `.unknownCurrency`.
    public func updateProfile(userID: Int64, changes: TutorProfileChanges) async throws -> TutorProfileRow {
        try await TutorWriteError.translating {
            try await database.withTransaction { transaction in
                if let languages = changes.languages, !languages.isEmpty {
                    let unknown = try await transaction.query(
                        """
                        SELECT code FROM unnest(\(languages)::text[]) AS code
                        WHERE code NOT IN (SELECT code FROM supported_languages WHERE is_active)
                        """
                    ).map { try $0.decode(String.self) }
                    guard unknown.isEmpty else { throw TutorWriteError.unknownLanguages(unknown) }
                }
                let rows = try await transaction.query(
                    """
                    UPDATE tutor_profiles AS tp SET
                        title = COALESCE(\(changes.title), tp.title),
                        headline = COALESCE(\(changes.headline), tp.headline),
                        bio = COALESCE(\(changes.bio), tp.bio),
                        description = COALESCE(\(changes.description), tp.description),
                        hourly_rate_cents = COALESCE(\(changes.hourlyRateCents), tp.hourly_rate_cents),
                        currency = COALESCE(\(changes.currency), tp.currency),
                        languages = COALESCE(\(changes.languages)::text[], tp.languages),
                        experience_years = COALESCE(\(changes.experienceYears)::int2, tp.experience_years),
                        video_url = COALESCE(\(changes.videoURL), tp.video_url),
                        timezone = COALESCE(\(changes.timezone), tp.timezone),
                        auto_confirm = COALESCE(\(changes.autoConfirm), tp.auto_confirm)
                    WHERE tp.user_id = \(userID) AND tp.deleted_at IS NULL
                    RETURNING \(unescaped: TutorProfileRow.columns)
                    """
                )
                guard let row = rows.first else { throw TutorWriteError.noTutorProfile }
                return try TutorProfileRow(decoding: row)
            }
        }
    }

    /// Replaces every subject the tutor teaches, in one transaction.
    ///
    /// Throws `TutorWriteError.noTutorProfile` or `.unknownSubjects` (naming every unknown or inactive ID).
    public func setSubjects(userID: Int64, _ subjects: [TutorSubjectChoice]) async throws -> TutorProfileRow {
        try await database.withTransaction { transaction in
            let profile = try await Self.lockProfile(userID: userID, in: transaction)
            let requested = subjects.map(\.subjectID)
            let known = Set(
                try await transaction.query(
                    "SELECT id FROM subjects WHERE id = ANY(\(requested)) AND is_active"
                ).map { try $0.decode(Int64.self) })
            let unknown = requested.filter { !known.contains($0) }
            guard unknown.isEmpty else { throw TutorWriteError.unknownSubjects(unknown) }
            try await transaction.query("DELETE FROM tutor_subjects WHERE tutor_profile_id = \(profile.id)")
            try await transaction.query(
                """
                INSERT INTO tutor_subjects (tutor_profile_id, subject_id, proficiency, years_experience, is_primary)
                SELECT \(profile.id), chosen.subject_id, chosen.proficiency, chosen.years_experience, chosen.is_primary
                FROM jsonb_to_recordset(\(try RecordSet.json(subjects))::jsonb)
                    AS chosen (subject_id int8, proficiency text, years_experience int2, is_primary bool)
                """
            )
            return profile
        }
    }

    /// Sends the profile for approval: INCOMPLETE or REJECTED → PENDING_APPROVAL, with a pending
    /// `tutor_approval_requests` row and a `tutor.submitted` outbox event for the admins, in one transaction.
    ///
    /// Throws `TutorWriteError.noTutorProfile`, `.notSubmittable` or `.incompleteProfile`.
    public func submitForApproval(userID: Int64, now: Date) async throws -> TutorProfileRow {
        try await database.withTransaction { transaction in
            let profile = try await Self.lockProfile(userID: userID, in: transaction)
            guard ["incomplete", "rejected"].contains(profile.profileStatus) else {
                throw TutorWriteError.notSubmittable(status: profile.profileStatus)
            }
            if profile.title.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                throw TutorWriteError.incompleteProfile(missing: "title")
            }
            if profile.bio.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                throw TutorWriteError.incompleteProfile(missing: "bio")
            }
            if profile.hourlyRateCents <= 0 { throw TutorWriteError.incompleteProfile(missing: "hourlyRateCents") }
            let subjectCount =
                try await transaction.query(
                    "SELECT count(*)::int8 FROM tutor_subjects WHERE tutor_profile_id = \(profile.id)"
                ).first?.decode(Int64.self) ?? 0
            if subjectCount == 0 { throw TutorWriteError.incompleteProfile(missing: "subjects") }
            let rows = try await transaction.query(
                """
                UPDATE tutor_profiles AS tp SET profile_status = 'pending_approval', rejection_reason = NULL
                WHERE tp.id = \(profile.id)
                RETURNING \(unescaped: TutorProfileRow.columns)
                """
            )
            try await transaction.query(
                """
                INSERT INTO tutor_approval_requests (tutor_profile_id, submitted_at, created_at, updated_at)
                VALUES (\(profile.id), \(now), \(now), \(now))
                """
            )
            try await transaction.query(
                """
                INSERT INTO outbox (topic, payload)
                VALUES ('tutor.submitted', jsonb_build_object('tutorProfileId', \(profile.id), 'userId', \(userID)))
                """
            )
            guard let row = rows.first else { throw TutorWriteError.noTutorProfile }
            return try TutorProfileRow(decoding: row)
        }
    }

    /// The not deleted profile of the tutor whose user is `userID`, locked until the transaction ends so
    /// concurrent edits of one tutor's lists apply one after the other.
    static func lockProfile(userID: Int64, in transaction: Transaction) async throws -> TutorProfileRow {
        let rows = try await transaction.query(
            """
            SELECT \(unescaped: TutorProfileRow.columns) FROM tutor_profiles tp
            WHERE tp.user_id = \(userID) AND tp.deleted_at IS NULL
            FOR UPDATE
            """
        )
        guard let row = rows.first else { throw TutorWriteError.noTutorProfile }
        return try TutorProfileRow(decoding: row)
    }
}
