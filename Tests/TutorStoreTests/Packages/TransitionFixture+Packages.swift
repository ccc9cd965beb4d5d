import Foundation
import PostgresNIO
import TutorStore

extension TransitionFixture {
    /// A pricing option of `tutor`: by default an active package of `sessions` hour-long sessions for `priceCents`,
    /// valid `validityDays` days. Single and trial options pass `sessions: 1, validityDays: nil`.
    func pricingOption(
        of tutor: FixtureTutor, type: String = "package", sessions: Int = 3, priceCents: Int = 15_000,
        validityDays: Int? = 90, isActive: Bool = true
    ) async throws -> Int64 {
        try await scalar(
            """
            INSERT INTO tutor_pricing_options (
                tutor_profile_id, title, pricing_type, duration_minutes, price_cents, sessions_included, validity_days,
                is_active
            ) VALUES (
                \(tutor.profileID), \("\(sessions) × 60 min"), \(type), 60, \(priceCents), \(sessions), \(validityDays),
                \(isActive)
            ) RETURNING id
            """, as: Int64.self)
    }

    /// Package purchases over the fixture's database through `provider`.
    func purchases(provider: any PaymentProvider = LedgerPaymentProvider()) -> PackagePurchases {
        PackagePurchases(database: store.database, provider: provider)
    }

    /// `student` buys option `optionID` at `now` with the built-in provider.
    func buy(_ optionID: Int64, as student: FixtureStudent) async throws -> PackagePurchase {
        try await purchases().purchase(pricingOptionID: optionID, studentUserID: student.userID, now: now)
    }
}
