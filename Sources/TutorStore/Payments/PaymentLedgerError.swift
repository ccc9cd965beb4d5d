import TutorDomain

/// A payment movement the ledger has no recipe for: the state machine and the ledger disagree (a bug).
struct UnsupportedPaymentMove: Error, CustomStringConvertible {
    let from: PaymentState
    let to: PaymentState

    var description: String { "No payment movement from \(from.rawValue) to \(to.rawValue)." }
}
