import Foundation
import PostgresNIO

/// The package side of a staff refund, inside its transaction and under the payment's lock.
///
/// Sessions already booked with the package keep their credit, and their tutor the earnings from them: the refund
/// returns the student's money, not the tutor's work. A refund that leaves nothing charged marks the package
/// `refunded`, which voids its unused credits — they can no longer be booked, and a credit a later cancellation
/// gives back stays void. A partial refund (a discount after the fact) leaves the package as it is.
struct PackageRefund {
    let transaction: Transaction
    let provider: any PaymentProvider

    /// Returns `plan.cents` of `payment`, the payment of package `packageID`, recording `instruction`.
    func apply(
        _ plan: PlannedRefund, of payment: BookingPayment, packageID: Int64, instruction: RefundInstruction, now: Date
    ) async throws {
        _ = try await PaymentLedger(transaction: transaction, provider: provider)
            .move(payment, to: plan.paymentState, bookingID: nil, refund: instruction, now: now)
        guard plan.returnsEverything else { return }
        _ = try await transaction.query("UPDATE student_packages SET status = 'refunded' WHERE id = \(packageID)")
    }
}
