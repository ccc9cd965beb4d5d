import Foundation
import PostgresNIO

/// A row of `tutor_subjects`: one subject a tutor teaches.
public struct TutorSubjectRow: Sendable, Hashable {
    public let tutorID: Int64
    public let subjectID: Int64
    /// `Native`, `C2` … `A1`.
    public let proficiency: String
    public let yearsExperience: Int?
    public let isPrimary: Bool

    static let columns = "ts.tutor_profile_id, ts.subject_id, ts.proficiency, ts.years_experience::int8, ts.is_primary"

    init(decoding row: PostgresRow) throws {
        let (tutorID, subjectID, proficiency, years, isPrimary) =
            try row.decode((Int64, Int64, String, Int64?, Bool).self)
        self.tutorID = tutorID
        self.subjectID = subjectID
        self.proficiency = proficiency
        yearsExperience = years.map(Int.init)
        self.isPrimary = isPrimary
    }
}

/// A row of `tutor_certifications`.
public struct CertificationRow: Sendable, Hashable {
    public let id: Int64
    public let tutorID: Int64
    public let name: String
    public let issuingOrganization: String
    /// `YYYY-MM-DD`.
    public let issuedOn: String?
    /// `YYYY-MM-DD`.
    public let expiresOn: String?
    public let credentialURL: String?
    /// `pending`, `verified` or `rejected`.
    public let verificationStatus: String

    static let columns = """
        c.id, c.tutor_profile_id, c.name, c.issuing_organization, c.issued_on::text, c.expires_on::text,
        c.credential_url, c.verification_status
        """

    init(decoding row: PostgresRow) throws {
        (id, tutorID, name, issuingOrganization, issuedOn, expiresOn, credentialURL, verificationStatus) =
            try row.decode((Int64, Int64, String, String, String?, String?, String?, String).self)
    }
}

/// A row of `tutor_education`.
public struct EducationRow: Sendable, Hashable {
    public let id: Int64
    public let tutorID: Int64
    public let institution: String
    /// `high_school`, `bachelor`, … as stored.
    public let degree: String
    public let fieldOfStudy: String
    public let startYear: Int?
    public let endYear: Int?
    public let verificationStatus: String

    static let columns = """
        e.id, e.tutor_profile_id, e.institution, e.degree, e.field_of_study, e.start_year::int8, e.end_year::int8,
        e.verification_status
        """

    init(decoding row: PostgresRow) throws {
        let (id, tutorID, institution, degree, field, startYear, endYear, status) =
            try row.decode((Int64, Int64, String, String, String, Int64?, Int64?, String).self)
        self.id = id
        self.tutorID = tutorID
        self.institution = institution
        self.degree = degree
        fieldOfStudy = field
        self.startYear = startYear.map(Int.init)
        self.endYear = endYear.map(Int.init)
        verificationStatus = status
    }
}

/// A row of `tutor_availabilities`: a weekly window in the tutor's time zone.
public struct AvailabilitySlotRow: Sendable, Hashable {
    public let id: Int64
    public let tutorID: Int64
    /// 0 = Sunday … 6 = Saturday.
    public let dayOfWeek: Int
    /// `HH:MM`.
    public let startTime: String
    /// `HH:MM`.
    public let endTime: String
    public let timezone: String

    static let columns = """
        a.id, a.tutor_profile_id, a.day_of_week::int8, to_char(a.start_time, 'HH24:MI'), to_char(a.end_time, 'HH24:MI'),
        a.timezone
        """

    init(decoding row: PostgresRow) throws {
        let (id, tutorID, day, start, end, timezone) =
            try row.decode((Int64, Int64, Int64, String, String, String).self)
        self.id = id
        self.tutorID = tutorID
        dayOfWeek = Int(day)
        startTime = start
        endTime = end
        self.timezone = timezone
    }
}

/// A row of `tutor_blackouts`: a period the tutor takes no bookings.
public struct BlackoutRow: Sendable, Hashable {
    public let id: Int64
    public let tutorID: Int64
    public let startAt: Date
    public let endAt: Date
    public let reason: String

    static let columns = "b.id, b.tutor_profile_id, b.start_at, b.end_at, b.reason"

    init(decoding row: PostgresRow) throws {
        (id, tutorID, startAt, endAt, reason) = try row.decode((Int64, Int64, Date, Date, String).self)
    }
}

/// A row of `tutor_pricing_options`.
public struct PricingOptionRow: Sendable, Hashable {
    public let id: Int64
    public let tutorID: Int64
    public let title: String
    public let description: String
    /// `single`, `package` or `trial`.
    public let pricingType: String
    public let durationMinutes: Int
    public let priceCents: Int64
    public let currency: String
    public let sessionsIncluded: Int
    public let validityDays: Int?
    /// False once withdrawn (soft-deleted options are never returned to listings).
    public let isActive: Bool

    static let columns = """
        po.id, po.tutor_profile_id, po.title, po.description, po.pricing_type, po.duration_minutes::int8,
        po.price_cents, po.currency, po.sessions_included::int8, po.validity_days::int8, po.is_active
        """

    init(decoding row: PostgresRow) throws {
        let (id, tutorID, title, description, type, duration, price, currency, sessions, validity, isActive) =
            try row.decode((Int64, Int64, String, String, String, Int64, Int64, String, Int64, Int64?, Bool).self)
        self.id = id
        self.tutorID = tutorID
        self.title = title
        self.description = description
        pricingType = type
        durationMinutes = Int(duration)
        priceCents = price
        self.currency = currency
        sessionsIncluded = Int(sessions)
        validityDays = validity.map(Int.init)
        self.isActive = isActive
    }
}

/// Figures about one tutor's activity, computed from bookings and public reviews.
public struct TutorStatsRow: Sendable, Hashable {
    public let tutorID: Int64
    /// Sessions that ended as completed.
    public let completedSessions: Int
    /// Distinct students of those sessions.
    public let totalStudents: Int
    /// Public, not deleted reviews.
    public let totalReviews: Int
    /// Their average rating, 0 without reviews.
    public let averageRating: Double
    /// How many of them gave each rating, indexed 5 stars first down to 1.
    public let ratingDistribution: [Int]

    public init(
        tutorID: Int64, completedSessions: Int, totalStudents: Int, totalReviews: Int, averageRating: Double,
        ratingDistribution: [Int]
    ) {
        self.tutorID = tutorID
        self.completedSessions = completedSessions
        self.totalStudents = totalStudents
        self.totalReviews = totalReviews
        self.averageRating = averageRating
        self.ratingDistribution = ratingDistribution
    }
}
