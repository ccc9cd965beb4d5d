import Foundation
import PostgresNIO
import Testing
import TutorDomain
import TutorStore
import TutorTestSupport

@Suite("purchasePackage in the store")
struct PackagePurchaseTests {
    @Test("a purchase creates the active package, a captured ledger payment for it and a notice to each party")
    func purchase() async throws {
        try await TransitionFixture.run { fixture in
            let tutor = try await fixture.tutor()
            let student = try await fixture.student()
            let option = try await fixture.pricingOption(of: tutor, sessions: 5, priceCents: 25_000, validityDays: 30)

            let purchase = try await fixture.buy(option, as: student)

            let package = try #require(try await fixture.store.packages.packages(ids: [purchase.packageID])[purchase.packageID])
            #expect(package.studentProfileID == student.profileID)
            #expect(package.tutorProfileID == tutor.profileID)
            #expect(package.pricingOptionID == option)
            #expect(package.sessionsPurchased == 5)
            #expect(package.sessionsUsed == 0)
            #expect(package.sessionsRemaining == 5)
            #expect(package.pricePaid == Money(cents: 25_000, currency: "USD"))
            #expect(package.purchasedAt == fixture.now)
            #expect(package.expiresAt == fixture.now.addingTimeInterval(30 * 86_400))
            #expect(package.status == "active")

            let payment = try #require(try await fixture.store.payments.payments(ids: [purchase.paymentID])[purchase.paymentID])
            #expect(payment.packageID == purchase.packageID)
            #expect(payment.bookingID == nil)
            #expect(payment.payerUserID == student.userID)
            #expect(payment.amount == package.pricePaid)
            #expect(payment.provider == "ledger")
            #expect(payment.status == "CAPTURED")
            #expect(payment.authorizedAt == fixture.now)
            #expect(payment.capturedAt == fixture.now)
            let reference = try await fixture.scalar(
                "SELECT provider_payment_id FROM payments WHERE id = \(purchase.paymentID)", as: String.self)
            #expect(reference == "ledger_pay_\(purchase.paymentID)")

            let notified = try await fixture.column(
                """
                SELECT (payload->>'userID') || ':' || (payload->>'type') || ':' || (payload->'data'->>'packageId')
                FROM outbox WHERE topic = 'notification.create' ORDER BY (payload->>'userID')::int8
                """, as: String.self)
            #expect(notified == [student.userID, tutor.userID].sorted().map { "\($0):PAYMENT_RECEIVED:\(purchase.packageID)" })
        }
    }

    @Test("the tutor earns a package session by session, not at purchase: lifetime earnings stay as they were")
    func earningsUntouched() async throws {
        try await TransitionFixture.run { fixture in
            let tutor = try await fixture.tutor(lifetimeEarningsCents: 1_000)
            let option = try await fixture.pricingOption(of: tutor)
            _ = try await fixture.buy(option, as: try await fixture.student())

            let earnings = try await fixture.scalar(
                "SELECT lifetime_earnings_cents FROM tutor_profiles WHERE id = \(tutor.profileID)", as: Int64.self)
            #expect(earnings == 1_000)
        }
    }

    @Test("a package option without a validity never expires")
    func noExpiry() async throws {
        try await TransitionFixture.run { fixture in
            let option = try await fixture.pricingOption(of: try await fixture.tutor(), validityDays: nil)
            let purchase = try await fixture.buy(option, as: try await fixture.student())

            let package = try #require(try await fixture.store.packages.packages(ids: [purchase.packageID])[purchase.packageID])
            #expect(package.expiresAt == nil)
        }
    }

    @Test("each refusal is typed and leaves every count and sum as it was")
    func refusals() async throws {
        try await TransitionFixture.run { fixture in
            let tutor = try await fixture.tutor()
            let student = try await fixture.student()
            let single = try await fixture.pricingOption(of: tutor, type: "single", sessions: 1, validityDays: nil)
            let trial = try await fixture.pricingOption(of: tutor, type: "trial", sessions: 1, validityDays: nil)
            let inactive = try await fixture.pricingOption(of: tutor, isActive: false)
            let withdrawn = try await fixture.pricingOption(of: tutor)
            try await fixture.execute("UPDATE tutor_pricing_options SET deleted_at = now() WHERE id = \(withdrawn)")
            let pending = try await fixture.tutor()
            try await fixture.execute(
                "UPDATE tutor_profiles SET profile_status = 'pending_approval', is_approved = false WHERE id = \(pending.profileID)")
            let pendingOption = try await fixture.pricingOption(of: pending)
            let disabled = try await fixture.tutor()
            try await fixture.execute("UPDATE users SET is_active = false WHERE id = \(disabled.userID)")
            let disabledOption = try await fixture.pricingOption(of: disabled)
            let deleted = try await fixture.tutor()
            try await fixture.execute("UPDATE tutor_profiles SET deleted_at = now() WHERE id = \(deleted.profileID)")
            let deletedTutorOption = try await fixture.pricingOption(of: deleted)
            let package = try await fixture.pricingOption(of: tutor)
            let before = try await LedgerSnapshot.take(fixture)

            let cases: [(Int64, Int64, PackagePurchaseError)] = [
                (999_999, student.userID, .pricingOptionNotFound),
                (withdrawn, student.userID, .pricingOptionNotFound),
                (deletedTutorOption, student.userID, .pricingOptionNotFound),
                (single, student.userID, .notAPackage(pricingType: "single")),
                (trial, student.userID, .notAPackage(pricingType: "trial")),
                (inactive, student.userID, .pricingOptionInactive),
                (pendingOption, student.userID, .tutorNotBookable),
                (disabledOption, student.userID, .tutorNotBookable),
                (package, tutor.userID, .notAStudent),
            ]
            for (option, buyer, refusal) in cases {
                await #expect(throws: refusal) {
                    try await fixture.purchases().purchase(pricingOptionID: option, studentUserID: buyer, now: fixture.now)
                }
            }
            #expect(try await LedgerSnapshot.take(fixture) == before)
        }
    }
}
