import Foundation

/// A tutor profile; `user` indexes `DemoDataset.users`.
struct DemoTutor {
    let user: Int
    let title: String
    let headline: String
    let bio: String
    let description: String
    let hourlyRateCents: Int
    let languages: [String]
    let badges: [String]
    let experienceYears: Int
    let videoURL: String?
    let timezone: String
    let status: String
    let autoConfirm: Bool
    let approvedAt: Date?
    let rejectionReason: String?
    let createdAt: Date
    let deletedAt: Date?
    /// Earnings from before the demo's 90 days; they decide which fee tier the first demo bookings pay.
    let earningsBeforeDemoCents: Int
    /// Filled once bookings are priced: earlier earnings plus every captured booking's share.
    var lifetimeEarningsCents = 0

    var isApproved: Bool { status == "approved" }
    /// Approved and live: may receive new bookings.
    var isBookable: Bool { isApproved && deletedAt == nil }
}

struct DemoTutorSubject {
    let tutor: Int
    let subjectID: Int64
    let proficiency: String
    let yearsExperience: Int
    let isPrimary: Bool
}

struct DemoCertification {
    let tutor: Int
    let name: String
    let organization: String
    let issuedOn: Date
    let expiresOn: Date?
    let verificationStatus: String
    let verifiedAt: Date?
}

struct DemoEducation {
    let tutor: Int
    let institution: String
    let degree: String
    let fieldOfStudy: String
    let startYear: Int
    let endYear: Int
    let verificationStatus: String
}

/// A weekly window in the tutor's time zone, times as `HH:MM`.
struct DemoAvailability {
    let tutor: Int
    let dayOfWeek: Int
    let startMinute: Int
    let endMinute: Int
    let timezone: String
}

struct DemoBlackout {
    let tutor: Int
    let start: Date
    let end: Date
    let reason: String
}

struct DemoPricingOption {
    let tutor: Int
    let title: String
    let description: String
    let type: String
    let durationMinutes: Int
    let priceCents: Int
    let sessionsIncluded: Int
    let validityDays: Int?
    let sortOrder: Int
}

/// A submission of a profile for review.
struct DemoApprovalRequest {
    let tutor: Int
    let status: String
    let submittedAt: Date
    let reviewedAt: Date?
    let notes: String
}
