import Foundation
import TutorDomain

extension DemoDatasetBuilder {
    /// Payment states in which a booking holds or has spent a package credit; voided and refunded bookings gave
    /// theirs back.
    static let creditConsumingPayments: Set<PaymentState> = [.pending, .authorized, .captured]

    /// Packages for the pairs that book most: some still active, some exhausted, some expired. Each takes the
    /// pair's 60-minute bookings inside its validity, and `sessions_used` counts those holding a credit.
    mutating func addPackages() {
        let targets = ["exhausted", "active", "active", "expired"]
        var rank = 0
        for pair in pairsByPackageCandidates() {
            guard let option = dataset.pricingOptions.indices.first(where: {
                dataset.pricingOptions[$0].tutor == dataset.relationships[pair].tutor && dataset.pricingOptions[$0].type == "package"
            }) else { continue }
            if addPackage(pair: pair, option: option, target: targets[rank % targets.count]) { rank += 1 }
            if rank == 40 { break }
        }
    }

    /// Pairs ordered by how many bookings could use a package, most first.
    private func pairsByPackageCandidates() -> [Int] {
        var counts: [Int: Int] = [:]
        for booking in dataset.bookings where isPackageCandidate(booking) {
            counts[booking.relationship, default: 0] += 1
        }
        return counts.keys.sorted { (counts[$0]!, $1) > (counts[$1]!, $0) }
    }

    /// A 60-minute lesson without a dispute (dispute refunds and package credits are kept apart).
    private func isPackageCandidate(_ booking: DemoBooking) -> Bool {
        dataset.pricingOptions[booking.pricingOption].durationMinutes == 60 && booking.state.dispute == .none
    }

    private mutating func addPackage(pair: Int, option: Int, target: String) -> Bool {
        let pricing = dataset.pricingOptions[option]
        let validity = TimeInterval.days(Double(pricing.validityDays ?? 90))
        let candidates = dataset.bookings.indices
            .filter { dataset.bookings[$0].relationship == pair && isPackageCandidate(dataset.bookings[$0]) }
            .sorted { dataset.bookings[$0].start < dataset.bookings[$1].start }
        guard let first = candidates.first else { return false }
        let purchasedAt = target == "expired"
            ? clock.now.addingTimeInterval(-validity - .days(Double(random.int(3...20))))
            : dataset.bookings[first].createdAt.addingTimeInterval(-.days(Double(random.int(1...3))))
        let expiresAt = purchasedAt.addingTimeInterval(validity)
        let limit = target == "exhausted" ? pricing.sessionsIncluded : pricing.sessionsIncluded - 1
        let package = dataset.packages.count
        var used = 0
        var linked = 0
        for index in candidates where used < limit {
            let booking = dataset.bookings[index]
            guard booking.createdAt > purchasedAt, booking.start < expiresAt else { continue }
            dataset.bookings[index].package = package
            dataset.bookings[index].pricingOption = option
            linked += 1
            if Self.creditConsumingPayments.contains(booking.state.payment) { used += 1 }
        }
        guard linked > 0 else { return false }
        let status = used == pricing.sessionsIncluded ? "exhausted" : (expiresAt < clock.now ? "expired" : "active")
        dataset.packages.append(
            DemoPackage(
                student: dataset.relationships[pair].student, tutor: dataset.relationships[pair].tutor,
                pricingOption: option, sessionsPurchased: pricing.sessionsIncluded, sessionsUsed: used,
                pricePaidCents: pricing.priceCents, purchasedAt: purchasedAt, expiresAt: expiresAt, status: status
            )
        )
        return true
    }
}
