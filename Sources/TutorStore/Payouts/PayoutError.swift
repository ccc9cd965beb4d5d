import Foundation

/// Why a payout was refused; a refused payout writes nothing.
public enum PayoutError: Error, Sendable, Hashable, CustomStringConvertible {
    /// No live tutor profile has this ID.
    case tutorNotFound
    /// The period must end after it starts.
    case invalidPeriod
    /// The tutor already has a payout for exactly this period (`payouts` is unique on tutor and period).
    case periodAlreadyPaid(payoutID: Int64)
    /// No booking of the period is payable: none ended there, their dispute window is still open, or they were
    /// paid already.
    case nothingToPay

    public var description: String {
        switch self {
        case .tutorNotFound: "Tutor not found."
        case .invalidPeriod: "The period must end after it starts."
        case .periodAlreadyPaid: "This tutor already has a payout for exactly this period."
        case .nothingToPay:
            "Nothing to pay: no session of the period has ended more than 30 days ago with its money captured and unpaid."
        }
    }
}
