import Foundation
import GraphQLEngine
import PostgresNIO
import Testing

/// Issue 5's races for money going back, fired as 50 simultaneous HTTP requests at the real server.
///
/// Booking writes are idempotent by contract (the state machine treats a repeat of an applied operation as a
/// no-op), so every racer is told the booking's final state and none is refused; what must hold is that the
/// money moved once: one event, one void, one credit restored, one refund row.
@Suite("Settlement races over HTTP")
struct SettlementRaceHTTPTests {
    @Test("50 cancels of one paid booking at once: cancelled once, the authorization voided once, nothing refunded")
    func fiftyCancelsOfAPaidBooking() async throws {
        try await MarketplaceServer.run { server in
            let tutor = try await server.seedTutor()
            let student = try await server.seedStudent()
            let booking = try await server.scheduledBooking(MarketplaceSlot(hoursAhead: 72), with: tutor, for: student)

            let responses = try await server.concurrently(50) { _ in
                try await server.bookingAction("cancelBooking", on: booking, token: student.token)
            }

            #expect(responses.allSatisfy { $0.isWellFormedExecutionResult && $0.errors.isEmpty })
            #expect(Set(responses.map { $0.string("cancelBooking.booking.sessionState") }) == ["CANCELLED"])
            #expect(Set(responses.map { $0.string("cancelBooking.booking.paymentState") }) == ["VOIDED"])
            #expect(Set(responses.map { $0.int("cancelBooking.booking.version") }).count == 1)
            #expect(try await server.eventCount("CANCELLED") == 1)
            #expect(try await server.scalar("SELECT status FROM payments", as: String.self) == "VOIDED")
            #expect(try await server.scalar("SELECT count(*) FROM refunds", as: Int64.self) == 0)
        }
    }

    @Test("50 cancels of one package booking at once: the credit comes back exactly once")
    func fiftyCancelsOfAPackageBooking() async throws {
        try await MarketplaceServer.run { server in
            let tutor = try await server.seedTutor()
            let student = try await server.seedStudent()
            let package = try await server.seedPackage(for: student, with: tutor, sessions: 2)
            let requested = try await server.requestBooking(
                MarketplaceSlot(hoursAhead: 72), with: tutor, packageID: package, token: student.token)
            let booking = try #require(requested.string("requestBooking.booking.id"), "\(requested)")
            #expect(try await server.credits() == "1/1 active")

            let responses = try await server.concurrently(50) { _ in
                try await server.bookingAction("cancelBooking", on: booking, token: student.token)
            }

            #expect(responses.allSatisfy { $0.isWellFormedExecutionResult && $0.errors.isEmpty })
            #expect(try await server.eventCount("CANCELLED") == 1)
            #expect(try await server.credits() == "0/2 active")
        }
    }

    @Test("50 no-show reports by the student at once: one refund of the full price, the payment REFUNDED once")
    func fiftyNoShowReports() async throws {
        try await MarketplaceServer.run { server in
            let tutor = try await server.seedTutor(rateCents: 6_000)
            let student = try await server.seedStudent()
            let booking = try await server.activeBooking(MarketplaceSlot(hoursAhead: 72), with: tutor, for: student)

            let responses = try await server.concurrently(50) { _ in
                try await server.bookingAction("markNoShow", on: booking, token: student.token)
            }

            #expect(responses.allSatisfy { $0.isWellFormedExecutionResult && $0.errors.isEmpty })
            #expect(Set(responses.map { $0.string("markNoShow.booking.sessionOutcome") }) == ["NO_SHOW_TUTOR"])
            #expect(try await server.scalar("SELECT count(*) FROM refunds", as: Int64.self) == 1)
            #expect(
                try await server.scalar("SELECT reason || ' ' || amount_cents FROM refunds", as: String.self)
                    == "NO_SHOW_TUTOR 6000")
            #expect(
                try await server.scalar("SELECT status || ' ' || refunded_cents FROM payments", as: String.self)
                    == "REFUNDED 6000")
            #expect(try await server.eventCount("ENDED") == 1)
        }
    }

    @Test("50 full-refund resolutions of one dispute at once: one refund row, the tutor's earnings back to zero")
    func fiftyDisputeRefunds() async throws {
        try await MarketplaceServer.run { server in
            let tutor = try await server.seedTutor(rateCents: 6_000)
            let student = try await server.seedStudent()
            let admin = try await server.seedAdmin()
            let booking = try await server.completedBooking(MarketplaceSlot(hoursAhead: 72), with: tutor, for: student)
            let disputed = try await server.bookingAction(
                "openDispute", on: booking, inputType: "OpenDisputeInput", fields: ["reason": .string("Left early.")],
                token: student.token)
            #expect(disputed.string("openDispute.booking.disputeState") == "OPEN", "\(disputed)")
            #expect(try await server.tutorEarningsCents(tutor) > 0)

            let responses = try await server.concurrently(50) { _ in
                try await server.bookingAction(
                    "resolveDispute", on: booking, inputType: "ResolveDisputeInput",
                    fields: ["decision": .string("REFUND_FULL"), "note": .string("Refunded.")], token: admin.token)
            }

            #expect(responses.allSatisfy { $0.isWellFormedExecutionResult && $0.errors.isEmpty })
            #expect(Set(responses.map { $0.string("resolveDispute.booking.disputeState") }) == ["RESOLVED_REFUNDED"])
            #expect(try await server.scalar("SELECT count(*) FROM refunds", as: Int64.self) == 1)
            #expect(
                try await server.scalar("SELECT status || ' ' || refunded_cents FROM payments", as: String.self)
                    == "REFUNDED 6000")
            #expect(try await server.eventCount("DISPUTE_RESOLVED") == 1)
            #expect(try await server.tutorEarningsCents(tutor) == 0)
        }
    }

    @Test("50 reviews of one completed session at once: one review, counted once in the tutor's rating")
    func fiftyReviewsOfOneSession() async throws {
        try await MarketplaceServer.run { server in
            let tutor = try await server.seedTutor()
            let student = try await server.seedStudent()
            let booking = try await server.completedBooking(MarketplaceSlot(hoursAhead: 72), with: tutor, for: student)

            let responses = try await server.concurrently(50) { index in
                try await server.graphQL(
                    """
                    mutation Review($input: CreateReviewInput!) {
                      createReview(input: $input) { review { rating } tutor { averageRating totalReviews } }
                    }
                    """,
                    variables: ["input": .object(["bookingId": .string(booking), "rating": .int(index % 5 + 1)])],
                    token: student.token)
            }

            #expect(responses.allSatisfy { $0.isWellFormedExecutionResult })
            let accepted = try #require(responses.filter { $0.errors.isEmpty }.only, "\(responses.filter { $0.errors.isEmpty })")
            let refused = responses.filter { $0.onlyErrorCode == "CONFLICT" }
            #expect(refused.count == 49)
            #expect(refused.allSatisfy { $0.firstErrorMessage == "This booking already has its review." })
            let rating = try #require(accepted.int("createReview.review.rating"))
            #expect(accepted.int("createReview.tutor.totalReviews") == 1)
            #expect(accepted.value("createReview.tutor.averageRating")?.doubleValue == Double(rating))
            #expect(try await server.scalar("SELECT count(*) FROM reviews", as: Int64.self) == 1)
            #expect(
                try await server.scalar(
                    "SELECT total_reviews || ' ' || average_rating::float8 FROM tutor_profiles WHERE id = \(tutor.profileID)",
                    as: String.self) == "1 \(rating)")
        }
    }
}
