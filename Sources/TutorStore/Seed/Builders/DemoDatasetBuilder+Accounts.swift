import Foundation

extension DemoDatasetBuilder {
    /// The admin, the owner, 50 tutors and 200 students (in that order), with notification preferences.
    mutating func addAccounts() {
        dataset.users.append(staff(email: "admin", first: "Morgan", last: "Reyes", role: "admin"))
        dataset.users.append(staff(email: "owner", first: "Jordan", last: "Blake", role: "owner"))
        for number in 1...Self.tutorCount {
            dataset.users.append(member(email: "tutor\(number)", role: "tutor", age: 24...62, joinedDaysAgo: 150...900))
        }
        for number in 1...Self.studentCount {
            dataset.users.append(member(email: "student\(number)", role: "student", age: 9...58, joinedDaysAgo: 110...600))
        }
        for user in dataset.users.indices {
            addNotificationPreferences(for: user)
        }
    }

    private mutating func staff(email: String, first: String, last: String, role: String) -> DemoUser {
        DemoUser(
            email: "\(email)@\(Self.emailDomain)", firstName: first, lastName: last, role: role, isVerified: true,
            currency: "USD", timezone: "America/New_York", createdAt: clock.days(-1_000),
            lastLoginAt: clock.now.addingTimeInterval(-.hours(3)), phone: nil, countryCode: "US",
            preferredLanguage: "en", dateOfBirth: nil, about: "TutorGraph \(role) account."
        )
    }

    private mutating func member(email: String, role: String, age: ClosedRange<Int>, joinedDaysAgo: ClosedRange<Int>)
        -> DemoUser
    {
        let country = random.pick(ProfilePhrases.countries)
        let firstName = random.pick(PersonNames.first)
        let lastLogin: Date? = random.chance(0.9) ? clock.days(-Double(random.int(0...20))) : nil
        return DemoUser(
            email: "\(email)@\(Self.emailDomain)", firstName: firstName, lastName: random.pick(PersonNames.last),
            role: role, isVerified: random.chance(0.9), currency: Self.currency(country: country),
            timezone: random.pick(ProfilePhrases.timezones), createdAt: clock.days(-Double(random.int(joinedDaysAgo))),
            lastLoginAt: lastLogin,
            phone: random.chance(0.6) ? "+1 (555) 01\(random.int(10...99))-\(random.int(1000...9999))" : nil,
            countryCode: country, preferredLanguage: Self.language(country: country),
            dateOfBirth: clock.days(-Double(random.int(age)) * 365.25 - Double(random.int(0...364))),
            about: role == "tutor"
                ? "Tutor from \(country), teaching online."
                : "Hi, I'm \(firstName) and I'm here to learn."
        )
    }

    /// E-mail and in-app for every category, push for bookings and messages; marketing e-mail mostly off.
    private mutating func addNotificationPreferences(for user: Int) {
        let categories = ["booking", "message", "payment", "review", "account", "marketing"]
        for category in categories {
            let marketing = category == "marketing"
            dataset.notificationPreferences.append(
                DemoNotificationPreference(
                    user: user, channel: "email", category: category,
                    isEnabled: marketing ? random.chance(0.2) : random.chance(0.95), quietHours: nil
                )
            )
            dataset.notificationPreferences.append(
                DemoNotificationPreference(user: user, channel: "in_app", category: category, isEnabled: true, quietHours: nil)
            )
        }
        for category in ["booking", "message"] {
            dataset.notificationPreferences.append(
                DemoNotificationPreference(
                    user: user, channel: "push", category: category, isEnabled: random.chance(0.8),
                    quietHours: random.chance(0.3) ? ("22:00", "07:00") : nil
                )
            )
        }
    }

    private static func currency(country: String) -> String {
        switch country {
        case "GB": "GBP"
        case "DE", "FR", "ES", "IT", "NL", "IE": "EUR"
        case "CA": "CAD"
        case "AU": "AUD"
        case "IN": "INR"
        case "BR": "BRL"
        case "JP": "JPY"
        default: "USD"
        }
    }

    private static func language(country: String) -> String {
        switch country {
        case "DE": "de"
        case "FR": "fr"
        case "ES": "es"
        case "IT": "it"
        case "NL": "nl"
        case "BR": "pt"
        case "JP": "ja"
        case "IN": "hi"
        default: "en"
        }
    }
}
