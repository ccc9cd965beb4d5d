/// How a session's price splits between the platform and the tutor.
public struct PriceBreakdown: Sendable, Hashable, Codable {
    public let rateCents: Int
    /// The fee rate in basis points (2000 = 20 %).
    public let platformFeeBasisPoints: Int
    public let platformFeeCents: Int
    public let tutorEarningsCents: Int

    /// The fee as a percentage, as `bookings.platform_fee_pct` stores it.
    public var platformFeePercent: Double { Double(platformFeeBasisPoints) / 100 }
}

/// DESIGN.md §5's fee tiers: 20 %, 15 % from $1,000 and 10 % from $5,000 of lifetime tutor earnings.
public enum PlatformFeePolicy {
    /// Lifetime-earnings thresholds (cents) and the fee from that threshold on, highest first.
    public static let tiers: [(fromEarningsCents: Int, basisPoints: Int)] = [
        (500_000, 1_000),
        (100_000, 1_500),
        (0, 2_000),
    ]

    /// The fee rate for a tutor who has earned `lifetimeEarningsCents` so far.
    public static func feeBasisPoints(lifetimeEarningsCents: Int) -> Int {
        tiers.first { lifetimeEarningsCents >= $0.fromEarningsCents }?.basisPoints ?? 2_000
    }

    /// Splits `rateCents`; the fee rounds half up and the tutor gets the exact remainder.
    public static func breakdown(rateCents: Int, lifetimeEarningsCents: Int) -> PriceBreakdown {
        let basisPoints = feeBasisPoints(lifetimeEarningsCents: lifetimeEarningsCents)
        let fee = Money.roundedShare(of: rateCents, basisPoints: basisPoints)
        return PriceBreakdown(
            rateCents: rateCents,
            platformFeeBasisPoints: basisPoints,
            platformFeeCents: fee,
            tutorEarningsCents: rateCents - fee
        )
    }

    /// The price of a session of `minutes` at an hourly rate, rounded to the cent.
    public static func sessionPrice(hourlyRateCents: Int, minutes: Int) -> Int {
        (hourlyRateCents * minutes + 30) / 60
    }
}
