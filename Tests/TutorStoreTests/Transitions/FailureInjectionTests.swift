import Foundation
import PostgresNIO
import Testing
import TutorDomain
import TutorStore
import TutorTestSupport

/// A failure in the middle of a multi-step write leaves every count and sum exactly as before.
@Suite("Booking writes under failure")
struct FailureInjectionTests {
    @Test("authorization failing after the booking row and package checks: no booking, payment, event or outbox row")
    func failedAuthorization() async throws {
        try await TransitionFixture.run { fixture in
            let tutor = try await fixture.tutor(autoConfirm: true)
            let student = try await fixture.student()
            let before = try await LedgerSnapshot.take(fixture)

            await #expect(throws: FailingPaymentProvider.Outage.self) {
                try await fixture.with(provider: FailingPaymentProvider(failing: .authorize)).book(student, with: tutor)
            }
            #expect(try await LedgerSnapshot.take(fixture) == before)
        }
    }

    @Test("a refund failing after the capture: the no-show ends nothing and charges nothing")
    func failedRefund() async throws {
        try await TransitionFixture.run { fixture in
            let tutor = try await fixture.tutor(autoConfirm: true)
            let student = try await fixture.student()
            let booking = try await fixture.book(student, with: tutor).bookingID
            _ = try await fixture.transitions.apply(.start, toBooking: booking, by: .system, now: fixture.at(hours: 72))
            let before = try await LedgerSnapshot.take(fixture)

            await #expect(throws: FailingPaymentProvider.Outage.self) {
                try await fixture.with(provider: FailingPaymentProvider(failing: .refund)).transitions.apply(
                    .end(.noShowTutor), toBooking: booking, by: student.actor, now: fixture.at(hours: 72.5))
            }
            #expect(try await LedgerSnapshot.take(fixture) == before)
        }
    }

    @Test("the outbox write failing last: the cancellation, its void and the restored credit all roll back")
    func failedOutboxWrite() async throws {
        try await TransitionFixture.run { fixture in
            let tutor = try await fixture.tutor()
            let student = try await fixture.student()
            let package = try await fixture.package(student: student, tutor: tutor)
            let paid = try await fixture.book(student, with: tutor, startsInHours: 72).bookingID
            let withCredit = try await fixture.book(student, with: tutor, startsInHours: 96, packageID: package).bookingID
            try await fixture.execute(
                """
                CREATE FUNCTION refuse_outbox() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN RAISE EXCEPTION 'outbox unavailable'; END; $$
                """)
            try await fixture.execute(
                "CREATE TRIGGER refuse_outbox BEFORE INSERT ON outbox FOR EACH ROW EXECUTE FUNCTION refuse_outbox()")
            let before = try await LedgerSnapshot.take(fixture)

            for booking in [paid, withCredit] {
                await #expect(throws: (any Error).self) {
                    try await fixture.transitions.apply(.cancel, toBooking: booking, by: student.actor, now: fixture.now)
                }
            }
            await #expect(throws: (any Error).self) {
                try await fixture.book(student, with: tutor, startsInHours: 120, packageID: package)
            }
            #expect(try await LedgerSnapshot.take(fixture) == before)
        }
    }
}
