import Foundation

/// A validated change to a tutor's profile columns; nil fields stay as they are.
public struct TutorProfileChanges: Sendable, Hashable {
    public var title: String?
    public var headline: String?
    public var bio: String?
    public var description: String?
    public var hourlyRateCents: Int64?
    public var currency: String?
    /// ISO 639-1 codes, each checked against `supported_languages`.
    public var languages: [String]?
    public var experienceYears: Int?
    public var videoURL: String?
    public var timezone: String?
    public var autoConfirm: Bool?

    public init() {}
}

/// A subject to teach, as `setSubjects` stores it.
public struct TutorSubjectChoice: Sendable, Hashable, Encodable {
    public let subjectID: Int64
    /// `Native`, `C2` … `A1`, as stored.
    public let proficiency: String
    public let yearsExperience: Int?
    public let isPrimary: Bool

    enum CodingKeys: String, CodingKey {
        case subjectID = "subject_id"
        case proficiency
        case yearsExperience = "years_experience"
        case isPrimary = "is_primary"
    }

    public init(subjectID: Int64, proficiency: String, yearsExperience: Int?, isPrimary: Bool) {
        self.subjectID = subjectID
        self.proficiency = proficiency
        self.yearsExperience = yearsExperience
        self.isPrimary = isPrimary
    }
}

/// A weekly window, already checked not to overlap the others of its day.
public struct AvailabilityWindow: Sendable, Hashable, Encodable {
    /// 0 = Sunday … 6 = Saturday.
    public let dayOfWeek: Int
    /// `HH:MM`.
    public let startTime: String
    /// `HH:MM`, after `startTime`.
    public let endTime: String

    enum CodingKeys: String, CodingKey {
        case dayOfWeek = "day_of_week"
        case startTime = "start_time"
        case endTime = "end_time"
    }

    public init(dayOfWeek: Int, startTime: String, endTime: String) {
        self.dayOfWeek = dayOfWeek
        self.startTime = startTime
        self.endTime = endTime
    }
}

/// A pricing option to create (`id` nil) or update.
public struct PricingOptionDraft: Sendable, Hashable {
    public let id: Int64?
    public let title: String
    public let description: String
    /// `single`, `package` or `trial`.
    public let pricingType: String
    public let durationMinutes: Int
    public let priceCents: Int64
    public let sessionsIncluded: Int
    public let validityDays: Int?

    public init(
        id: Int64?, title: String, description: String, pricingType: String, durationMinutes: Int, priceCents: Int64,
        sessionsIncluded: Int, validityDays: Int?
    ) {
        self.id = id
        self.title = title
        self.description = description
        self.pricingType = pricingType
        self.durationMinutes = durationMinutes
        self.priceCents = priceCents
        self.sessionsIncluded = sessionsIncluded
        self.validityDays = validityDays
    }
}

/// A certification to add.
public struct NewCertification: Sendable, Hashable {
    public let name: String
    public let issuingOrganization: String
    /// `YYYY-MM-DD`.
    public let issuedOn: String?
    /// `YYYY-MM-DD`, after `issuedOn`.
    public let expiresOn: String?
    public let credentialURL: String?

    public init(name: String, issuingOrganization: String, issuedOn: String?, expiresOn: String?, credentialURL: String?) {
        self.name = name
        self.issuingOrganization = issuingOrganization
        self.issuedOn = issuedOn
        self.expiresOn = expiresOn
        self.credentialURL = credentialURL
    }
}

/// An education entry to add.
public struct NewEducation: Sendable, Hashable {
    public let institution: String
    /// `high_school`, `bachelor`, … as stored.
    public let degree: String
    public let fieldOfStudy: String
    public let startYear: Int?
    public let endYear: Int?

    public init(institution: String, degree: String, fieldOfStudy: String, startYear: Int?, endYear: Int?) {
        self.institution = institution
        self.degree = degree
        self.fieldOfStudy = fieldOfStudy
        self.startYear = startYear
        self.endYear = endYear
    }
}
