import Foundation
import GraphQLEngine
import PostgresNIO
import Testing

/// Staff money writes raced as 50 simultaneous HTTP requests: a refund and a payout must each happen once, and
/// unlike booking transitions they are not idempotent, so every other racer is refused with a CONFLICT.
@Suite("Staff money races over HTTP")
struct StaffMoneyRaceHTTPTests {
    @Test("50 full refunds of one captured payment at once: one refund row, 49 CONFLICTs naming REFUNDED")
    func fiftyRefundsOfOnePayment() async throws {
        try await MarketplaceServer.run { server in
            let tutor = try await server.seedTutor(rateCents: 6_000)
            let student = try await server.seedStudent()
            let admin = try await server.seedAdmin()
            let booking = try await server.completedBooking(MarketplaceSlot(hoursAhead: 72), with: tutor, for: student)
            let payment = try await server.paymentID(of: booking, token: admin.token)

            let responses = try await server.concurrently(50) { _ in
                try await server.mutate(
                    "refundPayment", "RefundPaymentInput", ["paymentId": .string(payment), "reason": .string("GOODWILL")],
                    select: "refund { amount { amountCents } } payment { status }", token: admin.token)
            }

            #expect(responses.allSatisfy { $0.isWellFormedExecutionResult })
            let refunded = try #require(responses.filter { $0.errors.isEmpty }.only, "\(responses.filter { $0.errors.isEmpty })")
            #expect(refunded.int("refundPayment.refund.amount.amountCents") == 6_000)
            let refused = responses.filter { $0.onlyErrorCode == "CONFLICT" }
            #expect(refused.count == 49)
            #expect(refused.allSatisfy { $0.errors.first?["extensions"]?["currentState"] == .string("REFUNDED") })
            #expect(try await server.scalar("SELECT count(*) FROM refunds", as: Int64.self) == 1)
            #expect(
                try await server.scalar("SELECT status || ' ' || refunded_cents FROM payments", as: String.self)
                    == "REFUNDED 6000")
            #expect(try await server.tutorEarningsCents(tutor) == 0)
        }
    }

    @Test("50 payouts of one tutor's period at once: one payout of the tutor's share, the booking paid once")
    func fiftyPayoutsOfOnePeriod() async throws {
        try await MarketplaceServer.run { server in
            let tutor = try await server.seedTutor(rateCents: 6_000)
            let student = try await server.seedStudent()
            let admin = try await server.seedAdmin()
            let booking = try await server.completedBooking(MarketplaceSlot(hoursAhead: 72), with: tutor, for: student)
            let period = try await server.movedIntoThePast(booking: booking)

            let responses = try await server.concurrently(50) { _ in
                try await server.createPayout(for: tutor, period: period, token: admin.token)
            }

            #expect(responses.allSatisfy { $0.isWellFormedExecutionResult })
            let paid = try #require(responses.filter { $0.errors.isEmpty }.only, "\(responses.filter { $0.errors.isEmpty })")
            #expect(paid.int("createPayout.payout.amount.amountCents") == 4_800)
            #expect(responses.filter { $0.onlyErrorCode == "CONFLICT" }.count == 49)
            #expect(try await server.scalar("SELECT count(*) FROM payouts", as: Int64.self) == 1)
            #expect(try await server.scalar("SELECT sum(amount_cents)::int8 FROM payouts", as: Int64.self) == 4_800)
        }
    }
}
