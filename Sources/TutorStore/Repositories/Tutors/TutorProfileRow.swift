import Foundation
import PostgresNIO

/// A row of `tutor_profiles`: the public profile, its workflow state and its cached review figures.
///
/// Enumerated columns keep the database's spelling (`pending_approval`, `top_rated`); the API maps them to
/// its enums. Soft-deleted and unapproved rows are returned like any other: visibility is the API's decision.
public struct TutorProfileRow: Sendable, Hashable {
    public let id: Int64
    public let userID: Int64
    public let title: String
    public let headline: String
    public let bio: String
    public let description: String
    public let hourlyRateCents: Int64
    public let currency: String
    /// ISO 639-1 codes of `supported_languages`.
    public let languages: [String]
    public let badges: [String]
    public let experienceYears: Int?
    public let videoURL: String?
    public let timezone: String
    /// `incomplete`, `pending_approval`, `approved`, `rejected` or `archived`.
    public let profileStatus: String
    public let isApproved: Bool
    public let autoConfirm: Bool
    public let rejectionReason: String?
    public let averageRating: Double
    public let totalReviews: Int
    public let totalSessions: Int
    public let createdAt: Date
    public let deletedAt: Date?

    /// Whether the profile shows in listings: approved and not deleted.
    public var isListed: Bool { isApproved && deletedAt == nil }

    /// The select list `init(decoding:)` reads, for a `tutor_profiles` table aliased `tp`.
    static let columns = """
        tp.id, tp.user_id, tp.title, tp.headline, tp.bio, tp.description, tp.hourly_rate_cents, tp.currency,
        tp.languages, tp.badges, tp.experience_years::int8 AS experience_years, tp.video_url, tp.timezone,
        tp.profile_status, tp.is_approved, tp.auto_confirm, tp.rejection_reason,
        tp.average_rating::float8 AS average_rating, tp.total_reviews::int8 AS total_reviews,
        tp.total_sessions::int8 AS total_sessions, tp.created_at, tp.deleted_at
        """

    /// Decodes the columns selected with `columns`, by name.
    init(decoding row: PostgresRow) throws {
        let cells = row.makeRandomAccess()
        id = try cells["id"].decode(Int64.self)
        userID = try cells["user_id"].decode(Int64.self)
        title = try cells["title"].decode(String.self)
        headline = try cells["headline"].decode(String.self)
        bio = try cells["bio"].decode(String.self)
        description = try cells["description"].decode(String.self)
        hourlyRateCents = try cells["hourly_rate_cents"].decode(Int64.self)
        currency = try cells["currency"].decode(String.self)
        languages = try cells["languages"].decode([String].self)
        badges = try cells["badges"].decode([String].self)
        experienceYears = try cells["experience_years"].decode(Int64?.self).map(Int.init)
        videoURL = try cells["video_url"].decode(String?.self)
        timezone = try cells["timezone"].decode(String.self)
        profileStatus = try cells["profile_status"].decode(String.self)
        isApproved = try cells["is_approved"].decode(Bool.self)
        autoConfirm = try cells["auto_confirm"].decode(Bool.self)
        rejectionReason = try cells["rejection_reason"].decode(String?.self)
        averageRating = try cells["average_rating"].decode(Double.self)
        totalReviews = Int(try cells["total_reviews"].decode(Int64.self))
        totalSessions = Int(try cells["total_sessions"].decode(Int64.self))
        createdAt = try cells["created_at"].decode(Date.self)
        deletedAt = try cells["deleted_at"].decode(Date?.self)
    }
}
