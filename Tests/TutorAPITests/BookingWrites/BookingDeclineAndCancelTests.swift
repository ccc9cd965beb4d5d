import Foundation
import GraphQLEngine
import PostgresNIO
import Testing
import TutorDomain

@testable import TutorAPI

/// Declining and cancelling through GraphQL: who may answer a request, and the cancellation policy of DESIGN.md §5
/// (a tutor's cancellation always refunds in full; a student's only from 24 hours ahead) in money and credits.
@Suite("Booking mutations: declines and cancellations")
struct BookingDeclineAndCancelTests {
    /// The booking's four states and its payment row's status, as `session/outcome/payment/dispute:status`.
    static func states(_ booking: String, in fixture: BookingWriteFixture) async throws -> String? {
        let key = try #require(GlobalID.decode(booking)).key
        return try await fixture.harness.scalar(
            """
            SELECT b.session_state || '/' || coalesce(b.session_outcome, '-') || '/' || b.payment_state || ':'
                || coalesce((SELECT string_agg(p.status, ',') FROM payments p WHERE p.booking_id = b.id), 'no payment')
            FROM bookings b WHERE b.id = \(key)
            """, as: String.self)
    }

    /// The tutor's lifetime earnings, in cents.
    static func tutorEarnings(_ fixture: BookingWriteFixture) async throws -> Int64? {
        try await fixture.harness.scalar(
            "SELECT lifetime_earnings_cents::int8 FROM tutor_profiles WHERE user_id = \(fixture.tutor.id)", as: Int64.self)
    }

    @Test("the tutor declines a request: cancelled, not held, the pending payment voided, and a DECLINED event")
    func tutorDeclines() async throws {
        try await BookingWriteFixture.run { fixture in
            let booking = try await fixture.requestedBooking()
            #expect(try await Self.states(booking, in: fixture) == "REQUESTED/-/PENDING:PENDING")

            let declined = try await fixture.act(
                "declineBooking", on: booking, as: fixture.tutor.viewer, extra: ["reason": .string("Fully booked")])
            #expect(declined.result.errors.isEmpty, "\(declined.json)")
            #expect(declined.string("declineBooking.booking.sessionState") == "CANCELLED")
            #expect(declined.string("declineBooking.booking.sessionOutcome") == "NOT_HELD")
            #expect(declined.string("declineBooking.booking.paymentState") == "VOIDED")
            #expect(try await Self.states(booking, in: fixture) == "CANCELLED/NOT_HELD/VOIDED:VOIDED")
            let key = try #require(GlobalID.decode(booking)).key
            let event = try await fixture.harness.scalar(
                "SELECT event_type || ':' || actor_role FROM booking_events WHERE booking_id = \(key) ORDER BY id DESC LIMIT 1",
                as: String.self)
            #expect(event == "DECLINED:tutor")
        }
    }

    @Test("only the tutor answers a request: the student and staff are FORBIDDEN, a stranger NOT_FOUND, nothing changes")
    func onlyTheTutorAnswers() async throws {
        try await BookingWriteFixture.run { fixture in
            let booking = try await fixture.requestedBooking()
            let admin = try await fixture.harness.createUser(.admin)
            for name in ["declineBooking", "acceptBooking"] {
                let student = try await fixture.act(name, on: booking, as: fixture.student.viewer)
                #expect(student.onlyErrorCode == .forbidden, "\(name): \(student.json)")
                let staff = try await fixture.act(name, on: booking, as: admin.viewer)
                #expect(staff.onlyErrorCode == .forbidden, "\(name): \(staff.json)")
                let stranger = try await fixture.act(name, on: booking, as: fixture.outsider.viewer)
                #expect(stranger.onlyErrorCode == .notFound, "\(name): \(stranger.json)")
            }
            #expect(try await Self.states(booking, in: fixture) == "REQUESTED/-/PENDING:PENDING")
        }
    }

    @Test("the tutor cancelling within 24 hours refunds in full: the authorization is released and the tutor earns nothing")
    func tutorCancelsLate() async throws {
        try await BookingWriteFixture.run { fixture in
            let booking = try await fixture.requestedBooking(hoursAhead: 30)
            _ = try await fixture.act("acceptBooking", on: booking, as: fixture.tutor.viewer)
            fixture.harness.clock.advance(by: 20 * 3600)

            let cancelled = try await fixture.harness.execute(
                """
                mutation Cancel($input: BookingActionInput!) {
                  cancelBooking(input: $input) { booking { paymentState cancelledByRole cancellationReason } }
                }
                """,
                variables: ["input": .object(["bookingId": .string(booking), "reason": .string("Ill")])],
                as: fixture.tutor.viewer)
            #expect(cancelled.result.errors.isEmpty, "\(cancelled.json)")
            #expect(cancelled.string("cancelBooking.booking.cancelledByRole") == "TUTOR")
            #expect(cancelled.string("cancelBooking.booking.cancellationReason") == "Ill")
            #expect(try await Self.states(booking, in: fixture) == "CANCELLED/NOT_HELD/VOIDED:VOIDED")
            #expect(try await Self.tutorEarnings(fixture) == 0)
        }
    }

    @Test("the tutor cancelling a package booking gives the credit back")
    func tutorCancelsPackageBooking() async throws {
        try await BookingWriteFixture.run { fixture in
            let package = try await fixture.package()
            let booking = try await fixture.bookWithPackage(package, hoursAhead: 10)
            #expect(try await fixture.creditsUsed(package) == 1)
            _ = try await fixture.act("acceptBooking", on: booking, as: fixture.tutor.viewer)

            let cancelled = try await fixture.act("cancelBooking", on: booking, as: fixture.tutor.viewer)
            #expect(cancelled.string("cancelBooking.booking.sessionState") == "CANCELLED", "\(cancelled.json)")
            #expect(try await fixture.creditsUsed(package) == 0)
        }
    }

    @Test("a student cancelling within 24 hours is charged: the payment is captured and the tutor keeps their share")
    func studentCancelsLate() async throws {
        try await BookingWriteFixture.run { fixture in
            let booking = try await fixture.requestedBooking(hoursAhead: 30)
            _ = try await fixture.act("acceptBooking", on: booking, as: fixture.tutor.viewer)
            fixture.harness.clock.advance(by: 7 * 3600)

            let cancelled = try await fixture.act("cancelBooking", on: booking, as: fixture.student.viewer)
            #expect(cancelled.string("cancelBooking.booking.paymentState") == "CAPTURED", "\(cancelled.json)")
            #expect(try await Self.states(booking, in: fixture) == "CANCELLED/NOT_HELD/CAPTURED:CAPTURED")
            #expect(try await Self.tutorEarnings(fixture) == 4_800)
        }
    }

    @Test("a student's package credit comes back from 24 hours ahead, and stays spent inside them")
    func studentCancelsPackageBookings() async throws {
        try await BookingWriteFixture.run { fixture in
            let package = try await fixture.package()
            let early = try await fixture.bookWithPackage(package, hoursAhead: 48)
            let late = try await fixture.bookWithPackage(package, hoursAhead: 12)
            #expect(try await fixture.creditsUsed(package) == 2)

            _ = try await fixture.act("cancelBooking", on: early, as: fixture.student.viewer)
            #expect(try await fixture.creditsUsed(package) == 1)
            _ = try await fixture.act("acceptBooking", on: late, as: fixture.tutor.viewer)
            let cancelledLate = try await fixture.act("cancelBooking", on: late, as: fixture.student.viewer)
            #expect(cancelledLate.string("cancelBooking.booking.sessionState") == "CANCELLED", "\(cancelledLate.json)")
            #expect(try await fixture.creditsUsed(package) == 1)
        }
    }
}

extension BookingWriteFixture {
    /// A five-session package the student bought from the tutor yesterday; its global ID.
    func package() async throws -> String {
        let id = try #require(
            try await harness.scalar(
                """
                INSERT INTO student_packages (
                    student_profile_id, tutor_profile_id, sessions_purchased, sessions_remaining, price_paid_cents,
                    purchased_at, expires_at
                )
                SELECT sp.id, tp.id, 5, 5, 25000, \(harness.clock.now().addingTimeInterval(-86_400)),
                    \(harness.clock.now().addingTimeInterval(60 * 86_400))
                FROM student_profiles sp, tutor_profiles tp
                WHERE sp.user_id = \(student.id) AND tp.user_id = \(tutor.id)
                RETURNING id
                """, as: Int64.self))
        return GlobalID(.studentPackage, id).description
    }

    /// Books an hour `hoursAhead` from now with a credit of `package`; the booking's global ID.
    func bookWithPackage(_ package: String, hoursAhead: Double) async throws -> String {
        let start = harness.clock.now().addingTimeInterval(hoursAhead * 3600)
        let response = try await harness.execute(
            """
            mutation Book($input: RequestBookingInput!) { requestBooking(input: $input) { booking { id } } }
            """,
            variables: [
                "input": .object([
                    "tutorId": .string(tutorID), "subjectId": .string(subjectID), "packageId": .string(package),
                    "startTime": .string(ISO8601DateFormatter().string(from: start)),
                    "endTime": .string(ISO8601DateFormatter().string(from: start.addingTimeInterval(3600))),
                ])
            ],
            as: student.viewer)
        return try #require(response.string("requestBooking.booking.id"), "\(response.json)")
    }

    /// How many sessions of `package` are spent.
    func creditsUsed(_ package: String) async throws -> Int32? {
        let key = try #require(GlobalID.decode(package)).key
        return try await harness.scalar("SELECT sessions_used FROM student_packages WHERE id = \(key)", as: Int32.self)
    }
}
