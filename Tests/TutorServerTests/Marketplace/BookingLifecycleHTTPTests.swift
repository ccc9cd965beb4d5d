import Foundation
import GraphQLEngine
import PostgresNIO
import Testing

/// Every booking mutation end to end over HTTP, one readable story per path through the state machine; each step
/// checks the booking the payload returns, and each story ends by checking the money in the database.
@Suite("Booking lifecycle over HTTP")
struct BookingLifecycleHTTPTests {
    @Test("requested, accepted, started, completed, reviewed and answered; the tutor is paid and rated")
    func completedSessionIsReviewed() async throws {
        try await MarketplaceServer.run { server in
            let tutor = try await server.seedTutor(rateCents: 6_000)
            let student = try await server.seedStudent()

            let requested = try await server.requestBooking(MarketplaceSlot(hoursAhead: 72), with: tutor, token: student.token)
            #expect(requested.string("requestBooking.booking.sessionState") == "REQUESTED", "\(requested)")
            #expect(requested.string("requestBooking.booking.paymentState") == "PENDING")
            let booking = try #require(requested.string("requestBooking.booking.id"))

            let accepted = try await server.bookingAction("acceptBooking", on: booking, token: tutor.user.token)
            #expect(accepted.string("acceptBooking.booking.sessionState") == "SCHEDULED", "\(accepted)")
            #expect(accepted.string("acceptBooking.booking.paymentState") == "AUTHORIZED")

            let started = try await server.bookingAction("startSession", on: booking, token: tutor.user.token)
            #expect(started.string("startSession.booking.sessionState") == "ACTIVE", "\(started)")

            let ended = try await server.bookingAction(
                "endSession", on: booking, inputType: "EndSessionInput", fields: ["outcome": .string("COMPLETED")],
                token: tutor.user.token)
            #expect(ended.string("endSession.booking.sessionState") == "ENDED", "\(ended)")
            #expect(ended.string("endSession.booking.sessionOutcome") == "COMPLETED")
            #expect(ended.string("endSession.booking.paymentState") == "CAPTURED")

            let reviewed = try await server.mutate(
                "createReview", "CreateReviewInput",
                ["bookingId": .string(booking), "rating": .int(4), "comment": .string("Clear and patient.")],
                select: "review { id rating comment } tutor { averageRating totalReviews }", token: student.token)
            #expect(reviewed.int("createReview.review.rating") == 4, "\(reviewed)")
            #expect(reviewed.int("createReview.tutor.totalReviews") == 1)
            let review = try #require(reviewed.string("createReview.review.id"))

            let answered = try await server.mutate(
                "respondToReview", "RespondToReviewInput", ["reviewId": .string(review), "response": .string("Thanks!")],
                select: "review { tutorResponse }", token: tutor.user.token)
            #expect(answered.string("respondToReview.review.tutorResponse") == "Thanks!", "\(answered)")

            #expect(try await server.scalar("SELECT status FROM payments", as: String.self) == "CAPTURED")
            // 20 % platform fee on $60.
            #expect(try await server.tutorEarningsCents(tutor) == 4_800)
            #expect(try await server.eventCount("ACCEPTED") == 1)
            #expect(try await server.eventCount("STARTED") == 1)
            #expect(try await server.eventCount("ENDED") == 1)
        }
    }

    @Test("a request declined, another rescheduled and cancelled: both authorizations released, nothing charged")
    func declinedRescheduledAndCancelled() async throws {
        try await MarketplaceServer.run { server in
            let tutor = try await server.seedTutor()
            let student = try await server.seedStudent()

            let first = try await server.requestBooking(MarketplaceSlot(hoursAhead: 72), with: tutor, token: student.token)
            let declined = try await server.bookingAction(
                "declineBooking", on: try #require(first.string("requestBooking.booking.id"), "\(first)"),
                fields: ["reason": .string("Away that week.")], token: tutor.user.token)
            #expect(declined.string("declineBooking.booking.sessionState") == "CANCELLED", "\(declined)")
            #expect(declined.string("declineBooking.booking.paymentState") == "VOIDED")

            let booking = try await server.scheduledBooking(MarketplaceSlot(hoursAhead: 96), with: tutor, for: student)
            let later = MarketplaceSlot(hoursAhead: 120)
            let moved = try await server.mutate(
                "rescheduleBooking", "RescheduleBookingInput", later.inputFields.merging(["bookingId": .string(booking)]),
                select: "booking { id sessionState startTime }", token: student.token)
            let movedBooking = try #require(moved.string("rescheduleBooking.booking.id"), "\(moved)")
            #expect(moved.string("rescheduleBooking.booking.sessionState") == "SCHEDULED")
            #expect(moved.date("rescheduleBooking.booking.startTime") == later.start)

            let cancelled = try await server.bookingAction(
                "cancelBooking", on: movedBooking, fields: ["reason": .string("Exam moved.")], token: student.token)
            #expect(cancelled.string("cancelBooking.booking.sessionState") == "CANCELLED", "\(cancelled)")
            #expect(cancelled.string("cancelBooking.booking.paymentState") == "VOIDED")

            let illegal = try await server.bookingAction("startSession", on: movedBooking, token: tutor.user.token)
            #expect(illegal.onlyErrorCode == "CONFLICT", "\(illegal)")
            #expect(illegal.firstErrorMessage?.contains("CANCELLED") == true)
            #expect(
                try await server.scalar("SELECT count(*) FROM payments WHERE status <> 'VOIDED'", as: Int64.self) == 0)
            #expect(try await server.tutorEarningsCents(tutor) == 0)
        }
    }

    @Test("a student no-show is charged; the student disputes it and an admin upholds the charge")
    func noShowDisputedAndUpheld() async throws {
        try await MarketplaceServer.run { server in
            let tutor = try await server.seedTutor(rateCents: 6_000)
            let student = try await server.seedStudent()
            let admin = try await server.seedAdmin()
            let booking = try await server.activeBooking(MarketplaceSlot(hoursAhead: 72), with: tutor, for: student)

            let noShow = try await server.bookingAction(
                "markNoShow", on: booking, fields: ["reason": .string("Waited 20 minutes.")], token: tutor.user.token)
            #expect(noShow.string("markNoShow.booking.sessionOutcome") == "NO_SHOW_STUDENT", "\(noShow)")
            #expect(noShow.string("markNoShow.booking.paymentState") == "CAPTURED")

            let disputed = try await server.bookingAction(
                "openDispute", on: booking, inputType: "OpenDisputeInput",
                fields: ["reason": .string("The join link never worked.")], token: student.token)
            #expect(disputed.string("openDispute.booking.disputeState") == "OPEN", "\(disputed)")

            let forbidden = try await server.bookingAction(
                "resolveDispute", on: booking, inputType: "ResolveDisputeInput",
                fields: ["decision": .string("REFUND_FULL"), "note": .string("Mine.")], token: student.token)
            #expect(forbidden.onlyErrorCode == "FORBIDDEN", "\(forbidden)")

            let upheld = try await server.bookingAction(
                "resolveDispute", on: booking, inputType: "ResolveDisputeInput",
                fields: ["decision": .string("UPHOLD"), "note": .string("The link worked for the tutor.")],
                token: admin.token)
            #expect(upheld.string("resolveDispute.booking.disputeState") == "RESOLVED_UPHELD", "\(upheld)")
            #expect(upheld.string("resolveDispute.booking.paymentState") == "CAPTURED")
            #expect(try await server.scalar("SELECT count(*) FROM refunds", as: Int64.self) == 0)
            #expect(try await server.tutorEarningsCents(tutor) == 4_800)
        }
    }

    @Test("signed out, a booking mutation is UNAUTHENTICATED; a stranger is told the booking does not exist")
    func strangersAndSignedOutCallers() async throws {
        try await MarketplaceServer.run { server in
            let tutor = try await server.seedTutor()
            let student = try await server.seedStudent()
            let stranger = try await server.seedStudent()
            let booking = try await server.scheduledBooking(MarketplaceSlot(hoursAhead: 72), with: tutor, for: student)

            let signedOut = try await server.graphQL(
                "mutation { cancelBooking(input: {bookingId: \"\(booking)\"}) { booking { id } } }")
            #expect(signedOut.isWellFormedExecutionResult)
            #expect(signedOut.onlyErrorCode == "UNAUTHENTICATED", "\(signedOut)")
            let hidden = try await server.bookingAction("cancelBooking", on: booking, token: stranger.token)
            #expect(hidden.onlyErrorCode == "NOT_FOUND", "\(hidden)")
            #expect(try await server.eventCount("CANCELLED") == 0)
        }
    }
}
