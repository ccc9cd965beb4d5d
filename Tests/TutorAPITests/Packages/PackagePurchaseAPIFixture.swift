import Foundation
import GraphQLEngine
import PostgresNIO
import Testing
import TutorDomain
import TutorStore
import TutorTestSupport

@testable import TutorAPI

/// The booking marketplace (`BookingWriteFixture`) with the tutor's pricing options: an active three-session
/// package, a withdrawn-for-now (inactive) package and a single session.
struct PackagePurchaseAPIFixture {
    let market: BookingWriteFixture
    let admin: TestUser
    let packageOption: String
    let inactiveOption: String
    let singleOption: String

    var harness: APITestHarness { market.harness }

    /// Runs `body` over a fresh database whose money moves through `paymentProvider`.
    static func run(
        paymentProvider: any PaymentProvider = LedgerPaymentProvider(),
        _ body: (PackagePurchaseAPIFixture) async throws -> Void
    ) async throws {
        try await APITestHarness.withHarness(now: BookingWriteFixture.start, paymentProvider: paymentProvider) { harness in
            try await body(try await PackagePurchaseAPIFixture(market: BookingWriteFixture(harness: harness)))
        }
    }

    private init(market: BookingWriteFixture) async throws {
        self.market = market
        admin = try await market.harness.createUser(.admin)
        let tutorKey = try #require(GlobalID.decode(market.tutorID)).key
        func option(_ type: String, sessions: Int, validityDays: Int?, isActive: Bool) async throws -> String {
            let id = try #require(
                try await market.harness.scalar(
                    """
                    INSERT INTO tutor_pricing_options (
                        tutor_profile_id, title, pricing_type, duration_minutes, price_cents, sessions_included,
                        validity_days, is_active
                    ) VALUES (\(tutorKey), 'Option', \(type), 60, 15000, \(sessions), \(validityDays), \(isActive))
                    RETURNING id
                    """, as: Int64.self))
            return GlobalID(.pricingOption, id).description
        }
        packageOption = try await option("package", sessions: 3, validityDays: 30, isActive: true)
        inactiveOption = try await option("package", sessions: 3, validityDays: 30, isActive: false)
        singleOption = try await option("single", sessions: 1, validityDays: nil, isActive: true)
    }

    /// The fields the tests read back from a `PurchasePackagePayload`.
    static let payloadFields = """
        package { id sessionsPurchased sessionsUsed sessionsRemaining status expiresAt pricePaid { amountCents currency }
            tutor { id } pricingOption { id } }
        payment { id status provider amount { amountCents } package { id } booking { id } }
        clientMutationId
        """

    /// Runs `purchasePackage` for `optionID` as `viewer` (nil: signed out).
    func purchase(_ optionID: String, as viewer: Viewer?) async throws -> APIResponse {
        try await harness.execute(
            """
            mutation Buy($input: PurchasePackageInput!) { purchasePackage(input: $input) { \(Self.payloadFields) } }
            """,
            variables: ["input": .object(["pricingOptionId": .string(optionID), "clientMutationId": .string("buy-1")])],
            as: viewer)
    }

    /// Row counts and money sums of everything a purchase writes, to prove a refused or failed one wrote nothing.
    func ledger() async throws -> LedgerSnapshot {
        try await LedgerSnapshot.take(harness.client)
    }
}
