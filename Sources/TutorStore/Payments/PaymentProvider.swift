import TutorDomain

/// A payment processor's side of moving a student's money.
///
/// The store records every movement in `payments` and `refunds` itself, in the transaction that changes the
/// booking, so a provider only talks to its processor and names what it did. A provider that calls out over
/// the network should pass the store's payment ID as its idempotency key, since a rolled-back transaction
/// may repeat a call.
public protocol PaymentProvider: Sendable {
    /// The `payments.provider` value of payments made through this provider.
    var name: String { get }
    /// Reserves `amount` for the payment with store ID `paymentID`; returns the processor's ID for it.
    func authorize(paymentID: Int64, amount: Money) async throws -> String
    /// Charges `amount` of an authorized payment.
    func capture(providerPaymentID: String, amount: Money) async throws
    /// Releases an authorization without charging anything.
    func void(providerPaymentID: String) async throws
    /// Returns `amount` of a captured payment; returns the processor's ID for the refund.
    func refund(providerPaymentID: String, amount: Money) async throws -> String
}
