import Foundation

/// A demo account; profiles and notification preferences hang off it by index.
struct DemoUser {
    let email: String
    let firstName: String
    let lastName: String
    let role: String
    let isVerified: Bool
    let currency: String
    let timezone: String
    let createdAt: Date
    let lastLoginAt: Date?
    let phone: String?
    let countryCode: String
    let preferredLanguage: String
    let dateOfBirth: Date?
    let about: String

    var fullName: String { lastName.isEmpty ? firstName : "\(firstName) \(lastName)" }
}

/// One channel × category switch of a user's notification preferences.
struct DemoNotificationPreference {
    let user: Int
    let channel: String
    let category: String
    let isEnabled: Bool
    let quietHours: (start: String, end: String)?
}
