import Foundation

/// A charge for one booking or one package; `status` mirrors the booking's payment state.
struct DemoPayment {
    let payer: Int
    let booking: Int?
    let package: Int?
    let amountCents: Int
    var refundedCents: Int
    let provider: String
    let status: String
    let authorizedAt: Date?
    let capturedAt: Date?
    let createdAt: Date
}

struct DemoRefund {
    let payment: Int
    let booking: Int?
    let amountCents: Int
    let reason: String
    let note: String?
    /// The admin who granted it, nil for automatic refunds.
    let createdBy: Int?
    let createdAt: Date
}

struct DemoPayout {
    let tutor: Int
    let periodStart: Date
    let periodEnd: Date
    var amountCents: Int
    let status: String
    let submittedAt: Date?
    let paidAt: Date?
    let failureReason: String?
}

struct DemoPayoutItem {
    let payout: Int
    let booking: Int
    let amountCents: Int
}
