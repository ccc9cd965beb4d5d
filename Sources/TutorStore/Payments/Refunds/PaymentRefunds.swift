import Foundation
import PostgresNIO
import TutorDomain

/// Staff refunds of captured payments, each one transaction: the money goes back through the payment provider,
/// the payment row, the booking (or package) and the tutor's earnings change with it, and the audit entry and the
/// payer's notification commit with them — or nothing does.
public struct PaymentRefunds: Sendable {
    let database: Database
    let provider: any PaymentProvider

    public init(database: Database, provider: any PaymentProvider = LedgerPaymentProvider()) {
        self.database = database
        self.provider = provider
    }

    /// Returns `request.amountCents` (everything still charged when `nil`) of payment `request.paymentID` to its
    /// payer, on behalf of staff member `actor` holding `role`, at `now`.
    ///
    /// A booking's payment is refunded under the booking's lock, taken before the payment's as every booking write
    /// takes them, so it serialises with the booking's transitions and payouts; a booking already paid out to its
    /// tutor is refused. A package's payment is refunded as `PackageRefund` describes.
    /// Throws `PaymentRefundError` (nothing changed), or a provider or database error (nothing changed either).
    public func refund(_ request: RefundRequest, by actor: AuditActor, role: Role, now: Date) async throws
        -> RefundReceipt
    {
        try await database.withTransaction { transaction in
            let purpose = try await PaymentPurpose.find(request.paymentID, in: transaction)
            let booking = try await lockBooking(purpose.bookingID, in: transaction)
            guard let payment = try await BookingPayment.lock(id: request.paymentID, in: transaction) else {
                throw PaymentRefundError.paymentNotFound
            }
            let plan = try payment.plannedRefund(of: request.amountCents)
            let instruction = RefundInstruction(
                reason: request.reason, amountCents: plan.cents, note: request.note, createdBy: actor.userID)
            if let booking {
                try await BookingRefund(
                    transaction: transaction, transitions: BookingTransitions(database: database, provider: provider)
                ).apply(plan, of: payment, to: booking, instruction: instruction, by: .user(id: actor.userID, role: role), now: now)
            } else if let packageID = purpose.packageID {
                try await PackageRefund(transaction: transaction, provider: provider)
                    .apply(plan, of: payment, packageID: packageID, instruction: instruction, now: now)
            }
            let (receipt, snapshot) = try await RefundReceipt.read(paymentID: payment.id, in: transaction)
            try await AuditLogWriter(transaction: transaction, actor: actor).record(
                .insert, table: "refunds", recordID: receipt.refund.id, oldValues: nil, newValues: snapshot, at: now)
            try await RefundNotice.enqueue(receipt, at: now, in: transaction)
            return receipt
        }
    }

    /// Locks the payment's live booking, if it paid for one.
    private func lockBooking(_ bookingID: Int64?, in transaction: Transaction) async throws -> LockedBooking? {
        guard let bookingID else { return nil }
        do {
            return try await LockedBooking.lock(bookingID, in: transaction)
        } catch BookingWriteError.bookingNotFound {
            throw PaymentRefundError.bookingDeleted
        }
    }
}

extension Store {
    /// Staff refunds through the store's payment provider.
    public var paymentRefunds: PaymentRefunds { PaymentRefunds(database: database, provider: paymentProvider) }
}
