import Foundation
import PostgresNIO
import Testing
import TutorDomain
import TutorStore

/// Each transition end to end at the store level: state, version, event, payment and earnings together.
@Suite("Booking transitions")
struct BookingFlowTests {
    @Test("accept → start → end COMPLETED: authorized, then captured; the tutor earns; metrics refresh queued")
    func happyPath() async throws {
        try await TransitionFixture.run { fixture in
            let tutor = try await fixture.tutor()
            let tutorActor = BookingActor.user(id: tutor.userID, role: .tutor)
            let booking = try await fixture.book(try await fixture.student(), with: tutor).bookingID

            let accepted = try await fixture.transitions.apply(.accept, toBooking: booking, by: tutorActor, now: fixture.now)
            #expect(accepted.state == BookingState(session: .scheduled, payment: .authorized))
            #expect(accepted.version == 2)
            let started = try await fixture.transitions.apply(.start, toBooking: booking, by: .system, now: fixture.at(hours: 72))
            #expect(started.state.session == .active)
            let ended = try await fixture.transitions.apply(
                .end(.completed), toBooking: booking, by: tutorActor, now: fixture.at(hours: 73))
            #expect(ended.state == BookingState(session: .ended, outcome: .completed, payment: .captured))
            #expect(ended.version == 4)

            let events = try await fixture.column(
                """
                SELECT event_type || '@' || booking_version || ':' || payment_state || ':' || actor_role
                FROM booking_events WHERE booking_id = \(booking) ORDER BY booking_version
                """, as: String.self)
            #expect(events == [
                "REQUESTED@1:PENDING:student", "ACCEPTED@2:AUTHORIZED:tutor", "STARTED@3:AUTHORIZED:system",
                "ENDED@4:CAPTURED:tutor",
            ])
            let payment = try await fixture.scalar(
                "SELECT status || ':' || (captured_at IS NOT NULL) FROM payments WHERE booking_id = \(booking)", as: String.self)
            #expect(payment == "CAPTURED:true")
            let earnings = try await fixture.scalar(
                "SELECT lifetime_earnings_cents FROM tutor_profiles WHERE id = \(tutor.profileID)", as: Int64.self)
            #expect(earnings == 4_800)
            let refreshes = try await fixture.scalar(
                "SELECT count(*) FROM outbox WHERE topic = 'tutor_metrics.refresh'", as: Int64.self)
            #expect(refreshes == 1)
        }
    }

    @Test("decline voids the pending payment and records the tutor as canceller")
    func decline() async throws {
        try await TransitionFixture.run { fixture in
            let tutor = try await fixture.tutor()
            let booking = try await fixture.book(try await fixture.student(), with: tutor).bookingID
            let outcome = try await fixture.transitions.apply(
                .decline, toBooking: booking, by: .user(id: tutor.userID, role: .tutor), reason: "Fully booked",
                now: fixture.now)

            #expect(outcome.state == BookingState(session: .cancelled, outcome: .notHeld, payment: .voided))
            let row = try await fixture.scalar(
                """
                SELECT cancelled_by_role || ':' || cancellation_reason || ':' || (SELECT status FROM payments WHERE booking_id = b.id)
                FROM bookings b WHERE id = \(booking)
                """, as: String.self)
            #expect(row == "tutor:Fully booked:VOIDED")
        }
    }

    @Test("a student cancelling at exactly 24 h and at 23 h 55 min gets a full refund; at 23 h 54 min the charge stands",
          arguments: [(24.0, PaymentState.voided), (23.0 + 55.0 / 60, .voided), (23.0 + 54.0 / 60, .captured)])
    func studentCancellationEdges(hoursBefore: Double, payment: PaymentState) async throws {
        try await TransitionFixture.run { fixture in
            let tutor = try await fixture.tutor(autoConfirm: true)
            let student = try await fixture.student()
            let booking = try await fixture.book(student, with: tutor, startsInHours: 72).bookingID
            let outcome = try await fixture.transitions.apply(
                .cancel, toBooking: booking, by: student.actor, now: fixture.at(hours: 72 - hoursBefore))

            #expect(outcome.state == BookingState(session: .cancelled, outcome: .notHeld, payment: payment))
            let earnings = try await fixture.scalar(
                "SELECT lifetime_earnings_cents FROM tutor_profiles WHERE id = \(tutor.profileID)", as: Int64.self)
            #expect(earnings == (payment == .captured ? 4_800 : 0))
        }
    }

    @Test("a tutor cancelling late still refunds the student in full")
    func lateTutorCancellation() async throws {
        try await TransitionFixture.run { fixture in
            let tutor = try await fixture.tutor(autoConfirm: true)
            let booking = try await fixture.book(try await fixture.student(), with: tutor, startsInHours: 72).bookingID
            let outcome = try await fixture.transitions.apply(
                .cancel, toBooking: booking, by: .user(id: tutor.userID, role: .tutor), now: fixture.at(hours: 71))
            #expect(outcome.state.payment == .voided)
        }
    }

    @Test("cancelling a package booking in time gives the credit back and reactivates an exhausted package")
    func packageCancellation() async throws {
        try await TransitionFixture.run { fixture in
            let tutor = try await fixture.tutor()
            let student = try await fixture.student()
            let package = try await fixture.package(student: student, tutor: tutor, sessions: 1)
            let booking = try await fixture.book(student, with: tutor, packageID: package).bookingID
            _ = try await fixture.transitions.apply(.cancel, toBooking: booking, by: student.actor, now: fixture.now)

            let state = try await fixture.scalar(
                "SELECT status || ':' || sessions_remaining FROM student_packages WHERE id = \(package)", as: String.self)
            #expect(state == "active:1")
        }
    }

    @Test("the tutor not showing up captures and refunds in full with reason NO_SHOW_TUTOR; nobody earns")
    func tutorNoShow() async throws {
        try await TransitionFixture.run { fixture in
            let tutor = try await fixture.tutor(autoConfirm: true)
            let student = try await fixture.student()
            let booking = try await fixture.book(student, with: tutor).bookingID
            _ = try await fixture.transitions.apply(.start, toBooking: booking, by: .system, now: fixture.at(hours: 72))
            let outcome = try await fixture.transitions.apply(
                .end(.noShowTutor), toBooking: booking, by: student.actor, now: fixture.at(hours: 72.5))

            #expect(outcome.state == BookingState(session: .ended, outcome: .noShowTutor, payment: .refunded))
            let refund = try await fixture.scalar(
                "SELECT reason || ':' || amount_cents || ':' || status FROM refunds WHERE booking_id = \(booking)", as: String.self)
            #expect(refund == "NO_SHOW_TUTOR:6000:SUCCEEDED")
            let payment = try await fixture.scalar(
                "SELECT status || ':' || refunded_cents FROM payments WHERE booking_id = \(booking)", as: String.self)
            #expect(payment == "REFUNDED:6000")
            let earnings = try await fixture.scalar(
                "SELECT lifetime_earnings_cents FROM tutor_profiles WHERE id = \(tutor.profileID)", as: Int64.self)
            #expect(earnings == 0)
        }
    }

    @Test("a dispute within 30 days resolved with a partial refund: GOODWILL refund, earnings cut by the tutor's share")
    func partialDisputeRefund() async throws {
        try await TransitionFixture.run { fixture in
            let tutor = try await fixture.tutor(autoConfirm: true)
            let student = try await fixture.student()
            let booking = try await fixture.completedBooking(student, with: tutor)
            _ = try await fixture.transitions.apply(
                .openDispute, toBooking: booking, by: student.actor, reason: "Poor audio", now: fixture.at(hours: 24 * 20))
            let admin = try await fixture.admin()

            await #expect(throws: BookingWriteError.invalidRefundAmount(maximumCents: 5_999)) {
                try await fixture.transitions.apply(
                    .resolveDispute(.refundPartial(cents: 6_000)), toBooking: booking, by: admin, reason: "Too much",
                    now: fixture.at(hours: 24 * 21))
            }
            let outcome = try await fixture.transitions.apply(
                .resolveDispute(.refundPartial(cents: 2_000)), toBooking: booking, by: admin, reason: "Half a lesson",
                now: fixture.at(hours: 24 * 21))

            #expect(outcome.state.payment == .partiallyRefunded)
            #expect(outcome.state.dispute == .resolvedRefunded)
            let refund = try await fixture.scalar(
                "SELECT reason || ':' || amount_cents || ':' || note FROM refunds WHERE booking_id = \(booking)", as: String.self)
            #expect(refund == "GOODWILL:2000:Half a lesson")
            // 4,000 still charged: the fee is 800 and the tutor keeps 3,200.
            let earnings = try await fixture.scalar(
                "SELECT lifetime_earnings_cents FROM tutor_profiles WHERE id = \(tutor.profileID)", as: Int64.self)
            #expect(earnings == 3_200)
        }
    }

    @Test("a dispute on a package booking refunded in full restores the credit; a partial refund is refused")
    func packageDispute() async throws {
        try await TransitionFixture.run { fixture in
            let tutor = try await fixture.tutor(autoConfirm: true)
            let student = try await fixture.student()
            let package = try await fixture.package(student: student, tutor: tutor, sessions: 2)
            let booking = try await fixture.completedBooking(student, with: tutor, packageID: package)
            _ = try await fixture.transitions.apply(.openDispute, toBooking: booking, by: student.actor, now: fixture.at(hours: 80))
            let admin = try await fixture.admin()

            await #expect(throws: BookingWriteError.partialRefundOfPackageCredit) {
                try await fixture.transitions.apply(
                    .resolveDispute(.refundPartial(cents: 100)), toBooking: booking, by: admin, now: fixture.at(hours: 81))
            }
            let outcome = try await fixture.transitions.apply(
                .resolveDispute(.refundFull), toBooking: booking, by: admin, now: fixture.at(hours: 81))
            #expect(outcome.state.payment == .refunded)
            let remaining = try await fixture.scalar(
                "SELECT sessions_remaining FROM student_packages WHERE id = \(package)", as: Int32.self)
            #expect(remaining == 2)
        }
    }

    @Test("a dispute is refused once 30 days have passed since the session ended")
    func disputeWindow() async throws {
        try await TransitionFixture.run { fixture in
            let tutor = try await fixture.tutor(autoConfirm: true)
            let student = try await fixture.student()
            let booking = try await fixture.completedBooking(student, with: tutor)
            await #expect(throws: BookingWriteError.disputeWindowClosed) {
                try await fixture.transitions.apply(
                    .openDispute, toBooking: booking, by: student.actor, now: fixture.at(hours: 73 + 24 * 30 + 1))
            }
        }
    }

    @Test("rescheduling moves the booking in place at 24 h or more before the start, never later")
    func reschedule() async throws {
        try await TransitionFixture.run { fixture in
            let tutor = try await fixture.tutor(autoConfirm: true)
            let student = try await fixture.student()
            let booking = try await fixture.book(student, with: tutor, startsInHours: 72).bookingID

            await #expect(throws: BookingWriteError.rescheduleTooLate) {
                try await fixture.transitions.reschedule(
                    bookingID: booking, to: fixture.at(hours: 100), end: fixture.at(hours: 101), by: student.actor,
                    now: fixture.at(hours: 72 - 23.9))
            }
            await #expect(throws: BookingWriteError.durationMismatch(requiredMinutes: 60)) {
                try await fixture.transitions.reschedule(
                    bookingID: booking, to: fixture.at(hours: 100), end: fixture.at(hours: 102), by: student.actor,
                    now: fixture.at(hours: 48))
            }
            let moved = try await fixture.transitions.reschedule(
                bookingID: booking, to: fixture.at(hours: 100), end: fixture.at(hours: 101), by: student.actor,
                expectedVersion: 1, now: fixture.at(hours: 48))
            #expect(moved.version == 2)
            #expect(moved.state == BookingState(session: .scheduled, payment: .authorized))
            let event = try await fixture.scalar(
                "SELECT event_type FROM booking_events WHERE booking_id = \(booking) AND booking_version = 2", as: String.self)
            #expect(event == "RESCHEDULED")
            let start = try await fixture.scalar("SELECT start_time FROM bookings WHERE id = \(booking)", as: Date.self)
            #expect(start == fixture.at(hours: 100))
        }
    }
}

extension TransitionFixture {
    /// A booking with `tutor` 72 h from `now`, held and ended as COMPLETED an hour later (so it is charged).
    func completedBooking(_ student: FixtureStudent, with tutor: FixtureTutor, packageID: Int64? = nil) async throws -> Int64 {
        let booking = try await book(student, with: tutor, startsInHours: 72, packageID: packageID).bookingID
        _ = try await transitions.apply(.start, toBooking: booking, by: .system, now: at(hours: 72))
        _ = try await transitions.apply(.end(.completed), toBooking: booking, by: .system, now: at(hours: 73))
        return booking
    }
}
