/// The repositories, one per aggregate, over one `Database`, and the payment provider that money moves through.
///
/// Each repository lives in its own file and reaches the store through an extension
/// (`extension Store { public var tutors: TutorRepository { … } }`), so areas stay independent. The provider
/// is part of the store so that a server, a job or a test that builds one store has every write use the same
/// processor (tests inject a failing one to prove that a processor outage changes nothing).
public struct Store: Sendable {
    public let database: Database
    public let paymentProvider: any PaymentProvider

    public init(database: Database, paymentProvider: any PaymentProvider = LedgerPaymentProvider()) {
        self.database = database
        self.paymentProvider = paymentProvider
    }
}
