import PostgresNIO

/// A row of `user_profiles`: the personal details beside an account.
public struct UserProfileRow: Sendable, Hashable {
    public let userID: Int64
    public let avatarURL: String?
    public let phone: String?
    /// ISO 3166-1 alpha-2, upper-case.
    public let countryCode: String?
    /// A `supported_languages` code.
    public let preferredLanguage: String?
    /// `YYYY-MM-DD`, as PostgreSQL prints a `date`.
    public let dateOfBirth: String?
    public let about: String

    /// The select list `init(decoding:)` reads, for a `user_profiles` table aliased `p`.
    static let columns = "p.user_id, p.avatar_url, p.phone, p.country_code, p.preferred_language, p.date_of_birth::text, p.about"

    init(decoding row: PostgresRow) throws {
        (userID, avatarURL, phone, countryCode, preferredLanguage, dateOfBirth, about) =
            try row.decode((Int64, String?, String?, String?, String?, String?, String).self)
    }
}
