import Foundation
import TutorDomain

extension DemoDatasetBuilder {
    /// Fortnightly payouts of captured, undisputed (or upheld) bookings that ended at least a week ago: older
    /// periods paid, the latest submitted or pending, a few failed; newer bookings wait for the next payout.
    mutating func addPayouts() {
        let fortnight = TimeInterval.days(14)
        let cutoff = clock.now.addingTimeInterval(-.days(7))
        let firstPeriodStart = Date(timeIntervalSince1970: (clock.days(-98).timeIntervalSince1970 / fortnight).rounded(.down) * fortnight)
        var periods: [(start: Date, end: Date)] = []
        var start = firstPeriodStart
        while start.addingTimeInterval(fortnight) <= cutoff {
            periods.append((start, start.addingTimeInterval(fortnight)))
            start = start.addingTimeInterval(fortnight)
        }
        let payable = dataset.bookings.indices.filter { isPayable(dataset.bookings[$0]) }
        let byTutor = Dictionary(grouping: payable) { dataset.bookings[$0].tutor }
        for tutor in byTutor.keys.sorted() {
            for (number, period) in periods.enumerated() {
                let items = byTutor[tutor, default: []].filter {
                    guard let settled = dataset.bookings[$0].settledAt else { return false }
                    return settled >= period.start && settled < period.end
                }
                guard !items.isEmpty else { continue }
                addPayout(tutor: tutor, period: period, isLatest: number == periods.count - 1, items: items)
            }
        }
    }

    private func isPayable(_ booking: DemoBooking) -> Bool {
        booking.state.payment == .captured && (booking.state.dispute == .none || booking.state.dispute == .resolvedUpheld)
    }

    private mutating func addPayout(tutor: Int, period: (start: Date, end: Date), isLatest: Bool, items: [Int]) {
        let failed = !isLatest && random.chance(0.04)
        let status = isLatest ? random.pick(["PENDING", "SUBMITTED"]) : (failed ? "FAILED" : "PAID")
        let submittedAt: Date? = status == "PENDING" ? nil : period.end.addingTimeInterval(.days(1))
        let payout = dataset.payouts.count
        var total = 0
        for index in items {
            let earnings = dataset.bookings[index].price.tutorEarningsCents
            dataset.payoutItems.append(DemoPayoutItem(payout: payout, booking: index, amountCents: earnings))
            total += earnings
        }
        dataset.payouts.append(
            DemoPayout(
                tutor: tutor, periodStart: period.start, periodEnd: period.end, amountCents: total, status: status,
                submittedAt: submittedAt, paidAt: status == "PAID" ? period.end.addingTimeInterval(.days(3)) : nil,
                failureReason: failed ? "The bank rejected the transfer: account closed." : nil
            )
        )
    }
}
