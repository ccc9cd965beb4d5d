import Foundation
import PostgresNIO

/// The payer's notification of a staff refund, queued in the refund's transaction.
enum RefundNotice {
    /// Tells the payer of `receipt.payment` that `receipt.refund` is on its way back, once the refund commits.
    static func enqueue(_ receipt: RefundReceipt, at now: Date, in transaction: Transaction) async throws {
        let refund = receipt.refund
        var data = ["paymentId": String(receipt.payment.id), "refundId": String(refund.id)]
        data["bookingId"] = refund.bookingID.map(String.init)
        data["packageId"] = receipt.payment.packageID.map(String.init)
        let what = receipt.payment.bookingID == nil ? "your package" : "your session"
        let message = try OutboxMessage(
            topic: .notification,
            payload: NotificationPayload(
                userID: receipt.payment.payerUserID, type: "PAYMENT_REFUNDED", category: "payment", title: "Refund issued",
                body: "\(refund.amount) for \(what) is on its way back to you.", data: data))
        try await OutboxWriter(transaction: transaction).enqueue([message], availableAt: now)
    }
}
