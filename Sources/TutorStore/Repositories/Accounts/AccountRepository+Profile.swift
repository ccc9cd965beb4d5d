import Foundation
import PostgresNIO

extension AccountRepository {
    /// Applies `changes` to the user, their profile and (for students) their student profile, in one
    /// transaction with one COALESCE statement per table; nil when the account is gone.
    ///
    /// Throws `AccountWriteError.unknownCurrency` or `.unknownLanguage` for codes outside the reference tables.
    public func updateProfile(userID: Int64, changes: ProfileChanges) async throws -> UserRow? {
        try await AccountWriteError.translating {
            try await database.withTransaction { transaction in
                guard
                    let user = try await transaction.query(
                        """
                        UPDATE users AS u SET
                            first_name = COALESCE(\(changes.firstName), u.first_name),
                            last_name = COALESCE(\(changes.lastName), u.last_name),
                            timezone = COALESCE(\(changes.timezone), u.timezone),
                            currency = COALESCE(\(changes.currency), u.currency)
                        WHERE u.id = \(userID) AND u.deleted_at IS NULL
                        RETURNING \(unescaped: UserRow.columns)
                        """
                    ).first.map(UserRow.init(decoding:))
                else { return nil }
                _ = try await transaction.query(
                    """
                    INSERT INTO user_profiles AS p (user_id, avatar_url, phone, country_code, preferred_language,
                                                    date_of_birth, about)
                    VALUES (\(userID), \(changes.avatarURL), \(changes.phone), \(changes.countryCode),
                            \(changes.preferredLanguage), \(changes.dateOfBirth)::date, COALESCE(\(changes.about), ''))
                    ON CONFLICT (user_id) DO UPDATE SET
                        avatar_url = COALESCE(\(changes.avatarURL), p.avatar_url),
                        phone = COALESCE(\(changes.phone), p.phone),
                        country_code = COALESCE(\(changes.countryCode), p.country_code),
                        preferred_language = COALESCE(\(changes.preferredLanguage), p.preferred_language),
                        date_of_birth = COALESCE(\(changes.dateOfBirth)::date, p.date_of_birth),
                        about = COALESCE(\(changes.about), p.about)
                    """
                )
                if changes.touchesStudentProfile {
                    _ = try await transaction.query(
                        """
                        UPDATE student_profiles SET
                            grade_level = COALESCE(\(changes.gradeLevel), grade_level),
                            learning_goals = COALESCE(\(changes.learningGoals), learning_goals)
                        WHERE user_id = \(userID)
                        """
                    )
                }
                return user
            }
        }
    }

    /// Sets the given notification switches (others stay as they are) and returns all of the user's switches.
    public func updateNotificationPreferences(
        userID: Int64, _ preferences: [NotificationPreferenceRow]
    ) async throws -> [NotificationPreferenceRow] {
        try await database.withTransaction { transaction in
            _ = try await transaction.query(
                """
                INSERT INTO user_notification_preferences AS n
                    (user_id, channel, category, is_enabled, quiet_hours_start, quiet_hours_end)
                SELECT \(userID), channel, category, is_enabled, NULLIF(quiet_start, '')::time, NULLIF(quiet_end, '')::time
                FROM unnest(\(preferences.map(\.channel))::text[], \(preferences.map(\.category))::text[],
                            \(preferences.map(\.isEnabled))::bool[], \(preferences.map { $0.quietHoursStart ?? "" })::text[],
                            \(preferences.map { $0.quietHoursEnd ?? "" })::text[])
                    AS changed (channel, category, is_enabled, quiet_start, quiet_end)
                ON CONFLICT (user_id, channel, category) DO UPDATE SET
                    is_enabled = EXCLUDED.is_enabled,
                    quiet_hours_start = EXCLUDED.quiet_hours_start,
                    quiet_hours_end = EXCLUDED.quiet_hours_end
                """
            )
            return try await transaction.query(
                """
                SELECT \(unescaped: NotificationPreferenceRow.columns) FROM user_notification_preferences n
                WHERE n.user_id = \(userID) ORDER BY n.channel, n.category
                """
            ).map { try NotificationPreferenceRow.decode($0).preference }
        }
    }
}
