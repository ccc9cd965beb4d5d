import Foundation

/// A student's request for a session, as `requestBooking` takes it.
public struct BookingRequest: Sendable, Hashable {
    public var studentUserID: Int64
    public var tutorProfileID: Int64
    public var subjectID: Int64
    public var startTime: Date
    public var endTime: Date
    /// Pay with a credit of this package instead of money.
    public var packageID: Int64?
    /// Book at this single or trial option's price; the tutor's hourly rate when `nil`.
    public var pricingOptionID: Int64?
    /// A note for the tutor.
    public var notes: String

    public init(
        studentUserID: Int64, tutorProfileID: Int64, subjectID: Int64, startTime: Date, endTime: Date,
        packageID: Int64? = nil, pricingOptionID: Int64? = nil, notes: String = ""
    ) {
        self.studentUserID = studentUserID
        self.tutorProfileID = tutorProfileID
        self.subjectID = subjectID
        self.startTime = startTime
        self.endTime = endTime
        self.packageID = packageID
        self.pricingOptionID = pricingOptionID
        self.notes = notes
    }

    /// Whole minutes from start to end.
    var durationMinutes: Int { Int((endTime.timeIntervalSince(startTime) / 60).rounded(.down)) }
}
