import Foundation
import TutorDomain

extension DemoDatasetBuilder {
    /// One payment per package purchase and per booking paid directly, its status the booking's payment state;
    /// refunds for refunded and partly refunded ones, never more than was paid.
    mutating func addPayments() {
        for (index, package) in dataset.packages.enumerated() {
            dataset.payments.append(
                DemoPayment(
                    payer: dataset.students[package.student].user, booking: nil, package: index,
                    amountCents: package.pricePaidCents, refundedCents: 0, provider: "manual", status: "CAPTURED",
                    authorizedAt: package.purchasedAt, capturedAt: package.purchasedAt, createdAt: package.purchasedAt
                )
            )
        }
        for (index, booking) in dataset.bookings.enumerated() where booking.package == nil {
            addPayment(booking: index)
        }
    }

    private mutating func addPayment(booking index: Int) {
        let booking = dataset.bookings[index]
        let student = dataset.students[booking.student]
        let payment = booking.state.payment
        let wasAuthorized = booking.confirmedAt != nil
        let wasCaptured = payment == .captured || booking.state.dispute != .none
        let amount = booking.price.priceCents
        let refunded = switch payment {
        case .refunded: amount
        case .partiallyRefunded: amount / 2
        default: 0
        }
        let paymentIndex = dataset.payments.count
        dataset.payments.append(
            DemoPayment(
                payer: student.user, booking: index, package: nil, amountCents: amount, refundedCents: refunded,
                provider: student.creditBalanceCents > 0 ? "wallet" : "manual", status: payment.rawValue,
                authorizedAt: wasAuthorized ? booking.confirmedAt : nil,
                capturedAt: wasCaptured ? booking.settledAt : nil, createdAt: booking.createdAt
            )
        )
        guard refunded > 0 else { return }
        let fromDispute = booking.state.dispute == .resolvedRefunded
        dataset.refunds.append(
            DemoRefund(
                payment: paymentIndex, booking: index, amountCents: refunded,
                reason: fromDispute ? (payment == .refunded ? "OTHER" : "GOODWILL") : "NO_SHOW_TUTOR",
                note: fromDispute ? booking.dispute?.resolutionNote : "The tutor did not attend.",
                createdBy: fromDispute ? dataset.adminUser : nil,
                createdAt: (fromDispute ? booking.dispute?.resolvedAt : booking.endedAt) ?? booking.createdAt
            )
        )
    }
}
