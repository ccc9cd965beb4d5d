/// An amount of money in integer minor units (cents) of one currency.
///
/// Money never touches floating point: fees and refunds are computed in integer cents with
/// explicit rounding, so ledgers add up to the cent.
public struct Money: Sendable, Hashable, Codable, CustomStringConvertible {
    public var cents: Int
    public var currency: String

    public init(cents: Int, currency: String) {
        self.cents = cents
        self.currency = currency
    }

    public static func zero(_ currency: String) -> Money { Money(cents: 0, currency: currency) }

    /// `amount × percent / 100`, rounded half up; percent may carry decimals as basis points.
    public func percentage(basisPoints: Int) -> Money {
        Money(cents: Self.roundedShare(of: cents, basisPoints: basisPoints), currency: currency)
    }

    /// Integer share of `cents` at `basisPoints` (1 % = 100 bp), rounded half away from zero.
    public static func roundedShare(of cents: Int, basisPoints: Int) -> Int {
        let product = cents * basisPoints
        let half = product >= 0 ? 5_000 : -5_000
        return (product + half) / 10_000
    }

    public var description: String { MoneyFormatter.format(self) }
}
