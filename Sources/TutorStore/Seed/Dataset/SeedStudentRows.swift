import Foundation

struct DemoStudent {
    let user: Int
    let gradeLevel: String
    let learningGoals: String
    let creditBalanceCents: Int
}

/// A student who keeps booking one tutor for one subject; bookings, packages, notes and conversations come from
/// these pairs, so the demo reads like regular lessons rather than random encounters.
struct DemoRelationship {
    let student: Int
    let tutor: Int
    let subject: Int
    /// How often the pair books, relative to other pairs.
    let intensity: Int
}

struct DemoSubjectInterest {
    let student: Int
    let subjectID: Int64
    let level: String
}

struct DemoFavorite {
    let student: Int
    let tutor: Int
    let createdAt: Date
}

struct DemoStudentNote {
    let tutor: Int
    let student: Int
    let body: String
}

struct DemoPackage {
    let student: Int
    let tutor: Int
    let pricingOption: Int
    let sessionsPurchased: Int
    var sessionsUsed: Int
    let pricePaidCents: Int
    let purchasedAt: Date
    let expiresAt: Date
    let status: String
}
