import Foundation
import GraphQLEngine
import Testing
import TutorDomain

@Suite("Booking mutations: rescheduling and disputes")
struct BookingRescheduleAndDisputeTests {
    @Test("the student moves a scheduled booking more than 24 hours ahead; its state stays SCHEDULED")
    func reschedule() async throws {
        try await BookingWriteFixture.run { fixture in
            let booking = try await fixture.requestedBooking(hoursAhead: 72)
            _ = try await fixture.act("acceptBooking", on: booking, as: fixture.tutor.viewer)
            let moved = try await fixture.harness.execute(
                """
                mutation Move($input: RescheduleBookingInput!) {
                  rescheduleBooking(input: $input) { booking { id sessionState startTime endTime } clientMutationId }
                }
                """,
                variables: [
                    "input": .object([
                        "bookingId": .string(booking), "startTime": .string("2030-01-06T10:00:00Z"),
                        "endTime": .string("2030-01-06T11:00:00Z"), "clientMutationId": .string("move-1"),
                    ])
                ],
                as: fixture.student.viewer)
            #expect(moved.result.errors.isEmpty, "\(moved.result.errors)")
            #expect(moved.string("rescheduleBooking.booking.id") == booking)
            #expect(moved.string("rescheduleBooking.booking.sessionState") == "SCHEDULED")
            #expect(moved.string("rescheduleBooking.booking.startTime")?.hasPrefix("2030-01-06T10:00:00") == true)
            #expect(moved.string("rescheduleBooking.clientMutationId") == "move-1")
        }
    }

    @Test("the student disputes a completed session and an admin refunds it in full")
    func disputeRefunded() async throws {
        try await BookingWriteFixture.run { fixture in
            let booking = try await fixture.requestedBooking()
            _ = try await fixture.act("acceptBooking", on: booking, as: fixture.tutor.viewer)
            fixture.harness.clock.advance(by: 48 * 3600)
            _ = try await fixture.act("startSession", on: booking, as: fixture.tutor.viewer)
            fixture.harness.clock.advance(by: 3600)
            _ = try await fixture.act(
                "endSession", on: booking, as: fixture.tutor.viewer, inputType: "EndSessionInput",
                extra: ["outcome": .string("COMPLETED")])

            let opened = try await fixture.act(
                "openDispute", on: booking, as: fixture.student.viewer, inputType: "OpenDisputeInput",
                extra: ["reason": .string("The tutor left after ten minutes.")])
            #expect(opened.result.errors.isEmpty, "\(opened.result.errors)")

            let admin = try await fixture.harness.createUser(.admin)
            let resolved = try await fixture.harness.execute(
                """
                mutation Resolve($input: ResolveDisputeInput!) {
                  resolveDispute(input: $input) { booking { disputeState paymentState } }
                }
                """,
                variables: [
                    "input": .object([
                        "bookingId": .string(booking), "decision": .string("REFUND_FULL"),
                        "note": .string("Refunded: the session was cut short."),
                    ])
                ],
                as: admin.viewer)
            #expect(resolved.result.errors.isEmpty, "\(resolved.result.errors)")
            #expect(resolved.string("resolveDispute.booking.disputeState") == "RESOLVED_REFUNDED")
            #expect(resolved.string("resolveDispute.booking.paymentState") == "REFUNDED")
        }
    }
}
