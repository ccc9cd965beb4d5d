import Foundation
import PostgresNIO
import TutorDomain
import TutorStore

/// A staff member as the refund and payout tests act through one.
struct FixtureStaff {
    let userID: Int64
    let role: Role

    var audit: AuditActor { AuditActor(userID: userID, requestID: "test") }
}

extension TransitionFixture {
    /// An admin who refunds and pays out.
    func staff() async throws -> FixtureStaff {
        guard case .user(let id, let role) = try await admin() else { preconditionFailure("admin() makes a user") }
        return FixtureStaff(userID: id, role: role)
    }

    /// The staff refunds, through `provider` (the ledger by default).
    func refunds(provider: any PaymentProvider = LedgerPaymentProvider()) -> PaymentRefunds {
        PaymentRefunds(database: store.database, provider: provider)
    }

    /// Refunds `amountCents` (everything still charged when `nil`) of `paymentID` as `staff` at `now`.
    @discardableResult
    func refund(
        _ paymentID: Int64, cents amountCents: Int? = nil, by staff: FixtureStaff, reason: RefundReason = .goodwill,
        provider: any PaymentProvider = LedgerPaymentProvider()
    ) async throws -> RefundReceipt {
        try await refunds(provider: provider).refund(
            RefundRequest(paymentID: paymentID, amountCents: amountCents, reason: reason, note: "Sorry about that"),
            by: staff.audit, role: staff.role, now: now)
    }

    /// Pays `tutor` for the sessions that ended in `[from, to)` hours after `now`, as `staff` at `atHours`.
    @discardableResult
    func payout(
        _ tutor: FixtureTutor, fromHours from: Double = 0, toHours to: Double = 2_000, by staff: FixtureStaff,
        atHours: Double
    ) async throws -> PayoutRow {
        try await store.tutorPayouts.create(
            PayoutRequest(tutorProfileID: tutor.profileID, periodStart: at(hours: from), periodEnd: at(hours: to)),
            by: staff.audit, now: at(hours: atHours))
    }

    /// A one-hour session with `tutor` starting `startsInHours` after `now` that was held and charged: booked,
    /// accepted, started and ended COMPLETED. Returns the booking's ID.
    func capturedBooking(_ student: FixtureStudent, with tutor: FixtureTutor, startsInHours: Double = 72) async throws
        -> Int64
    {
        let booking = try await book(student, with: tutor, startsInHours: startsInHours)
        let tutorActor = BookingActor.user(id: tutor.userID, role: .tutor)
        if booking.state.session == .requested {
            _ = try await transitions.apply(.accept, toBooking: booking.bookingID, by: tutorActor, now: now)
        }
        _ = try await transitions.apply(.start, toBooking: booking.bookingID, by: .system, now: at(hours: startsInHours))
        _ = try await transitions.apply(
            .end(.completed), toBooking: booking.bookingID, by: .system, now: at(hours: startsInHours + 1))
        return booking.bookingID
    }

    /// The ID of the payment of booking `bookingID`.
    func paymentID(ofBooking bookingID: Int64) async throws -> Int64 {
        try await scalar("SELECT id FROM payments WHERE booking_id = \(bookingID)", as: Int64.self)
    }

    /// A package of `sessions` bought for `priceCents` and its captured payment; returns both IDs.
    func paidPackage(student: FixtureStudent, tutor: FixtureTutor, sessions: Int = 5, priceCents: Int = 25_000)
        async throws -> (packageID: Int64, paymentID: Int64)
    {
        let packageID = try await package(student: student, tutor: tutor, sessions: sessions, priceCents: priceCents)
        let paymentID = try await scalar(
            """
            INSERT INTO payments (
                payer_user_id, student_package_id, amount_cents, provider, provider_payment_id, status, authorized_at,
                captured_at
            ) VALUES (
                \(student.userID), \(packageID), \(priceCents), 'ledger', \("ledger_pay_package_\(packageID)"),
                'CAPTURED', \(now), \(now)
            ) RETURNING id
            """, as: Int64.self)
        return (packageID, paymentID)
    }

    /// The tutor's lifetime earnings, in cents.
    func earnings(of tutor: FixtureTutor) async throws -> Int64 {
        try await scalar("SELECT lifetime_earnings_cents FROM tutor_profiles WHERE id = \(tutor.profileID)", as: Int64.self)
    }

    /// "PAYMENT_STATE version" of booking `bookingID`.
    func bookingPayment(_ bookingID: Int64) async throws -> String {
        try await scalar("SELECT payment_state || ' ' || version FROM bookings WHERE id = \(bookingID)", as: String.self)
    }
}
