import Foundation
import PostgresNIO
import Testing
import TutorStore

@Suite("Accounts store: profile and notification switches")
struct ProfileRepositoryTests {
    @Test("omitted fields keep their values; given ones change across users, profiles and student profiles")
    func partialUpdate() async throws {
        try await AccountStoreFixture.run { fixture in
            let (user, _) = try await fixture.register(firstName: "Ada")
            var changes = ProfileChanges()
            changes.lastName = "Byron"
            changes.countryCode = "GB"
            changes.preferredLanguage = "en"
            changes.dateOfBirth = "1990-12-10"
            changes.gradeLevel = "university"
            let updated = try #require(try await fixture.store.accounts.updateProfile(userID: user.id, changes: changes))
            #expect(updated.firstName == "Ada" && updated.lastName == "Byron" && updated.timezone == "Europe/London")

            var second = ProfileChanges()
            second.about = "Counting machines."
            _ = try await fixture.store.accounts.updateProfile(userID: user.id, changes: second)
            let profile = try #require(try await fixture.store.users.profiles(forUserIDs: [user.id])[user.id])
            #expect(profile.countryCode == "GB" && profile.preferredLanguage == "en" && profile.dateOfBirth == "1990-12-10")
            #expect(profile.about == "Counting machines." && profile.phone == nil)
            #expect(
                try await fixture.scalar("SELECT grade_level FROM student_profiles WHERE user_id = \(user.id)", as: String.self)
                    == "university")
        }
    }

    @Test("unknown languages and currencies are refused and roll the whole update back")
    func unknownCodes() async throws {
        try await AccountStoreFixture.run { fixture in
            let (user, _) = try await fixture.register(firstName: "Ada")
            var changes = ProfileChanges()
            changes.firstName = "Augusta"
            changes.preferredLanguage = "zz"
            await #expect(throws: AccountWriteError.unknownLanguage) {
                _ = try await fixture.store.accounts.updateProfile(userID: user.id, changes: changes)
            }
            changes.preferredLanguage = nil
            changes.currency = "XXX"
            await #expect(throws: AccountWriteError.unknownCurrency) {
                _ = try await fixture.store.accounts.updateProfile(userID: user.id, changes: changes)
            }
            #expect(try await fixture.store.users.users(ids: [user.id])[user.id]?.firstName == "Ada")
        }
    }

    @Test("a deleted account's profile cannot change")
    func deletedAccount() async throws {
        try await AccountStoreFixture.run { fixture in
            let (user, _) = try await fixture.register()
            _ = try await fixture.client.query("UPDATE users SET deleted_at = now() WHERE id = \(user.id)", logger: testLogger)
            var changes = ProfileChanges()
            changes.firstName = "Ghost"
            #expect(try await fixture.store.accounts.updateProfile(userID: user.id, changes: changes) == nil)
        }
    }

    @Test("setting switches upserts the given ones and returns all of them")
    func switches() async throws {
        try await AccountStoreFixture.run { fixture in
            let (user, _) = try await fixture.register()
            let all = try await fixture.store.accounts.updateNotificationPreferences(
                userID: user.id,
                [
                    NotificationPreferenceRow(
                        channel: "email", category: "marketing", isEnabled: true, quietHoursStart: "22:00",
                        quietHoursEnd: "07:30"),
                    NotificationPreferenceRow(
                        channel: "push", category: "message", isEnabled: false, quietHoursStart: nil, quietHoursEnd: nil),
                ])
            #expect(all.count == 24)
            #expect(
                all.contains(
                    NotificationPreferenceRow(
                        channel: "email", category: "marketing", isEnabled: true, quietHoursStart: "22:00", quietHoursEnd: "07:30")))
            #expect(all.first { $0.channel == "push" && $0.category == "message" }?.isEnabled == false)
            #expect(all.first { $0.channel == "email" && $0.category == "booking" }?.isEnabled == true)
        }
    }
}
