import Foundation

extension DemoDatasetWriter {
    /// Payments, refunds, payouts and their items.
    mutating func writeMoney() async throws {
        let ids = ids
        try await insert("payments", Array(zip(ids.payments, dataset.payments))) {
            $0.column("id") { $0.0 }
            $0.column("payer_user_id") { ids.users[$0.1.payer] }
            $0.column("booking_id") { $0.1.booking.map { ids.bookings[$0] } }
            $0.column("student_package_id") { $0.1.package.map { ids.packages[$0] } }
            $0.column("amount_cents") { $0.1.amountCents }
            $0.column("refunded_cents") { $0.1.refundedCents }
            $0.column("provider") { $0.1.provider }
            $0.column("provider_payment_id") { "demo_pay_\($0.0)" }
            $0.column("status") { $0.1.status }
            $0.column("authorized_at") { $0.1.authorizedAt }
            $0.column("captured_at") { $0.1.capturedAt }
            $0.column("created_at") { $0.1.createdAt }
        }
        try await insert("refunds", dataset.refunds) {
            $0.column("payment_id") { ids.payments[$0.payment] }
            $0.column("booking_id") { $0.booking.map { ids.bookings[$0] } }
            $0.column("amount_cents") { $0.amountCents }
            $0.column("reason") { $0.reason }
            $0.column("status") { _ in "SUCCEEDED" }
            $0.column("note") { $0.note }
            $0.column("created_by") { $0.createdBy.map { ids.users[$0] } }
            $0.column("created_at") { $0.createdAt }
        }
        try await insert("payouts", Array(zip(ids.payouts, dataset.payouts))) {
            $0.column("id") { $0.0 }
            $0.column("tutor_profile_id") { ids.tutors[$0.1.tutor] }
            $0.column("period_start") { $0.1.periodStart }
            $0.column("period_end") { $0.1.periodEnd }
            $0.column("amount_cents") { $0.1.amountCents }
            $0.column("status") { $0.1.status }
            $0.column("provider_payout_id") { $0.1.submittedAt == nil ? nil : "demo_po_\($0.0)" }
            $0.column("submitted_at") { $0.1.submittedAt }
            $0.column("paid_at") { $0.1.paidAt }
            $0.column("failure_reason") { $0.1.failureReason }
            $0.column("created_at") { $0.1.periodEnd }
        }
        try await insert("payout_items", dataset.payoutItems) {
            $0.column("payout_id") { ids.payouts[$0.payout] }
            $0.column("booking_id") { ids.bookings[$0.booking] }
            $0.column("amount_cents") { $0.amountCents }
        }
    }
}
