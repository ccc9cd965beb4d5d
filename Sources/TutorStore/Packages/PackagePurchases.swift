import Foundation
import PostgresNIO
import TutorDomain

/// Buying session packages: the package and the money for it in one transaction, so a student is never charged
/// for a package they do not get, nor given one they were not charged for.
///
/// The tutor's lifetime earnings are left alone here: a tutor earns a package's money session by session, when a
/// booking paid with one of its credits is captured (`BookingSettlement` credits the booking's share of the price).
/// Counting the purchase as well would count the same money twice.
public struct PackagePurchases: Sendable {
    let database: Database
    let provider: any PaymentProvider

    public init(database: Database, provider: any PaymentProvider = LedgerPaymentProvider()) {
        self.database = database
        self.provider = provider
    }

    /// Sells package option `pricingOptionID` to the student whose user is `studentUserID` at `now`. One transaction.
    ///
    /// Share-locks the option, creates the active package (credits: the option's sessions; expiry: its validity
    /// after `now`), charges its price through the provider (authorized and captured at once) and queues a
    /// notification to each party. Throws `PackagePurchaseError` (nothing changed), the provider's error or a
    /// database error (everything rolled back either way).
    public func purchase(pricingOptionID: Int64, studentUserID: Int64, now: Date) async throws -> PackagePurchase {
        try await database.withTransaction { transaction in
            let offer = try await PackageOffer.lock(pricingOptionID: pricingOptionID, in: transaction)
            let student = try await buyer(userID: studentUserID, in: transaction)
            let packageID = try await insertPackage(offer, for: student, now: now, in: transaction)
            let paymentID = try await PaymentLedger(transaction: transaction, provider: provider).chargePackage(
                packageID: packageID, payerUserID: student.userID, amount: offer.price, now: now)
            let purchase = PackagePurchase(packageID: packageID, paymentID: paymentID)
            try await PackagePurchaseNotices.enqueue(purchase, of: offer, by: student, at: now, in: transaction)
            return purchase
        }
    }

    /// The buyer's live student profile; `notAStudent` for anyone else.
    private func buyer(userID: Int64, in transaction: Transaction) async throws -> RequestingStudent {
        do {
            return try await RequestingStudent.load(userID: userID, in: transaction)
        } catch BookingWriteError.noStudentProfile {
            throw PackagePurchaseError.notAStudent
        }
    }

    /// Inserts the student's package with every credit unused; returns its ID.
    private func insertPackage(
        _ offer: PackageOffer, for student: RequestingStudent, now: Date, in transaction: Transaction
    ) async throws -> Int64 {
        let rows = try await transaction.query(
            """
            INSERT INTO student_packages (
                student_profile_id, tutor_profile_id, pricing_option_id, sessions_purchased, sessions_remaining,
                price_paid_cents, currency, purchased_at, expires_at, status, created_at
            ) VALUES (
                \(student.profileID), \(offer.tutorProfileID), \(offer.pricingOptionID), \(offer.sessionsIncluded),
                \(offer.sessionsIncluded), \(offer.price.cents), \(offer.price.currency), \(now),
                \(offer.expiry(purchasedAt: now)), 'active', \(now)
            )
            RETURNING id
            """
        )
        return try returnedRow(rows, of: "INSERT INTO student_packages").decode(Int64.self)
    }
}

extension Store {
    /// Package purchases through the store's payment provider.
    public var packagePurchases: PackagePurchases { PackagePurchases(database: database, provider: paymentProvider) }
}
