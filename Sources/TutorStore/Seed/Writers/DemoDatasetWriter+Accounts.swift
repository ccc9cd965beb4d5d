import Foundation

extension DemoDatasetWriter {
    /// Users (all sharing the one demo password hash), their profiles and notification preferences.
    mutating func writeAccounts() async throws {
        let ids = ids
        let hash = passwordHash
        let rows = Array(zip(ids.users, dataset.users))
        try await insert("users", rows) {
            $0.column("id") { $0.0 }
            $0.column("email") { $0.1.email }
            $0.column("hashed_password") { _ in hash }
            $0.column("first_name") { $0.1.firstName }
            $0.column("last_name") { $0.1.lastName }
            $0.column("role") { $0.1.role }
            $0.column("is_verified") { $0.1.isVerified }
            $0.column("currency") { $0.1.currency }
            $0.column("timezone") { $0.1.timezone }
            $0.column("last_login_at") { $0.1.lastLoginAt }
            $0.column("created_at") { $0.1.createdAt }
        }
        try await insert("user_profiles", rows) {
            $0.column("user_id") { $0.0 }
            $0.column("avatar_url") { "https://avatars.example.com/\($0.1.email.prefix { $0 != "@" }).png" }
            $0.column("phone") { $0.1.phone }
            $0.column("country_code") { $0.1.countryCode }
            $0.column("preferred_language") { $0.1.preferredLanguage }
            $0.column("date_of_birth") { $0.1.dateOfBirth }
            $0.column("about") { $0.1.about }
        }
        try await insert("user_notification_preferences", dataset.notificationPreferences) {
            $0.column("user_id") { ids.users[$0.user] }
            $0.column("channel") { $0.channel }
            $0.column("category") { $0.category }
            $0.column("is_enabled") { $0.isEnabled }
            $0.column("quiet_hours_start", cast: "time") { $0.quietHours?.start }
            $0.column("quiet_hours_end", cast: "time") { $0.quietHours?.end }
        }
    }
}
