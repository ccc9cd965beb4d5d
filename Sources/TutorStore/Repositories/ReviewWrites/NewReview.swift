/// A student's review of a finished session, as `createReview` receives it (already validated by the API).
public struct NewReview: Sendable, Hashable {
    public let bookingID: Int64
    /// 1 to 5 stars.
    public let rating: Int
    /// At most 2,000 characters.
    public let comment: String
    /// Shown on the tutor's profile and counted in their rating.
    public let isPublic: Bool

    public init(bookingID: Int64, rating: Int, comment: String, isPublic: Bool) {
        self.bookingID = bookingID
        self.rating = rating
        self.comment = comment
        self.isPublic = isPublic
    }
}

/// The parties of a booking about to be reviewed, handed to the caller's authorization check while the booking is
/// locked.
public struct ReviewableBooking: Sendable, Hashable {
    public let bookingID: Int64
    public let studentUserID: Int64
    public let tutorUserID: Int64
}

/// A review after a write, with its tutor's profile carrying the recomputed rating.
public struct ReviewChange: Sendable, Hashable {
    public let review: ReviewRow
    public let tutor: TutorProfileRow
}
