import Foundation
import PostgresNIO
import Testing
import TutorDomain
import TutorStore
import TutorTestSupport

/// A failure in the middle of a refund or payout leaves every count and sum exactly as before.
@Suite("Staff money writes under failure")
struct PaymentWriteFailureTests {
    @Test("the processor failing the refund: no refund row, payment, booking, event, earnings, audit or outbox change")
    func failedProviderRefund() async throws {
        try await TransitionFixture.run { fixture in
            let tutor = try await fixture.tutor(autoConfirm: true)
            let student = try await fixture.student()
            let staff = try await fixture.staff()
            let bookingPayment = try await fixture.paymentID(ofBooking: try await fixture.capturedBooking(student, with: tutor))
            let (_, packagePayment) = try await fixture.paidPackage(student: student, tutor: tutor)
            let before = try await LedgerSnapshot.take(fixture)

            for payment in [bookingPayment, packagePayment] {
                for cents in [nil, 500] {
                    await #expect(throws: FailingPaymentProvider.Outage.self) {
                        try await fixture.refund(
                            payment, cents: cents, by: staff, provider: FailingPaymentProvider(failing: .refund))
                    }
                }
            }
            #expect(try await LedgerSnapshot.take(fixture) == before)
        }
    }

    @Test("the outbox refusing the notice, written last: the refund and the payout roll back whole")
    func failedOutboxWrite() async throws {
        try await TransitionFixture.run { fixture in
            let tutor = try await fixture.tutor(autoConfirm: true)
            let student = try await fixture.student()
            let staff = try await fixture.staff()
            let paid = try await fixture.capturedBooking(student, with: tutor, startsInHours: 72)
            let refunded = try await fixture.capturedBooking(student, with: tutor, startsInHours: 100)
            let (_, packagePayment) = try await fixture.paidPackage(student: student, tutor: tutor)
            try await fixture.execute(
                """
                CREATE FUNCTION refuse_outbox() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN RAISE EXCEPTION 'outbox unavailable'; END; $$
                """)
            try await fixture.execute(
                "CREATE TRIGGER refuse_outbox BEFORE INSERT ON outbox FOR EACH ROW EXECUTE FUNCTION refuse_outbox()")
            let before = try await LedgerSnapshot.take(fixture)

            for payment in [try await fixture.paymentID(ofBooking: refunded), packagePayment] {
                await #expect(throws: PSQLError.self) { try await fixture.refund(payment, cents: 700, by: staff) }
            }
            await #expect(throws: PSQLError.self) {
                try await fixture.payout(tutor, by: staff, atHours: TutorPayoutTests.afterFirstWindow + 100)
            }
            #expect(try await LedgerSnapshot.take(fixture) == before)
            #expect(try await fixture.bookingPayment(paid) == "CAPTURED 3")
        }
    }
}
