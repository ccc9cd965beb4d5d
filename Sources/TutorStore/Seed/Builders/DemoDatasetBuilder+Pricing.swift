import Foundation
import TutorDomain

extension DemoDatasetBuilder {
    /// Takes every booking's price snapshot at the moment it was requested: the option's price (a package's
    /// price per session), split by the fee tier the tutor's earnings so far put them in; then sums each
    /// tutor's lifetime earnings.
    mutating func priceBookings() {
        let byTutor = Dictionary(grouping: dataset.bookings.indices) { dataset.bookings[$0].tutor }
        for (tutor, indices) in byTutor {
            let ordered = indices.sorted { dataset.bookings[$0].createdAt < dataset.bookings[$1].createdAt }
            let before = dataset.tutors[tutor].earningsBeforeDemoCents
            for index in ordered {
                let createdAt = dataset.bookings[index].createdAt
                let earned = ordered.reduce(before) { total, other in
                    let booking = dataset.bookings[other]
                    guard booking.state.payment == .captured, let settled = booking.settledAt, settled < createdAt else { return total }
                    return total + booking.price.tutorEarningsCents
                }
                dataset.bookings[index].price = price(of: dataset.bookings[index], tutor: tutor, earnedCents: earned)
            }
            dataset.tutors[tutor].lifetimeEarningsCents = ordered.reduce(before) { total, index in
                let booking = dataset.bookings[index]
                return booking.state.payment == .captured ? total + booking.price.tutorEarningsCents : total
            }
        }
    }

    private func price(of booking: DemoBooking, tutor: Int, earnedCents: Int) -> DemoPrice {
        let option = dataset.pricingOptions[booking.pricingOption]
        let cents = option.priceCents / option.sessionsIncluded
        let split = PlatformFeePolicy.breakdown(rateCents: cents, lifetimeEarningsCents: earnedCents)
        return DemoPrice(
            hourlyRateCents: dataset.tutors[tutor].hourlyRateCents, priceCents: cents,
            feeBasisPoints: split.platformFeeBasisPoints, feeCents: split.platformFeeCents
        )
    }
}
