import Foundation
import GraphQLEngine
import PostgresNIO
import Testing

@testable import TutorAPI

@Suite("Booking mutations through GraphQL")
struct BookingMutationTests {
    @Test("request → accept → start → end COMPLETED moves the booking through its states and captures the money")
    func fullSession() async throws {
        try await BookingWriteFixture.run { fixture in
            let requested = try await fixture.requestBooking()
            #expect(requested.result.errors.isEmpty, "\(requested.result.errors)")
            #expect(requested.string("requestBooking.booking.sessionState") == "REQUESTED")
            #expect(requested.string("requestBooking.clientMutationId") == "book-1")
            let booking = try #require(requested.string("requestBooking.booking.id"))

            let accepted = try await fixture.act("acceptBooking", on: booking, as: fixture.tutor.viewer)
            #expect(accepted.string("acceptBooking.booking.sessionState") == "SCHEDULED")
            #expect(accepted.string("acceptBooking.booking.paymentState") == "AUTHORIZED")

            fixture.harness.clock.advance(by: 48 * 3600)
            let started = try await fixture.act("startSession", on: booking, as: fixture.tutor.viewer)
            #expect(started.string("startSession.booking.sessionState") == "ACTIVE")

            fixture.harness.clock.advance(by: 3600)
            let ended = try await fixture.act(
                "endSession", on: booking, as: fixture.tutor.viewer, inputType: "EndSessionInput",
                extra: ["outcome": .string("COMPLETED"), "clientMutationId": .string("end-1")])
            #expect(ended.result.errors.isEmpty, "\(ended.result.errors)")
            #expect(ended.string("endSession.booking.sessionState") == "ENDED")
            #expect(ended.string("endSession.booking.sessionOutcome") == "COMPLETED")
            #expect(ended.string("endSession.booking.paymentState") == "CAPTURED")
            #expect(ended.string("endSession.clientMutationId") == "end-1")
        }
    }

    @Test("a student cancelling at least 24 hours ahead voids the authorization")
    func cancelAhead() async throws {
        try await BookingWriteFixture.run { fixture in
            let booking = try await fixture.requestedBooking(hoursAhead: 72)
            _ = try await fixture.act("acceptBooking", on: booking, as: fixture.tutor.viewer)
            let cancelled = try await fixture.act(
                "cancelBooking", on: booking, as: fixture.student.viewer, extra: ["reason": .string("Exam moved")])
            #expect(cancelled.result.errors.isEmpty, "\(cancelled.result.errors)")
            #expect(cancelled.string("cancelBooking.booking.sessionState") == "CANCELLED")
            #expect(cancelled.string("cancelBooking.booking.paymentState") == "VOIDED")
        }
    }

    @Test("an illegal transition is a CONFLICT naming the current state and changes nothing")
    func illegalTransition() async throws {
        try await BookingWriteFixture.run { fixture in
            let booking = try await fixture.requestedBooking()
            let bookingKey = try #require(GlobalID.decode(booking)).key
            let versionBefore = try await fixture.harness.scalar(
                "SELECT version FROM bookings WHERE id = \(bookingKey)", as: Int32.self)

            let response = try await fixture.act("startSession", on: booking, as: fixture.tutor.viewer)
            #expect(response.onlyErrorCode == .conflict)
            #expect(response.result.errors.first?.message.contains("REQUESTED") == true)
            let after = try await fixture.harness.scalar(
                "SELECT session_state || ':' || version FROM bookings WHERE id = \(bookingKey)", as: String.self)
            #expect(after == "REQUESTED:\(try #require(versionBefore))")
        }
    }

    @Test("someone who is neither party nor staff is told the booking does not exist")
    func outsider() async throws {
        try await BookingWriteFixture.run { fixture in
            let booking = try await fixture.requestedBooking()
            let response = try await fixture.act("cancelBooking", on: booking, as: fixture.outsider.viewer)
            #expect(response.onlyErrorCode == .notFound)
            #expect(response.isNull("cancelBooking") || response.result.data == .null)
        }
    }

    @Test("signed out, every booking mutation is UNAUTHENTICATED")
    func signedOut() async throws {
        try await BookingWriteFixture.run { fixture in
            let booking = try await fixture.requestedBooking()
            for name in ["acceptBooking", "declineBooking", "cancelBooking", "startSession", "markNoShow"] {
                let response = try await fixture.act(name, on: booking, as: nil)
                #expect(response.onlyErrorCode == .unauthenticated, "\(name)")
            }
            let request = try await fixture.harness.execute(
                "mutation { requestBooking(input: {tutorId: \"x\", subjectId: \"y\", startTime: \"2030-02-01T10:00:00Z\", endTime: \"2030-02-01T11:00:00Z\"}) { clientMutationId } }")
            #expect(request.onlyErrorCode == .unauthenticated)
        }
    }

    @Test("malformed or wrong-kind IDs are BAD_USER_INPUT naming the field")
    func badIDs() async throws {
        try await BookingWriteFixture.run { fixture in
            let garbage = try await fixture.act("acceptBooking", on: "not-an-id", as: fixture.tutor.viewer)
            #expect(garbage.onlyErrorCode == .badUserInput)
            #expect(garbage.errorField == "input.bookingId")

            let wrongKind = try await fixture.act("cancelBooking", on: fixture.tutorID, as: fixture.student.viewer)
            #expect(wrongKind.errorField == "input.bookingId")

            let start = "2030-01-03T10:00:00Z"
            let swapped = try await fixture.harness.execute(
                """
                mutation { requestBooking(input: {tutorId: "\(fixture.subjectID)", subjectId: "\(fixture.subjectID)",
                    startTime: "\(start)", endTime: "2030-01-03T11:00:00Z"}) { clientMutationId } }
                """, as: fixture.student.viewer)
            #expect(swapped.onlyErrorCode == .badUserInput)
            #expect(swapped.errorField == "input.tutorId")
        }
    }

    @Test("only staff resolve disputes: a student is FORBIDDEN")
    func resolveDisputeForbidden() async throws {
        try await BookingWriteFixture.run { fixture in
            let booking = try await fixture.requestedBooking()
            let response = try await fixture.act(
                "resolveDispute", on: booking, as: fixture.student.viewer, inputType: "ResolveDisputeInput",
                extra: ["decision": .string("UPHOLD"), "note": .string("Fine")])
            #expect(response.onlyErrorCode == .forbidden)
        }
    }

    @Test("a tutor reports a student no-show on an active session")
    func tutorReportsNoShow() async throws {
        try await BookingWriteFixture.run { fixture in
            let booking = try await fixture.requestedBooking()
            _ = try await fixture.act("acceptBooking", on: booking, as: fixture.tutor.viewer)
            fixture.harness.clock.advance(by: 48 * 3600)
            _ = try await fixture.act("startSession", on: booking, as: fixture.tutor.viewer)
            let response = try await fixture.act("markNoShow", on: booking, as: fixture.tutor.viewer)
            #expect(response.result.errors.isEmpty, "\(response.result.errors)")
            #expect(response.string("markNoShow.booking.sessionOutcome") == "NO_SHOW_STUDENT")
        }
    }
}
