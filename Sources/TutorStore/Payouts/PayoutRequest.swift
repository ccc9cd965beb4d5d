import Foundation

/// A payout as staff ask for it: one tutor's earnings from the sessions that ended in `[periodStart, periodEnd)`.
public struct PayoutRequest: Sendable, Hashable {
    public let tutorProfileID: Int64
    public let periodStart: Date
    public let periodEnd: Date

    public init(tutorProfileID: Int64, periodStart: Date, periodEnd: Date) {
        self.tutorProfileID = tutorProfileID
        self.periodStart = periodStart
        self.periodEnd = periodEnd
    }
}
