import TutorDomain
import TutorStore

/// A payment provider that fails at one chosen step, standing in for a processor outage mid-operation; every other
/// step behaves as the built-in ledger provider.
public struct FailingPaymentProvider: PaymentProvider {
    /// The provider call that fails.
    public enum Step: Sendable { case authorize, capture, void, refund }

    /// The processor's failure; its message is what a masked error must never show a client.
    public struct Outage: Error, CustomStringConvertible {
        public var description: String { "payment processor outage: card_declined at acquirer" }
    }

    public let failing: Step
    public let name = "ledger"
    private let ledger = LedgerPaymentProvider()

    public init(failing: Step) {
        self.failing = failing
    }

    public func authorize(paymentID: Int64, amount: Money) async throws -> String {
        guard failing != .authorize else { throw Outage() }
        return try await ledger.authorize(paymentID: paymentID, amount: amount)
    }

    public func capture(providerPaymentID: String, amount: Money) async throws {
        guard failing != .capture else { throw Outage() }
    }

    public func void(providerPaymentID: String) async throws {
        guard failing != .void else { throw Outage() }
    }

    public func refund(providerPaymentID: String, amount: Money) async throws -> String {
        guard failing != .refund else { throw Outage() }
        return try await ledger.refund(providerPaymentID: providerPaymentID, amount: amount)
    }
}
