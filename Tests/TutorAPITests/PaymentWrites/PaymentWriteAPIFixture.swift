import Foundation
import GraphQLEngine
import PostgresNIO
import Testing
import TutorDomain
import TutorStore

@testable import TutorAPI

/// The booking-mutation marketplace plus an admin and an owner, with shortcuts to a charged session and to the two
/// staff money mutations.
struct PaymentWriteAPIFixture {
    let bookings: BookingWriteFixture
    let admin: TestUser
    let owner: TestUser

    var harness: APITestHarness { bookings.harness }

    /// Runs `body` with a fixture over a fresh database whose clock stands at `BookingWriteFixture.start`.
    static func run(_ body: (PaymentWriteAPIFixture) async throws -> Void) async throws {
        try await BookingWriteFixture.run { bookings in
            try await body(
                PaymentWriteAPIFixture(
                    bookings: bookings, admin: try await bookings.harness.createUser(.admin),
                    owner: try await bookings.harness.createUser(.owner)))
        }
    }

    /// A one-hour session `hoursAhead` from now, requested, accepted and — unless `held` is false — held and ended
    /// COMPLETED through the store (6,000 cents, charged). Returns the booking's key and its payment's global ID.
    func chargedSession(hoursAhead: Double = 48, held: Bool = true) async throws -> (bookingID: Int64, paymentID: String) {
        let store = harness.store
        let start = harness.clock.now().addingTimeInterval(hoursAhead * 3600)
        let booking = try await store.transitions.requestBooking(
            BookingRequest(
                studentUserID: bookings.student.id, tutorProfileID: try key(bookings.tutorID),
                subjectID: try key(bookings.subjectID), startTime: start, endTime: start.addingTimeInterval(3600)),
            now: harness.clock.now()
        ).bookingID
        _ = try await store.transitions.apply(
            .accept, toBooking: booking, by: .user(id: bookings.tutor.id, role: .tutor), now: harness.clock.now())
        if held {
            _ = try await store.transitions.apply(.start, toBooking: booking, by: .system, now: start)
            _ = try await store.transitions.apply(
                .end(.completed), toBooking: booking, by: .system, now: start.addingTimeInterval(3600))
        }
        let payment = try #require(
            try await harness.scalar("SELECT id FROM payments WHERE booking_id = \(booking)", as: Int64.self))
        return (booking, GlobalID(.payment, payment).description)
    }

    /// Runs `refundPayment` with `input` as `viewer`.
    func refund(_ input: ObjectValue, as viewer: Viewer?) async throws -> APIResponse {
        try await harness.execute(
            """
            mutation Refund($input: RefundPaymentInput!) {
              refundPayment(input: $input) {
                refund { id amount { amountCents } reason note booking { paymentState } }
                payment { status refunded { amountCents } refunds { amount { amountCents } } }
                clientMutationId
              }
            }
            """,
            variables: ["input": .object(input)], as: viewer)
    }

    /// Runs `createPayout` for the fixture's tutor over `[from, to)` as `viewer`.
    func payout(from: Date, to: Date, tutorID: String? = nil, as viewer: Viewer?) async throws -> APIResponse {
        let format = ISO8601DateFormatter()
        return try await harness.execute(
            """
            mutation Pay($input: CreatePayoutInput!) {
              createPayout(input: $input) {
                payout { id tutor { id } amount { amountCents } status items { booking { id } amount { amountCents } } }
                clientMutationId
              }
            }
            """,
            variables: [
                "input": .object([
                    "tutorId": .string(tutorID ?? bookings.tutorID), "periodStart": .string(format.string(from: from)),
                    "periodEnd": .string(format.string(from: to)), "clientMutationId": .string("pay-1"),
                ])
            ],
            as: viewer)
    }

    /// Refund, payout, outbox and audit row counts, booking versions and refunded cents: equal before and after a
    /// refused mutation, they prove it wrote nothing.
    func writes() async throws -> String? {
        try await harness.scalar(
            """
            SELECT (SELECT count(*) FROM refunds) || ' ' || (SELECT count(*) FROM payouts) || ' '
                || (SELECT count(*) FROM outbox) || ' ' || (SELECT count(*) FROM audit_log) || ' '
                || (SELECT coalesce(sum(version), 0) FROM bookings) || ' '
                || (SELECT coalesce(sum(refunded_cents), 0) FROM payments)
            """, as: String.self)
    }

    /// The database key of a global ID.
    func key(_ globalID: String) throws -> Int64 { try #require(GlobalID.decode(globalID)).key }
}
