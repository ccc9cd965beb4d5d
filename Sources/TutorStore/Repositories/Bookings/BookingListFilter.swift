import Foundation
import PostgresNIO
import TutorDomain

/// Which of one user's bookings a list shows; soft-deleted bookings never appear in it.
public struct BookingListFilter: Sendable, Hashable {
    /// The user whose bookings are listed.
    public var userID: Int64
    /// Include bookings where the user is the student.
    public var asStudent: Bool
    /// Include bookings where the user is the tutor.
    public var asTutor: Bool
    /// Only these session states; every state when nil.
    public var sessionStates: [SessionState]?
    /// Only bookings starting at or after this instant.
    public var startsAfter: Date?
    /// Only bookings starting before this instant.
    public var startsBefore: Date?

    public init(
        userID: Int64, asStudent: Bool = true, asTutor: Bool = true, sessionStates: [SessionState]? = nil,
        startsAfter: Date? = nil, startsBefore: Date? = nil
    ) {
        self.userID = userID
        self.asStudent = asStudent
        self.asTutor = asTutor
        self.sessionStates = sessionStates
        self.startsAfter = startsAfter
        self.startsBefore = startsBefore
    }
}

extension PostgresQuery.StringInterpolation {
    /// `FROM bookings b <joins> WHERE <filter>`, shared by a page and its count so both always agree.
    mutating func appendInterpolation(bookingsMatching filter: BookingListFilter) {
        let states = filter.sessionStates?.map(\.rawValue)
        appendLiteral("FROM bookings b \(BookingRow.joins) WHERE b.deleted_at IS NULL AND ((")
        appendInterpolation(filter.asStudent)
        appendLiteral(" AND sp.user_id = ")
        appendInterpolation(filter.userID)
        appendLiteral(") OR (")
        appendInterpolation(filter.asTutor)
        appendLiteral(" AND tp.user_id = ")
        appendInterpolation(filter.userID)
        appendLiteral(")) AND (")
        appendInterpolation(states)
        appendLiteral("::text[] IS NULL OR b.session_state = ANY(")
        appendInterpolation(states)
        appendLiteral(")) AND (")
        appendInterpolation(filter.startsAfter)
        appendLiteral("::timestamptz IS NULL OR b.start_time >= ")
        appendInterpolation(filter.startsAfter)
        appendLiteral(") AND (")
        appendInterpolation(filter.startsBefore)
        appendLiteral("::timestamptz IS NULL OR b.start_time < ")
        appendInterpolation(filter.startsBefore)
        appendLiteral(")")
    }
}
