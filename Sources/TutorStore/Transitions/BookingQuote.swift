import Foundation
import PostgresNIO
import TutorDomain

/// What a new booking costs and where the price came from: a package credit, a pricing option or the hourly rate.
struct BookingQuote: Sendable {
    /// `package`, `option` or `hourly`, recorded in the pricing snapshot.
    let source: String
    let price: Money
    let pricingOptionID: Int64?

    /// Prices `request`, spending the package credit when it names a package (inside `transaction`, so a failed
    /// booking gives it back by rolling back).
    static func quote(
        _ request: BookingRequest, student: RequestingStudent, tutor: BookedTutor, now: Date,
        in transaction: Transaction
    ) async throws -> BookingQuote {
        if let packageID = request.packageID {
            return try await spendCredit(packageID, request: request, student: student, tutor: tutor, now: now, in: transaction)
        }
        if let optionID = request.pricingOptionID {
            return try await option(optionID, request: request, tutor: tutor, in: transaction)
        }
        let cents = PlatformFeePolicy.sessionPrice(hourlyRateCents: tutor.hourlyRateCents, minutes: request.durationMinutes)
        return BookingQuote(source: "hourly", price: Money(cents: cents, currency: tutor.currency), pricingOptionID: nil)
    }

    private static func spendCredit(
        _ packageID: Int64, request: BookingRequest, student: RequestingStudent, tutor: BookedTutor, now: Date,
        in transaction: Transaction
    ) async throws -> BookingQuote {
        let credits = PackageCredits(transaction: transaction)
        guard let credit = try await credits.spend(
            packageID: packageID, studentProfileID: student.profileID, tutorProfileID: tutor.profileID, now: now)
        else {
            throw try await whyNoCredit(packageID, student: student, tutor: tutor, in: transaction)
        }
        if let minutes = credit.durationMinutes, minutes != request.durationMinutes {
            throw BookingWriteError.durationMismatch(requiredMinutes: minutes)
        }
        return BookingQuote(source: "package", price: credit.sessionPrice, pricingOptionID: credit.pricingOptionID)
    }

    /// The reason no credit could be taken: not the student's package, another tutor's, or none left.
    private static func whyNoCredit(
        _ packageID: Int64, student: RequestingStudent, tutor: BookedTutor, in transaction: Transaction
    ) async throws -> BookingWriteError {
        let rows = try await transaction.query(
            "SELECT tutor_profile_id FROM student_packages WHERE id = \(packageID) AND student_profile_id = \(student.profileID)"
        )
        guard let packageTutor = try rows.first?.decode(Int64.self) else { return .packageNotFound }
        return packageTutor == tutor.profileID ? .packageUnavailable : .packageForAnotherTutor
    }

    private static func option(
        _ optionID: Int64, request: BookingRequest, tutor: BookedTutor, in transaction: Transaction
    ) async throws -> BookingQuote {
        let rows = try await transaction.query(
            """
            SELECT pricing_type, duration_minutes::int8, price_cents, currency FROM tutor_pricing_options
            WHERE id = \(optionID) AND tutor_profile_id = \(tutor.profileID) AND is_active AND deleted_at IS NULL
            """
        )
        guard let row = rows.first else { throw BookingWriteError.pricingOptionNotFound }
        let (type, minutes, cents, currency) = try row.decode((String, Int64, Int64, String).self)
        guard type != "package" else { throw BookingWriteError.pricingOptionIsPackage }
        guard minutes == request.durationMinutes else { throw BookingWriteError.durationMismatch(requiredMinutes: Int(minutes)) }
        return BookingQuote(source: "option", price: Money(cents: Int(cents), currency: currency), pricingOptionID: optionID)
    }
}
