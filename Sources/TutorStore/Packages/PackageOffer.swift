import Foundation
import PostgresNIO
import TutorDomain

/// A package pricing option as a purchase reads it, with the tutor who sells it: what the new package copies.
struct PackageOffer: Sendable {
    let pricingOptionID: Int64
    let title: String
    let price: Money
    let sessionsIncluded: Int
    /// Days the package stays valid after purchase; `nil` never expires.
    let validityDays: Int?
    let tutorProfileID: Int64
    let tutorUserID: Int64
    let tutorName: String

    /// When a package bought at `now` expires.
    func expiry(purchasedAt now: Date) -> Date? {
        validityDays.map { now.addingTimeInterval(TimeInterval($0) * 86_400) }
    }

    /// Reads and share-locks option `id`, so the tutor cannot reprice or withdraw it until the purchase commits.
    ///
    /// Throws `PackagePurchaseError` unless it is a live, active package option of an approved, active tutor.
    static func lock(pricingOptionID id: Int64, in transaction: Transaction) async throws -> PackageOffer {
        let rows = try await transaction.query(
            """
            SELECT o.title, o.pricing_type, o.is_active, o.price_cents, o.currency, o.sessions_included::int8,
                o.validity_days::int8, o.tutor_profile_id, tp.user_id, left(btrim(u.first_name || ' ' || u.last_name), 200),
                tp.is_approved AND u.is_active
            FROM tutor_pricing_options o
            JOIN tutor_profiles tp ON tp.id = o.tutor_profile_id
            JOIN users u ON u.id = tp.user_id
            WHERE o.id = \(id) AND o.deleted_at IS NULL AND tp.deleted_at IS NULL AND u.deleted_at IS NULL
            FOR SHARE OF o
            """
        )
        guard let row = rows.first else { throw PackagePurchaseError.pricingOptionNotFound }
        let (title, type, isActive, priceCents, currency, sessions, validityDays, tutorProfileID, tutorUserID, tutorName,
            bookable) = try row.decode((String, String, Bool, Int64, String, Int64, Int64?, Int64, Int64, String, Bool).self)
        guard type == "package" else { throw PackagePurchaseError.notAPackage(pricingType: type) }
        guard isActive else { throw PackagePurchaseError.pricingOptionInactive }
        guard bookable else { throw PackagePurchaseError.tutorNotBookable }
        return PackageOffer(
            pricingOptionID: id, title: title, price: Money(cents: Int(priceCents), currency: currency),
            sessionsIncluded: Int(sessions), validityDays: validityDays.map(Int.init), tutorProfileID: tutorProfileID,
            tutorUserID: tutorUserID, tutorName: tutorName)
    }
}
