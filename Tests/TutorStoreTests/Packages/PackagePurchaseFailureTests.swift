import Foundation
import PostgresNIO
import Testing
import TutorStore
import TutorTestSupport

/// A failure in the middle of a purchase leaves no package, payment or notification behind.
@Suite("purchasePackage under failure")
struct PackagePurchaseFailureTests {
    @Test(
        "the processor failing after the package row is written: nothing is left and nothing is charged",
        arguments: [FailingPaymentProvider.Step.authorize, .capture])
    func processorOutage(failing step: FailingPaymentProvider.Step) async throws {
        try await TransitionFixture.run { fixture in
            let option = try await fixture.pricingOption(of: try await fixture.tutor())
            let student = try await fixture.student()
            let before = try await LedgerSnapshot.take(fixture)

            await #expect(throws: FailingPaymentProvider.Outage.self) {
                try await fixture.purchases(provider: FailingPaymentProvider(failing: step)).purchase(
                    pricingOptionID: option, studentUserID: student.userID, now: fixture.now)
            }
            #expect(try await LedgerSnapshot.take(fixture) == before)
        }
    }

    @Test("the outbox write failing last: the package and its captured payment roll back")
    func outboxOutage() async throws {
        try await TransitionFixture.run { fixture in
            let option = try await fixture.pricingOption(of: try await fixture.tutor())
            let student = try await fixture.student()
            try await fixture.execute(
                """
                CREATE FUNCTION refuse_outbox() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN RAISE EXCEPTION 'outbox unavailable'; END; $$
                """)
            try await fixture.execute(
                "CREATE TRIGGER refuse_outbox BEFORE INSERT ON outbox FOR EACH ROW EXECUTE FUNCTION refuse_outbox()")
            let before = try await LedgerSnapshot.take(fixture)

            await #expect(throws: PSQLError.self) { try await fixture.buy(option, as: student) }
            #expect(try await LedgerSnapshot.take(fixture) == before)
        }
    }
}
