/// A tutor in a keyset-paginated list (search results, pending approvals, a student's favorites).
public struct TutorListingRow: Sendable, Hashable {
    public let tutor: TutorProfileRow
    /// How well the tutor matches the search text; nil without search text.
    public let rank: Double?
    /// The value the list is ordered by; with the tutor's ID it is the row's position (the cursor).
    public let sortKey: Double

    /// Where this row sits in its list, to continue from.
    public var position: TutorListingPosition { TutorListingPosition(sortKey: sortKey, tutorID: tutor.id) }
}

/// A position in a tutor list: the sort key of one row and its tutor ID, the unique tie-breaker.
///
/// Every list orders by one `float8` sort key (a rank, a rating, cents, or microseconds since 1970, all exact
/// in a double), so one cursor shape serves every order and compares exactly with what the database returned.
public struct TutorListingPosition: Sendable, Hashable {
    public let sortKey: Double
    public let tutorID: Int64

    public init(sortKey: Double, tutorID: Int64) {
        self.sortKey = sortKey
        self.tutorID = tutorID
    }
}

/// How a tutor list is walked: which way its sort key runs, and which way and from where the page goes.
struct TutorListingWalk {
    /// Whether the list shows the largest sort key first.
    let descending: Bool
    let page: KeysetPage

    /// Whether this page reads the sort key from large to small.
    private var readsDescending: Bool { descending != (page.direction == .backward) }

    /// `<` or `>`: how rows after the cursor compare to it in the direction of travel.
    var comparison: String { readsDescending ? "<" : ">" }

    /// `DESC` or `ASC`, for both the sort key and the tie-breaker.
    var sqlDirection: String { readsDescending ? "DESC" : "ASC" }
}
