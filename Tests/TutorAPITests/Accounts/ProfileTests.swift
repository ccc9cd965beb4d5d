import Foundation
import GraphQLEngine
import PostgresNIO
import Testing
import TutorDomain
import TutorStore

@Suite("API: updateProfile and updateNotificationPreferences")
struct ProfileTests {
    @Test("updates the given fields and returns the user with the profile")
    func updatesProfile() async throws {
        try await APITestHarness.withHarness { harness in
            let user = try await harness.createUser(.student, firstName: "Ada", lastName: "Lovelace")
            let response = try await harness.execute(
                AccountDocuments.updateProfile,
                variables: AccountDocuments.input([
                    "lastName": "Byron", "timezone": "Europe/Paris", "currency": "eur", "avatarUrl": "https://img.example.com/a.png",
                    "phone": "+44 20 7946 0958", "countryCode": "gb", "preferredLanguage": "FR", "dateOfBirth": "1990-12-10",
                    "about": "Poetical science.", "gradeLevel": "UNIVERSITY", "learningGoals": "Bernoulli numbers",
                    "clientMutationId": "p1",
                ]),
                as: user.viewer)
            #expect(response.result.errors.isEmpty, "\(response.json) \(response.internalErrors)")
            #expect(response.string("updateProfile.user.fullName") == "Ada Byron")
            #expect(response.string("updateProfile.user.currency") == "EUR")
            #expect(response.string("updateProfile.user.profile.countryCode") == "GB")
            #expect(response.string("updateProfile.user.profile.preferredLanguage.name") == "French")
            #expect(response.string("updateProfile.user.profile.dateOfBirth") == "1990-12-10")
            #expect(response.string("updateProfile.clientMutationId") == "p1")
            #expect(
                try await harness.scalar(
                    "SELECT grade_level || '/' || learning_goals FROM student_profiles WHERE user_id = \(user.id)", as: String.self)
                    == "university/Bernoulli numbers")

            let second = try await harness.execute(
                AccountDocuments.updateProfile, variables: AccountDocuments.input(["about": "Notes on the engine."]),
                as: user.viewer)
            #expect(second.string("updateProfile.user.profile.about") == "Notes on the engine.")
            #expect(second.string("updateProfile.user.profile.phone") == "+44 20 7946 0958")
            #expect(second.string("updateProfile.user.lastName") == "Byron")
        }
    }

    @Test(
        "bad profile input names its field",
        arguments: [
            ("firstName", " ", "input.firstName"),
            ("timezone", "Nowhere/Special", "input.timezone"),
            ("currency", "12", "input.currency"),
            ("currency", "XXX", "input.currency"),
            ("avatarUrl", "javascript:alert(1)", "input.avatarUrl"),
            ("phone", "call me", "input.phone"),
            ("countryCode", "FRA", "input.countryCode"),
            ("preferredLanguage", "klingon!", "input.preferredLanguage"),
            ("preferredLanguage", "zz", "input.preferredLanguage"),
            ("dateOfBirth", "2999-01-01", "input.dateOfBirth"),
            ("about", String(repeating: "a", count: 2001), "input.about"),
        ])
    func badProfileInput(field: String, value: String, expected: String) async throws {
        try await APITestHarness.withHarness { harness in
            let user = try await harness.createUser(.student, firstName: "Ada")
            var input = ObjectValue()
            input["firstName"] = .string("Changed")
            input[field] = .string(value)
            let response = try await harness.execute(
                AccountDocuments.updateProfile, variables: ["input": .object(input)], as: user.viewer)
            #expect(response.onlyErrorCode == .badUserInput, "\(response.json)")
            #expect(response.errorField == expected)
            #expect(
                try await harness.scalar("SELECT first_name FROM users WHERE id = \(user.id)", as: String.self)
                    == "Ada")
        }
    }

    @Test("student-only fields are refused for tutors, and signed-out callers are refused")
    func refusals() async throws {
        try await APITestHarness.withHarness { harness in
            let tutor = try await harness.createUser(.tutor)
            let asTutor = try await harness.execute(
                AccountDocuments.updateProfile, variables: AccountDocuments.input(["gradeLevel": "ADULT"]), as: tutor.viewer)
            #expect(asTutor.onlyErrorCode == .badUserInput && asTutor.errorField == "input.gradeLevel")
            let signedOut = try await harness.execute(
                AccountDocuments.updateProfile, variables: AccountDocuments.input(["about": "hi"]))
            #expect(signedOut.onlyErrorCode == .unauthenticated)
        }
    }

    @Test("switches are set per channel and category and all of them come back")
    func switches() async throws {
        try await APITestHarness.withHarness { harness in
            let user = try await harness.createUser()
            let response = try await harness.execute(
                AccountDocuments.updateNotificationPreferences,
                variables: AccountDocuments.input(values: [
                    "preferences": .list([
                        .object([
                            "channel": .string("EMAIL"), "category": .string("MARKETING"), "isEnabled": .bool(true),
                            "quietHoursStart": .string("22:00"), "quietHoursEnd": .string("7:30"),
                        ]),
                        .object(["channel": .string("IN_APP"), "category": .string("BOOKING"), "isEnabled": .bool(false)]),
                    ])
                ]),
                as: user.viewer)
            #expect(response.result.errors.isEmpty, "\(response.json) \(response.internalErrors)")
            let preferences = try #require(response.value("updateNotificationPreferences.preferences")?.listValue)
            #expect(preferences.count == 2)
            let marketing = preferences.first { $0["category"] == .string("MARKETING") }
            #expect(marketing?["quietHoursEnd"] == .string("07:30") && marketing?["isEnabled"] == .bool(true))

            let viewer = try await harness.execute(
                "{ viewer { notificationPreferences { channel category isEnabled } } }", as: user.viewer)
            #expect(viewer.value("viewer.notificationPreferences")?.listValue?.count == 2)
        }
    }

    @Test(
        "bad switches name their field",
        arguments: [
            (
                Value.object(["channel": .string("PUSH"), "category": .string("SYSTEM"), "isEnabled": .bool(false)]),
                "input.preferences[0].category"
            ),
            (
                Value.object([
                    "channel": .string("PUSH"), "category": .string("REVIEW"), "isEnabled": .bool(true),
                    "quietHoursStart": .string("22:00"),
                ]), "input.preferences[0].quietHoursEnd"
            ),
        ])
    func badSwitches(preference: Value, field: String) async throws {
        try await APITestHarness.withHarness { harness in
            let user = try await harness.createUser()
            let response = try await harness.execute(
                AccountDocuments.updateNotificationPreferences,
                variables: AccountDocuments.input(values: ["preferences": .list([preference])]), as: user.viewer)
            #expect(response.onlyErrorCode == .badUserInput, "\(response.json)")
            #expect(response.errorField == field)
        }
    }

    @Test("the same switch twice is refused; signed-out callers are refused")
    func duplicateSwitches() async throws {
        try await APITestHarness.withHarness { harness in
            let user = try await harness.createUser()
            let sms = Value.object(["channel": .string("SMS"), "category": .string("PAYMENT"), "isEnabled": .bool(true)])
            let variables = AccountDocuments.input(values: ["preferences": .list([sms, sms])])
            let duplicate = try await harness.execute(
                AccountDocuments.updateNotificationPreferences, variables: variables, as: user.viewer)
            #expect(duplicate.onlyErrorCode == .badUserInput && duplicate.errorField == "input.preferences[1]")
            let signedOut = try await harness.execute(AccountDocuments.updateNotificationPreferences, variables: variables)
            #expect(signedOut.onlyErrorCode == .unauthenticated)
        }
    }
}
