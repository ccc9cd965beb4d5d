import PostgresNIO

/// What a payment paid for and who paid, read before any lock: these columns never change, and knowing the booking
/// first lets a refund lock the booking before its payment, the order every booking write takes.
struct PaymentPurpose: Sendable {
    let bookingID: Int64?
    let packageID: Int64?
    let payerUserID: Int64

    /// The purpose of payment `paymentID`; throws `paymentNotFound` when there is none.
    static func find(_ paymentID: Int64, in transaction: Transaction) async throws -> PaymentPurpose {
        let rows = try await transaction.query(
            "SELECT booking_id, student_package_id, payer_user_id FROM payments WHERE id = \(paymentID)")
        guard let row = rows.first else { throw PaymentRefundError.paymentNotFound }
        let (bookingID, packageID, payerUserID) = try row.decode((Int64?, Int64?, Int64).self)
        return PaymentPurpose(bookingID: bookingID, packageID: packageID, payerUserID: payerUserID)
    }
}
