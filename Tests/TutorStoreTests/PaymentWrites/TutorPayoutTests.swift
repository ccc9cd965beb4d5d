import Foundation
import PostgresNIO
import Testing
import TutorDomain
import TutorStore
import TutorTestSupport

/// Staff payouts: which bookings are payable, what each pays, and that no booking or period is paid twice.
@Suite("Tutor payouts")
struct TutorPayoutTests {
    /// 31 days after a session starting 72 hours after `now` ended: its dispute window has closed.
    static let afterFirstWindow: Double = 73 + 31 * 24

    @Test("pays ended, captured, undisputed sessions of the period whose dispute window closed, each its share after refunds")
    func payableBookings() async throws {
        try await TransitionFixture.run { fixture in
            let tutor = try await fixture.tutor(autoConfirm: true)
            let student = try await fixture.student()
            let staff = try await fixture.staff()
            let paid = try await fixture.capturedBooking(student, with: tutor, startsInHours: 72)
            let partlyRefunded = try await fixture.capturedBooking(student, with: tutor, startsInHours: 100)
            try await fixture.refund(try await fixture.paymentID(ofBooking: partlyRefunded), cents: 1_000, by: staff)
            _ = try await fixture.capturedBooking(student, with: tutor, startsInHours: 300)
            let disputed = try await fixture.capturedBooking(student, with: tutor, startsInHours: 120)
            _ = try await fixture.transitions.apply(.openDispute, toBooking: disputed, by: student.actor, now: fixture.at(hours: 130))
            let cancelled = try await fixture.book(student, with: tutor, startsInHours: 150).bookingID
            _ = try await fixture.transitions.apply(.cancel, toBooking: cancelled, by: student.actor, now: fixture.now)
            _ = try await fixture.capturedBooking(student, with: tutor, startsInHours: 50)

            let payout = try await fixture.payout(tutor, fromHours: 60, by: staff, atHours: Self.afterFirstWindow + 48)

            #expect(payout.amount.cents == 4_800 + 4_000)
            #expect(payout.status == "PENDING")
            #expect(payout.tutorProfileID == tutor.profileID)
            let items = try await fixture.column(
                "SELECT booking_id || ':' || amount_cents FROM payout_items WHERE payout_id = \(payout.id) ORDER BY booking_id",
                as: String.self)
            #expect(items == ["\(paid):4800", "\(partlyRefunded):4000"])
            let audit = try await fixture.scalar(
                """
                SELECT action || ' ' || (new_values->>'amount_cents') || ' ' || (actor_user_id = \(staff.userID))::text
                FROM audit_log WHERE table_name = 'payouts' AND record_id = \(payout.id)
                """, as: String.self)
            #expect(audit == "INSERT 8800 true")
            let notice = try await fixture.scalar(
                "SELECT (payload->>'userID') || ' ' || (payload->'data'->>'payoutId') FROM outbox WHERE payload->>'type' = 'PAYOUT_SENT'",
                as: String.self)
            #expect(notice == "\(tutor.userID) \(payout.id)")
        }
    }

    @Test("the same period twice is a conflict; an overlapping period pays only what is left, then there is nothing to pay")
    func neverTwice() async throws {
        try await TransitionFixture.run { fixture in
            let tutor = try await fixture.tutor(autoConfirm: true)
            let student = try await fixture.student()
            let staff = try await fixture.staff()
            _ = try await fixture.capturedBooking(student, with: tutor, startsInHours: 72)
            let later = try await fixture.capturedBooking(student, with: tutor, startsInHours: 200)
            let first = try await fixture.payout(tutor, by: staff, atHours: Self.afterFirstWindow)
            #expect(first.amount.cents == 4_800)
            let before = try await LedgerSnapshot.take(fixture)

            await #expect(throws: PayoutError.periodAlreadyPaid(payoutID: first.id)) {
                try await fixture.payout(tutor, by: staff, atHours: 2_000)
            }
            #expect(try await LedgerSnapshot.take(fixture) == before)

            let second = try await fixture.payout(tutor, fromHours: 1, by: staff, atHours: 2_000)
            #expect(second.amount.cents == 4_800)
            let paidLater = try await fixture.column(
                "SELECT booking_id FROM payout_items WHERE payout_id = \(second.id)", as: Int64.self)
            #expect(paidLater == [later])
            await #expect(throws: PayoutError.nothingToPay) {
                try await fixture.payout(tutor, fromHours: 2, by: staff, atHours: 2_000)
            }
        }
    }

    @Test("an empty period, an unknown tutor and a backwards period are refused and write nothing")
    func refusals() async throws {
        try await TransitionFixture.run { fixture in
            let tutor = try await fixture.tutor(autoConfirm: true)
            let student = try await fixture.student()
            let staff = try await fixture.staff()
            _ = try await fixture.capturedBooking(student, with: tutor, startsInHours: 72)
            let before = try await LedgerSnapshot.take(fixture)

            await #expect(throws: PayoutError.nothingToPay, "the dispute window is still open") {
                try await fixture.payout(tutor, by: staff, atHours: 100)
            }
            await #expect(throws: PayoutError.nothingToPay, "nothing ended in the period") {
                try await fixture.payout(tutor, fromHours: 500, by: staff, atHours: Self.afterFirstWindow)
            }
            let stranger = FixtureTutor(profileID: 999_999, userID: 0, subjectID: tutor.subjectID)
            await #expect(throws: PayoutError.tutorNotFound) {
                try await fixture.payout(stranger, by: staff, atHours: Self.afterFirstWindow)
            }
            await #expect(throws: PayoutError.invalidPeriod) {
                try await fixture.payout(tutor, fromHours: 10, toHours: 10, by: staff, atHours: Self.afterFirstWindow)
            }
            #expect(try await LedgerSnapshot.take(fixture) == before)
        }
    }
}
