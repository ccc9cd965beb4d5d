import Foundation
import TutorDomain

/// The built-in provider and the default: no processor behind it, so every movement is final the moment the
/// store records it, and the whole booking flow works offline (development, tests, demo).
public struct LedgerPaymentProvider: PaymentProvider {
    public let name = "ledger"

    public init() {}

    public func authorize(paymentID: Int64, amount: Money) async throws -> String {
        "ledger_pay_\(paymentID)"
    }

    public func capture(providerPaymentID: String, amount: Money) async throws {}

    public func void(providerPaymentID: String) async throws {}

    public func refund(providerPaymentID: String, amount: Money) async throws -> String {
        "ledger_re_\(UUID().uuidString.lowercased())"
    }
}
