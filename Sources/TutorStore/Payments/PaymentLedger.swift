import Foundation
import PostgresNIO
import TutorDomain

/// Moves a booking's money through the provider and records each movement in `payments` and `refunds`, inside
/// the caller's transaction: the payment row and `bookings.payment_state` always change together.
struct PaymentLedger {
    let transaction: Transaction
    let provider: any PaymentProvider

    /// Opens the payment of a new booking: PENDING, or AUTHORIZED through the provider when the tutor auto-confirms.
    func open(bookingID: Int64, payerUserID: Int64, amount: Money, state: PaymentState, now: Date) async throws {
        let payment = try await insertPending(bookingID: bookingID, packageID: nil, payerUserID: payerUserID, amount: amount)
        if state != .pending {
            _ = try await move(payment, to: state, bookingID: bookingID, refund: nil, now: now)
        }
    }

    /// Charges a new package's price at once, authorizing and capturing it through the provider; returns the
    /// payment's ID. A package has no session to wait for, so there is nothing to hold the money back for.
    func chargePackage(packageID: Int64, payerUserID: Int64, amount: Money, now: Date) async throws -> Int64 {
        let pending = try await insertPending(bookingID: nil, packageID: packageID, payerUserID: payerUserID, amount: amount)
        let authorized = try await advance(pending, to: .authorized, bookingID: nil, refund: nil, now: now)
        _ = try await advance(authorized, to: .captured, bookingID: nil, refund: nil, now: now)
        return pending.id
    }

    /// Records a PENDING payment for a booking or (exclusively) a package.
    private func insertPending(bookingID: Int64?, packageID: Int64?, payerUserID: Int64, amount: Money) async throws
        -> BookingPayment
    {
        let rows = try await transaction.query(
            """
            INSERT INTO payments (payer_user_id, booking_id, student_package_id, amount_cents, currency, provider, status)
            VALUES (
                \(payerUserID), \(bookingID), \(packageID), \(amount.cents), \(amount.currency), \(provider.name), 'PENDING'
            )
            RETURNING id
            """
        )
        let paymentID = try returnedRow(rows, of: "INSERT INTO payments").decode(Int64.self)
        return BookingPayment(id: paymentID, amount: amount, refundedCents: 0, status: .pending, providerPaymentID: nil)
    }

    /// Moves `payment` to `target` along the edge the state machine chose; returns its refunded cents afterwards.
    /// Refunds record `bookingID` (none for a package's payment).
    ///
    /// An authorization refunded before capture (the tutor did not come) is captured and refunded in full, so the
    /// refund row exists and captured minus refunded stays zero.
    func move(
        _ payment: BookingPayment, to target: PaymentState, bookingID: Int64?, refund: RefundInstruction?, now: Date
    ) async throws -> Int {
        try await advance(payment, to: target, bookingID: bookingID, refund: refund, now: now).refundedCents
    }

    /// Moves `payment` to `target` and returns it as it is afterwards; refunds record `bookingID` (none for a package).
    private func advance(
        _ payment: BookingPayment, to target: PaymentState, bookingID: Int64?, refund: RefundInstruction?, now: Date
    ) async throws -> BookingPayment {
        // A further partial refund returns money while the status stays PARTIALLY_REFUNDED.
        let isFurtherPartialRefund = target == .partiallyRefunded && refund?.amountCents != nil
        guard payment.status != target || isFurtherPartialRefund else { return payment }
        var providerPaymentID: String?
        var authorizedAt: Date?
        var capturedAt: Date?
        var refundedCents = 0
        switch (payment.status, target) {
        case (.pending, .authorized):
            providerPaymentID = try await provider.authorize(paymentID: payment.id, amount: payment.amount)
            authorizedAt = now
        case (.pending, .voided):
            break
        case (.authorized, .voided):
            try await provider.void(providerPaymentID: payment.reference)
        case (.authorized, .captured):
            try await provider.capture(providerPaymentID: payment.reference, amount: payment.amount)
            capturedAt = now
        case (.authorized, .refunded):
            try await provider.capture(providerPaymentID: payment.reference, amount: payment.amount)
            capturedAt = now
            refundedCents = try await returnMoney(payment.amount.cents, of: payment, bookingID: bookingID, refund, now)
        case (.captured, .refunded), (.partiallyRefunded, .refunded):
            refundedCents = try await returnMoney(payment.refundableCents, of: payment, bookingID: bookingID, refund, now)
        case (.captured, .partiallyRefunded), (.partiallyRefunded, .partiallyRefunded):
            let cents = refund?.amountCents ?? payment.refundableCents
            refundedCents = try await returnMoney(cents, of: payment, bookingID: bookingID, refund, now)
        default:
            throw UnsupportedPaymentMove(from: payment.status, to: target)
        }
        try await transaction.query(
            """
            UPDATE payments SET status = \(target.rawValue),
                provider_payment_id = coalesce(provider_payment_id, \(providerPaymentID)),
                authorized_at = coalesce(\(authorizedAt), authorized_at),
                captured_at = coalesce(\(capturedAt), captured_at),
                refunded_cents = refunded_cents + \(refundedCents)
            WHERE id = \(payment.id)
            """
        )
        return BookingPayment(
            id: payment.id, amount: payment.amount, refundedCents: payment.refundedCents + refundedCents, status: target,
            providerPaymentID: payment.providerPaymentID ?? providerPaymentID)
    }

    /// Returns `cents` through the provider and records the refund row; returns `cents`.
    private func returnMoney(
        _ cents: Int, of payment: BookingPayment, bookingID: Int64?, _ refund: RefundInstruction?, _ now: Date
    ) async throws -> Int {
        let amount = Money(cents: cents, currency: payment.amount.currency)
        let refundID = try await provider.refund(providerPaymentID: payment.reference, amount: amount)
        try await transaction.query(
            """
            INSERT INTO refunds (
                payment_id, booking_id, amount_cents, currency, reason, status, provider_refund_id, note, created_by,
                created_at
            ) VALUES (
                \(payment.id), \(bookingID), \(cents), \(amount.currency), \((refund?.reason ?? .other).rawValue),
                'SUCCEEDED', \(refundID), \(refund?.note), \(refund?.createdBy), \(now)
            )
            """
        )
        return cents
    }
}
