import Foundation
import PostgresNIO
import Testing
import TutorDomain
import TutorStore

/// Fifty staff writes at once on one payment or one tutor, each in its own transaction on a pool of real connections.
@Suite("Staff money writes under concurrency")
struct PaymentWriteConcurrencyTests {
    @Test("50 refunds of the same remainder at once: exactly one returns the money, the others see it REFUNDED")
    func racingFullRefunds() async throws {
        try await ConcurrencyTests.withWidePool { fixture in
            let tutor = try await fixture.tutor(autoConfirm: true)
            let student = try await fixture.student()
            let staff = try await fixture.staff()
            let booking = try await fixture.capturedBooking(student, with: tutor)
            let payment = try await fixture.paymentID(ofBooking: booking)

            let results = await withTaskGroup(of: Result<RefundReceipt, any Error>.self) { group in
                for _ in 0..<50 {
                    group.addTask { await Result(catching: { try await fixture.refund(payment, by: staff) }) }
                }
                return await group.reduce(into: []) { $0.append($1) }
            }
            #expect(results.filter { (try? $0.get()) != nil }.count == 1)
            #expect(results.filter { $0.failure as? PaymentRefundError == .notRefundable(status: .refunded) }.count == 49)
            let refunds = try await fixture.scalar(
                "SELECT count(*) || ' ' || sum(amount_cents) FROM refunds WHERE payment_id = \(payment)", as: String.self)
            #expect(refunds == "1 6000")
            #expect(try await fixture.bookingPayment(booking) == "REFUNDED 4")
            #expect(try await fixture.earnings(of: tutor) == 0)
        }
    }

    @Test("50 one-dollar refunds at once: every one lands once, and the refunds, versions and earnings add up")
    func racingPartialRefunds() async throws {
        try await ConcurrencyTests.withWidePool { fixture in
            let tutor = try await fixture.tutor(autoConfirm: true, rateCents: 10_000)
            let student = try await fixture.student()
            let staff = try await fixture.staff()
            let booking = try await fixture.capturedBooking(student, with: tutor)
            let payment = try await fixture.paymentID(ofBooking: booking)

            let succeeded = await withTaskGroup(of: Bool.self) { group in
                for _ in 0..<50 {
                    group.addTask { (try? await fixture.refund(payment, cents: 100, by: staff)) != nil }
                }
                return await group.reduce(0) { $0 + ($1 ? 1 : 0) }
            }
            #expect(succeeded == 50)
            let refunded = try await fixture.scalar("SELECT refunded_cents FROM payments WHERE id = \(payment)", as: Int64.self)
            #expect(refunded == 5_000)
            #expect(try await fixture.bookingPayment(booking) == "PARTIALLY_REFUNDED 53")
            #expect(try await fixture.earnings(of: tutor) == 4_000, "the tutor keeps 80 % of the 5,000 cents still charged")
        }
    }

    @Test("50 payouts of one tutor at once over overlapping periods: each booking is paid exactly once")
    func racingPayouts() async throws {
        try await ConcurrencyTests.withWidePool { fixture in
            let tutor = try await fixture.tutor(autoConfirm: true)
            let student = try await fixture.student()
            let staff = try await fixture.staff()
            var bookings: [Int64] = []
            for index in 0..<10 {
                bookings.append(try await fixture.capturedBooking(student, with: tutor, startsInHours: 72 + Double(index) * 10))
            }
            let payAt = 200 + 31 * 24.0

            let results = await withTaskGroup(of: Result<PayoutRow, any Error>.self) { group in
                for index in 0..<50 {
                    group.addTask {
                        await Result(catching: {
                            try await fixture.payout(tutor, fromHours: Double(index % 10) * 10, by: staff, atHours: payAt)
                        })
                    }
                }
                return await group.reduce(into: []) { $0.append($1) }
            }
            let payouts = results.compactMap { try? $0.get() }
            #expect(!payouts.isEmpty)
            #expect(results.allSatisfy { $0.failure == nil || $0.failure is PayoutError })
            let items = try await fixture.column("SELECT booking_id FROM payout_items ORDER BY booking_id", as: Int64.self)
            #expect(items == bookings, "every booking paid, none twice")
            #expect(payouts.reduce(0) { $0 + $1.amount.cents } == 10 * 4_800)
            #expect(try await fixture.scalar("SELECT sum(amount_cents)::int8 FROM payouts", as: Int64.self) == 48_000)
        }
    }
}
