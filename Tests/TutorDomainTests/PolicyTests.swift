import Testing
import TutorDomain

@Suite("Cancellation and scheduling policy")
struct PolicyTests {
    let start = Instant(secondsSinceEpoch: 1_800_000_000)

    func before(hours: Double, minutes: Double = 0, seconds: Double = 0) -> Instant {
        Instant(secondsSinceEpoch: start.secondsSinceEpoch - hours * 3600 - minutes * 60 - seconds)
    }

    @Test("a student cancelling exactly 24 h ahead gets a full refund")
    func exactly24Hours() {
        #expect(CancellationPolicy.refund(cancelledBy: .student, now: before(hours: 24), start: start) == .full)
    }

    @Test("the 5-minute grace: 23 h 55 min still refunds, a second later does not")
    func graceBoundary() {
        #expect(CancellationPolicy.refund(cancelledBy: .student, now: before(hours: 23, minutes: 55), start: start) == .full)
        #expect(
            CancellationPolicy.refund(cancelledBy: .student, now: before(hours: 23, minutes: 54, seconds: 59), start: start)
                == .none)
        #expect(CancellationPolicy.refund(cancelledBy: .student, now: before(hours: 1), start: start) == .none)
    }

    @Test("a tutor cancelling late refunds the student in full")
    func tutorCancelsLate() {
        #expect(CancellationPolicy.refund(cancelledBy: .tutor, now: before(hours: 1), start: start) == .full)
        #expect(CancellationPolicy.refund(cancelledBy: .tutor, now: before(hours: 23, minutes: 55), start: start) == .full)
    }

    @Test("rescheduling needs a full 24 h: no grace")
    func reschedule() {
        #expect(SchedulingPolicy.canReschedule(now: before(hours: 24), start: start))
        #expect(!SchedulingPolicy.canReschedule(now: before(hours: 23, minutes: 55), start: start))
    }

    @Test("requests expire after 24 h and disputes close after 30 days")
    func expiryAndDisputeWindow() {
        let created = before(hours: 48)
        #expect(!SchedulingPolicy.hasRequestExpired(now: created.advanced(by: .seconds(86_399)), createdAt: created))
        #expect(SchedulingPolicy.hasRequestExpired(now: created.advanced(by: .seconds(86_400)), createdAt: created))
        #expect(SchedulingPolicy.canOpenDispute(now: start.advanced(by: .seconds(30 * 86_400)), end: start))
        #expect(!SchedulingPolicy.canOpenDispute(now: start.advanced(by: .seconds(30 * 86_400 + 1)), end: start))
    }
}

@Suite("Platform fee and money")
struct FeeAndMoneyTests {
    @Test("fee tiers switch at $1,000 and $5,000 of lifetime earnings", arguments: [
        (0, 2_000), (99_999, 2_000), (100_000, 1_500), (499_999, 1_500), (500_000, 1_000), (9_000_000, 1_000),
    ])
    func tiers(earnings: Int, basisPoints: Int) {
        #expect(PlatformFeePolicy.feeBasisPoints(lifetimeEarningsCents: earnings) == basisPoints)
    }

    @Test("fee and earnings always add up to the rate, in cents")
    func breakdownAddsUp() {
        for rate in [0, 1, 2, 3, 5, 99, 4_500, 4_999, 123_457] {
            for earnings in [0, 100_000, 500_000] {
                let split = PlatformFeePolicy.breakdown(rateCents: rate, lifetimeEarningsCents: earnings)
                #expect(split.platformFeeCents + split.tutorEarningsCents == rate)
                #expect(split.platformFeeCents >= 0 && split.tutorEarningsCents >= 0)
            }
        }
        let split = PlatformFeePolicy.breakdown(rateCents: 4_500, lifetimeEarningsCents: 0)
        #expect(split.platformFeeCents == 900)
        #expect(split.tutorEarningsCents == 3_600)
        #expect(split.platformFeePercent == 20)
        // 20 % of 3 cents is 0.6: rounds half up to 1.
        #expect(PlatformFeePolicy.breakdown(rateCents: 3, lifetimeEarningsCents: 0).platformFeeCents == 1)
    }

    @Test("session prices follow the hourly rate and duration")
    func sessionPrice() {
        #expect(PlatformFeePolicy.sessionPrice(hourlyRateCents: 4_500, minutes: 60) == 4_500)
        #expect(PlatformFeePolicy.sessionPrice(hourlyRateCents: 4_500, minutes: 90) == 6_750)
        #expect(PlatformFeePolicy.sessionPrice(hourlyRateCents: 4_999, minutes: 45) == 3_749)
    }

    @Test("money formats with the currency's symbol and minor units")
    func formatting() {
        #expect(Money(cents: 4_500, currency: "USD").description == "$45.00")
        #expect(Money(cents: 123_456_789, currency: "EUR").description == "€1,234,567.89")
        #expect(Money(cents: 4_500, currency: "JPY").description == "¥4,500")
        #expect(Money(cents: -5, currency: "GBP").description == "-£0.05")
        #expect(Money(cents: 100, currency: "XYZ").description == "XYZ 1.00")
        #expect(Role.admin.isStaff && Role.owner.isStaff && !Role.tutor.isStaff)
    }
}
