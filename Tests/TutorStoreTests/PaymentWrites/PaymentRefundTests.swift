import Foundation
import PostgresNIO
import Testing
import TutorDomain
import TutorStore
import TutorTestSupport

/// Staff refunds of booking and package payments: money, states, versions, events, earnings, audit and notice.
@Suite("Staff refunds")
struct PaymentRefundTests {
    @Test("a full refund returns everything: payment and booking REFUNDED, a new version and event, earnings back")
    func fullRefund() async throws {
        try await TransitionFixture.run { fixture in
            let tutor = try await fixture.tutor(autoConfirm: true)
            let student = try await fixture.student()
            let staff = try await fixture.staff()
            let booking = try await fixture.capturedBooking(student, with: tutor)
            let payment = try await fixture.paymentID(ofBooking: booking)
            #expect(try await fixture.earnings(of: tutor) == 4_800)
            #expect(try await fixture.bookingPayment(booking) == "CAPTURED 3")

            let receipt = try await fixture.refund(payment, by: staff)

            #expect(receipt.refund.amount.cents == 6_000)
            #expect(receipt.refund.reason == "GOODWILL")
            #expect(receipt.refund.note == "Sorry about that")
            #expect(receipt.refund.bookingID == booking)
            #expect(receipt.payment.status == "REFUNDED")
            #expect(receipt.payment.refunded.cents == 6_000)
            #expect(try await fixture.bookingPayment(booking) == "REFUNDED 4")
            #expect(try await fixture.earnings(of: tutor) == 0)
            let event = try await fixture.scalar(
                """
                SELECT event_type || ' ' || booking_version || ' ' || payment_state || ' ' || actor_role || ' '
                    || (actor_user_id = \(staff.userID))::text || ' ' || (metadata->>'refundCents')
                FROM booking_events WHERE booking_id = \(booking) ORDER BY id DESC LIMIT 1
                """, as: String.self)
            #expect(event == "PAYMENT_REFUNDED 4 REFUNDED admin true 6000")
            let audit = try await fixture.scalar(
                """
                SELECT action || ' ' || (new_values->>'amount_cents') || ' ' || (actor_user_id = \(staff.userID))::text
                FROM audit_log WHERE table_name = 'refunds' AND record_id = \(receipt.refund.id)
                """, as: String.self)
            #expect(audit == "INSERT 6000 true")
            let notice = try await fixture.scalar(
                """
                SELECT (payload->>'userID') || ' ' || (payload->>'type') || ' ' || (payload->'data'->>'refundId')
                FROM outbox WHERE payload->>'type' = 'PAYMENT_REFUNDED'
                """, as: String.self)
            #expect(notice == "\(student.userID) PAYMENT_REFUNDED \(receipt.refund.id)")
        }
    }

    @Test("partial refunds add up: PARTIALLY_REFUNDED while money stays charged, each with its version, event and earnings cut")
    func partialRefunds() async throws {
        try await TransitionFixture.run { fixture in
            let tutor = try await fixture.tutor(autoConfirm: true)
            let student = try await fixture.student()
            let staff = try await fixture.staff()
            let booking = try await fixture.capturedBooking(student, with: tutor)
            let payment = try await fixture.paymentID(ofBooking: booking)

            let first = try await fixture.refund(payment, cents: 1_000, by: staff)
            #expect(first.payment.status == "PARTIALLY_REFUNDED")
            #expect(try await fixture.bookingPayment(booking) == "PARTIALLY_REFUNDED 4")
            #expect(try await fixture.earnings(of: tutor) == 4_000)

            let second = try await fixture.refund(payment, cents: 2_000, by: staff)
            #expect(second.payment.status == "PARTIALLY_REFUNDED")
            #expect(second.payment.refunded.cents == 3_000)
            #expect(second.refund.amount.cents == 2_000)
            #expect(try await fixture.bookingPayment(booking) == "PARTIALLY_REFUNDED 5")
            #expect(try await fixture.earnings(of: tutor) == 2_400)

            let rest = try await fixture.refund(payment, by: staff)
            #expect(rest.refund.amount.cents == 3_000)
            #expect(rest.payment.status == "REFUNDED")
            #expect(try await fixture.bookingPayment(booking) == "REFUNDED 6")
            #expect(try await fixture.earnings(of: tutor) == 0)
            let refunded = try await fixture.scalar(
                "SELECT count(*) || ' ' || sum(amount_cents) FROM refunds WHERE payment_id = \(payment)", as: String.self)
            #expect(refunded == "3 6000")
        }
    }

    @Test("more than what is still charged, or nothing, is refused as a bad amount and changes nothing")
    func badAmounts() async throws {
        try await TransitionFixture.run { fixture in
            let tutor = try await fixture.tutor(autoConfirm: true)
            let student = try await fixture.student()
            let staff = try await fixture.staff()
            let payment = try await fixture.paymentID(ofBooking: try await fixture.capturedBooking(student, with: tutor))
            try await fixture.refund(payment, cents: 1_000, by: staff)
            let before = try await LedgerSnapshot.take(fixture)

            for cents in [5_001, 0, -5] {
                await #expect(throws: PaymentRefundError.invalidAmount(maximumCents: 5_000)) {
                    try await fixture.refund(payment, cents: cents, by: staff)
                }
            }
            #expect(try await LedgerSnapshot.take(fixture) == before)
        }
    }

    @Test("a payment not captured, or refunded in full already, is a conflict naming its status")
    func notRefundable() async throws {
        try await TransitionFixture.run { fixture in
            let tutor = try await fixture.tutor(autoConfirm: true)
            let student = try await fixture.student()
            let staff = try await fixture.staff()
            let authorized = try await fixture.paymentID(ofBooking: try await fixture.book(student, with: tutor).bookingID)
            let captured = try await fixture.paymentID(
                ofBooking: try await fixture.capturedBooking(student, with: tutor, startsInHours: 100))
            try await fixture.refund(captured, by: staff)
            let before = try await LedgerSnapshot.take(fixture)

            await #expect(throws: PaymentRefundError.notRefundable(status: .authorized)) {
                try await fixture.refund(authorized, by: staff)
            }
            await #expect(throws: PaymentRefundError.notRefundable(status: .refunded)) {
                try await fixture.refund(captured, cents: 1, by: staff)
            }
            await #expect(throws: PaymentRefundError.paymentNotFound) { try await fixture.refund(999_999, by: staff) }
            #expect(try await LedgerSnapshot.take(fixture) == before)
        }
    }

    @Test("a booking with an open dispute is settled through the dispute, not refunded beside it")
    func openDispute() async throws {
        try await TransitionFixture.run { fixture in
            let tutor = try await fixture.tutor(autoConfirm: true)
            let student = try await fixture.student()
            let staff = try await fixture.staff()
            let booking = try await fixture.capturedBooking(student, with: tutor)
            let disputed = try await fixture.transitions.apply(
                .openDispute, toBooking: booking, by: student.actor, now: fixture.at(hours: 80))
            let before = try await LedgerSnapshot.take(fixture)

            await #expect(throws: PaymentRefundError.bookingNotRefundable(current: disputed.state)) {
                try await fixture.refund(try await fixture.paymentID(ofBooking: booking), by: staff)
            }
            #expect(try await LedgerSnapshot.take(fixture) == before)
        }
    }

    @Test("a booking already paid out to its tutor cannot be refunded")
    func paidOut() async throws {
        try await TransitionFixture.run { fixture in
            let tutor = try await fixture.tutor(autoConfirm: true)
            let student = try await fixture.student()
            let staff = try await fixture.staff()
            let booking = try await fixture.capturedBooking(student, with: tutor)
            try await fixture.payout(tutor, by: staff, atHours: 73 + 31 * 24)
            let before = try await LedgerSnapshot.take(fixture)

            await #expect(throws: PaymentRefundError.alreadyPaidOut) {
                try await fixture.refund(try await fixture.paymentID(ofBooking: booking), cents: 100, by: staff)
            }
            #expect(try await LedgerSnapshot.take(fixture) == before)
        }
    }

    @Test("a package refunded in full: payment REFUNDED, package REFUNDED, its unused credits can no longer be booked")
    func fullPackageRefund() async throws {
        try await TransitionFixture.run { fixture in
            let tutor = try await fixture.tutor(autoConfirm: true)
            let student = try await fixture.student()
            let staff = try await fixture.staff()
            let (package, payment) = try await fixture.paidPackage(student: student, tutor: tutor)
            let held = try await fixture.book(student, with: tutor, packageID: package).bookingID

            let receipt = try await fixture.refund(payment, by: staff)

            #expect(receipt.payment.status == "REFUNDED")
            #expect(receipt.refund.amount.cents == 25_000)
            #expect(receipt.refund.bookingID == nil)
            let state = try await fixture.scalar(
                "SELECT status || ' ' || sessions_used FROM student_packages WHERE id = \(package)", as: String.self)
            #expect(state == "refunded 1")
            #expect(try await fixture.bookingPayment(held) == "AUTHORIZED 1", "the session booked before keeps its credit")
            await #expect(throws: BookingWriteError.packageUnavailable) {
                try await fixture.book(student, with: tutor, startsInHours: 100, packageID: package)
            }
            #expect(try await fixture.earnings(of: tutor) == 0)
        }
    }

    @Test("a package refunded in part stays active with its credits")
    func partialPackageRefund() async throws {
        try await TransitionFixture.run { fixture in
            let tutor = try await fixture.tutor(autoConfirm: true)
            let student = try await fixture.student()
            let staff = try await fixture.staff()
            let (package, payment) = try await fixture.paidPackage(student: student, tutor: tutor)

            let receipt = try await fixture.refund(payment, cents: 5_000, by: staff)

            #expect(receipt.payment.status == "PARTIALLY_REFUNDED")
            #expect(try await fixture.scalar("SELECT status FROM student_packages WHERE id = \(package)", as: String.self) == "active")
            try await fixture.book(student, with: tutor, packageID: package)
        }
    }
}
