import Foundation
import PostgresNIO
import Testing
import TutorDomain
import TutorStore
import TutorTestSupport

/// Retries, stale versions, illegal operations and strangers: each either changes nothing or is refused whole.
@Suite("Booking transition safety")
struct TransitionSafetyTests {
    @Test("a retried operation changes nothing and moves no money twice")
    func idempotentRetry() async throws {
        try await TransitionFixture.run { fixture in
            let tutor = try await fixture.tutor(autoConfirm: true)
            let student = try await fixture.student()
            let booking = try await fixture.book(student, with: tutor).bookingID
            let first = try await fixture.transitions.apply(.cancel, toBooking: booking, by: student.actor, now: fixture.now)
            let afterFirst = try await LedgerSnapshot.take(fixture)

            let retry = try await fixture.transitions.apply(
                .cancel, toBooking: booking, by: student.actor, expectedVersion: 1, now: fixture.now)
            #expect(first.changed)
            #expect(!retry.changed)
            #expect(retry.version == first.version)
            #expect(retry.state == first.state)
            #expect(try await LedgerSnapshot.take(fixture) == afterFirst)
        }
    }

    @Test("a stale expected version is a conflict naming both versions, and changes nothing")
    func versionConflict() async throws {
        try await TransitionFixture.run { fixture in
            let tutor = try await fixture.tutor()
            let tutorActor = BookingActor.user(id: tutor.userID, role: .tutor)
            let booking = try await fixture.book(try await fixture.student(), with: tutor).bookingID
            _ = try await fixture.transitions.reschedule(
                bookingID: booking, to: fixture.at(hours: 96), end: fixture.at(hours: 97), by: tutorActor, now: fixture.now)
            let before = try await LedgerSnapshot.take(fixture)

            await #expect(throws: BookingWriteError.versionConflict(expected: 1, current: 2)) {
                try await fixture.transitions.apply(
                    .accept, toBooking: booking, by: tutorActor, expectedVersion: 1, now: fixture.now)
            }
            #expect(try await LedgerSnapshot.take(fixture) == before)
        }
    }

    @Test("an illegal transition is a conflict naming the current state, and changes nothing")
    func illegalTransition() async throws {
        try await TransitionFixture.run { fixture in
            let tutor = try await fixture.tutor()
            let booking = try await fixture.book(try await fixture.student(), with: tutor).bookingID
            let before = try await LedgerSnapshot.take(fixture)

            let error = await #expect(throws: BookingWriteError.self) {
                try await fixture.transitions.apply(.end(.completed), toBooking: booking, by: .system, now: fixture.now)
            }
            #expect(error == .illegalTransition(operation: "end", current: BookingState(session: .requested, payment: .pending)))
            #expect(error?.description == "Cannot end a booking that is REQUESTED/PENDING.")
            #expect(try await LedgerSnapshot.take(fixture) == before)
        }
    }

    @Test("someone outside the booking is refused; a missing booking is not found")
    func strangers() async throws {
        try await TransitionFixture.run { fixture in
            let tutor = try await fixture.tutor()
            let booking = try await fixture.book(try await fixture.student(), with: tutor).bookingID
            let stranger = try await fixture.student()

            await #expect(throws: BookingWriteError.notAParticipant) {
                try await fixture.transitions.apply(.cancel, toBooking: booking, by: stranger.actor, now: fixture.now)
            }
            await #expect(throws: BookingWriteError.bookingNotFound) {
                try await fixture.transitions.apply(.cancel, toBooking: booking + 1_000, by: stranger.actor, now: fixture.now)
            }
            let staff = try await fixture.admin()
            let cancelled = try await fixture.transitions.apply(.cancel, toBooking: booking, by: staff, now: fixture.now)
            let role = try await fixture.scalar(
                "SELECT actor_role FROM booking_events WHERE booking_id = \(booking) AND booking_version = 2", as: String.self)
            #expect(cancelled.changed)
            #expect(role == "admin")
        }
    }
}
