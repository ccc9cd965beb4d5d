import PostgresNIO

/// What a tutor search matches; nil fields do not filter, and every given one must match.
public struct TutorSearchFilter: Sendable, Hashable {
    /// Web-search syntax (`"exact phrase"`, `or`, `-word`) over title, headline, bio and description.
    public var search: String?
    public var subjectID: Int64?
    public var subjectSlug: String?
    public var minPriceCents: Int64?
    public var maxPriceCents: Int64?
    /// ISO 639-1 code the tutor teaches in.
    public var language: String?
    public var minRating: Double?
    /// 0 = Sunday … 6 = Saturday.
    public var availableOnWeekday: Int?
    /// Staff only: unapproved and deleted profiles too.
    public var includeUnlisted: Bool

    public init(
        search: String? = nil, subjectID: Int64? = nil, subjectSlug: String? = nil, minPriceCents: Int64? = nil,
        maxPriceCents: Int64? = nil, language: String? = nil, minRating: Double? = nil,
        availableOnWeekday: Int? = nil, includeUnlisted: Bool = false
    ) {
        self.search = search
        self.subjectID = subjectID
        self.subjectSlug = subjectSlug
        self.minPriceCents = minPriceCents
        self.maxPriceCents = maxPriceCents
        self.language = language
        self.minRating = minRating
        self.availableOnWeekday = availableOnWeekday
        self.includeUnlisted = includeUnlisted
    }
}

extension PostgresQuery.StringInterpolation {
    /// `FROM tutor_profiles tp, <the search query> WHERE <filter>`, shared by the search and its count so
    /// both always agree; the parsed search text is the relation `query` (NULL without search text).
    mutating func appendInterpolation(tutorsMatching filter: TutorSearchFilter) {
        appendLiteral("FROM tutor_profiles tp CROSS JOIN websearch_to_tsquery('english', ")
        appendInterpolation(filter.search)
        appendLiteral(") AS query WHERE (")
        appendInterpolation(filter.search)
        appendLiteral("::text IS NULL OR tp.search_vector @@ query)")
        if !filter.includeUnlisted {
            appendLiteral(" AND tp.is_approved AND tp.deleted_at IS NULL")
        }
        if let subjectID = filter.subjectID {
            appendLiteral(" AND EXISTS (SELECT 1 FROM tutor_subjects ts WHERE ts.tutor_profile_id = tp.id AND ts.subject_id = ")
            appendInterpolation(subjectID)
            appendLiteral(")")
        }
        if let slug = filter.subjectSlug {
            appendLiteral(
                " AND EXISTS (SELECT 1 FROM tutor_subjects ts JOIN subjects s ON s.id = ts.subject_id"
                    + " WHERE ts.tutor_profile_id = tp.id AND s.slug = ")
            appendInterpolation(slug)
            appendLiteral(")")
        }
        if let minimum = filter.minPriceCents {
            appendLiteral(" AND tp.hourly_rate_cents >= ")
            appendInterpolation(minimum)
        }
        if let maximum = filter.maxPriceCents {
            appendLiteral(" AND tp.hourly_rate_cents <= ")
            appendInterpolation(maximum)
        }
        if let language = filter.language {
            appendLiteral(" AND tp.languages @> ARRAY[")
            appendInterpolation(language)
            appendLiteral("::text]")
        }
        if let minimum = filter.minRating {
            appendLiteral(" AND tp.average_rating >= ")
            appendInterpolation(minimum)
            appendLiteral("::numeric")
        }
        if let weekday = filter.availableOnWeekday {
            appendLiteral(
                " AND EXISTS (SELECT 1 FROM tutor_availabilities a WHERE a.tutor_profile_id = tp.id AND a.day_of_week = ")
            appendInterpolation(weekday)
            appendLiteral(")")
        }
    }
}
