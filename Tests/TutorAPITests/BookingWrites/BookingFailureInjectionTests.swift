import Foundation
import GraphQLEngine
import PostgresNIO
import Testing
import TutorDomain
import TutorStore
import TutorTestSupport

@testable import TutorAPI

/// A payment processor outage or a failing outbox in the middle of a booking mutation, seen through GraphQL: the
/// client gets a generic INTERNAL_SERVER_ERROR with nothing of the cause, and every count and sum is as before.
@Suite("Booking mutations under failure")
struct BookingFailureInjectionTests {
    /// Expects `response` to be one masked internal error for `mutation`: no data, no SQL, no processor detail, while
    /// the log holds the injected `cause` (the processor's outage, or the database error of the refusing trigger),
    /// proving the write failed where the test broke it.
    static func expectMasked(
        _ response: APIResponse, _ mutation: String, cause: String, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        #expect(response.onlyErrorCode == .internalServerError, "\(response.json)", sourceLocation: sourceLocation)
        let message = response.result.errors.first?.message ?? ""
        #expect(message == "Internal server error", sourceLocation: sourceLocation)
        for secret in ["outage", "card_declined", "acquirer", "outbox", "unavailable", "SQL", "plpgsql"] {
            #expect(!response.json.contains(secret), "\(secret) leaked: \(response.json)", sourceLocation: sourceLocation)
        }
        #expect(response.value(mutation) == nil || response.isNull(mutation), sourceLocation: sourceLocation)
        #expect(
            response.internalErrors.contains { $0.contains(cause) }, "\(response.internalErrors)", sourceLocation: sourceLocation)
    }

    /// Snapshots the database, runs `mutation`, and expects a masked failure from `cause` that changed nothing.
    static func expectFailureChangesNothing(
        _ fixture: BookingWriteFixture, _ mutation: String, cause: String = "outage",
        sourceLocation: SourceLocation = #_sourceLocation, _ run: () async throws -> APIResponse
    ) async throws {
        let before = try await LedgerSnapshot.take(fixture.harness.client)
        expectMasked(try await run(), mutation, cause: cause, sourceLocation: sourceLocation)
        #expect(try await LedgerSnapshot.take(fixture.harness.client) == before, sourceLocation: sourceLocation)
    }

    @Test("requestBooking for an auto-confirming tutor whose authorization fails: no booking, payment, event or notice")
    func requestAuthorizationFails() async throws {
        try await BookingWriteFixture.run(paymentProvider: FailingPaymentProvider(failing: .authorize)) { fixture in
            try await fixture.autoConfirm()
            try await Self.expectFailureChangesNothing(fixture, "requestBooking") { try await fixture.requestBooking() }
        }
    }

    @Test("acceptBooking whose authorization fails leaves the request as it was")
    func acceptAuthorizationFails() async throws {
        try await BookingWriteFixture.run(paymentProvider: FailingPaymentProvider(failing: .authorize)) { fixture in
            let booking = try await fixture.requestedBooking()
            try await Self.expectFailureChangesNothing(fixture, "acceptBooking") {
                try await fixture.act("acceptBooking", on: booking, as: fixture.tutor.viewer)
            }
        }
    }

    @Test("cancelBooking: the tutor's void failing, or the late student's capture failing, changes nothing")
    func cancelMoneyFails() async throws {
        try await BookingWriteFixture.run(paymentProvider: FailingPaymentProvider(failing: .void)) { fixture in
            let booking = try await fixture.scheduledBooking(hoursAhead: 10)
            try await Self.expectFailureChangesNothing(fixture, "cancelBooking") {
                try await fixture.act("cancelBooking", on: booking, as: fixture.tutor.viewer)
            }
        }
        try await BookingWriteFixture.run(paymentProvider: FailingPaymentProvider(failing: .capture)) { fixture in
            let booking = try await fixture.scheduledBooking(hoursAhead: 10)
            try await Self.expectFailureChangesNothing(fixture, "cancelBooking") {
                try await fixture.act("cancelBooking", on: booking, as: fixture.student.viewer)
            }
        }
    }

    @Test("endSession NO_SHOW_TUTOR and the student's markNoShow with the refund failing: still active, nothing charged")
    func noShowRefundFails() async throws {
        try await BookingWriteFixture.run(paymentProvider: FailingPaymentProvider(failing: .refund)) { fixture in
            let booking = try await fixture.activeBooking()
            try await Self.expectFailureChangesNothing(fixture, "endSession") {
                try await fixture.act(
                    "endSession", on: booking, as: fixture.tutor.viewer, inputType: "EndSessionInput",
                    extra: ["outcome": .string("NO_SHOW_TUTOR")])
            }
            try await Self.expectFailureChangesNothing(fixture, "markNoShow") {
                try await fixture.act("markNoShow", on: booking, as: fixture.student.viewer)
            }
        }
    }

    @Test("resolveDispute refunding in full with the refund failing: the dispute stays open and the money captured")
    func disputeRefundFails() async throws {
        try await BookingWriteFixture.run(paymentProvider: FailingPaymentProvider(failing: .refund)) { fixture in
            let booking = try await fixture.activeBooking()
            _ = try await fixture.act(
                "endSession", on: booking, as: fixture.tutor.viewer, inputType: "EndSessionInput",
                extra: ["outcome": .string("COMPLETED")])
            let opened = try await fixture.act(
                "openDispute", on: booking, as: fixture.student.viewer, inputType: "OpenDisputeInput",
                extra: ["reason": .string("Cut short.")])
            try #require(opened.result.errors.isEmpty, "\(opened.json)")
            let admin = try await fixture.harness.createUser(.admin)
            try await Self.expectFailureChangesNothing(fixture, "resolveDispute") {
                try await fixture.act(
                    "resolveDispute", on: booking, as: admin.viewer, inputType: "ResolveDisputeInput",
                    extra: ["decision": .string("REFUND_FULL"), "note": .string("Refunded.")])
            }
        }
    }

    @Test("the outbox refusing its insert, the last step: a request, a cancellation restoring a credit and a material all roll back")
    func outboxFails() async throws {
        try await BookingWriteFixture.run { fixture in
            let package = try await fixture.package()
            let withCredit = try await fixture.bookWithPackage(package, hoursAhead: 10)
            let paid = try await fixture.scheduledBooking(hoursAhead: 72)
            for statement: PostgresQuery in [
                """
                CREATE FUNCTION refuse_outbox() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN RAISE EXCEPTION 'outbox unavailable'; END; $$
                """,
                "CREATE TRIGGER refuse_outbox BEFORE INSERT ON outbox FOR EACH ROW EXECUTE FUNCTION refuse_outbox()",
            ] {
                _ = try await fixture.harness.client.query(statement, logger: APITestHarness.logger).collect()
            }

            try await Self.expectFailureChangesNothing(fixture, "requestBooking", cause: "PSQLError") {
                try await fixture.requestBooking(hoursAhead: 120)
            }
            try await Self.expectFailureChangesNothing(fixture, "cancelBooking", cause: "PSQLError") {
                try await fixture.act("cancelBooking", on: withCredit, as: fixture.tutor.viewer)
            }
            try await Self.expectFailureChangesNothing(fixture, "cancelBooking", cause: "PSQLError") {
                try await fixture.act("cancelBooking", on: paid, as: fixture.student.viewer)
            }
            try await Self.expectFailureChangesNothing(fixture, "addSessionMaterial", cause: "PSQLError") {
                try await SessionMaterialMutationTests.add(
                    SessionMaterialMutationTests.link, to: paid, as: fixture.tutor.viewer, in: fixture)
            }
        }
    }
}

extension BookingWriteFixture {
    /// Makes the tutor confirm requests at once, authorizing the payment while booking.
    func autoConfirm() async throws {
        _ = try await harness.scalar(
            "UPDATE tutor_profiles SET auto_confirm = true WHERE user_id = \(tutor.id) RETURNING 1", as: Int32.self)
    }

    /// A booking `hoursAhead` from now that the tutor accepted (SCHEDULED, AUTHORIZED).
    func scheduledBooking(hoursAhead: Double) async throws -> String {
        let booking = try await requestedBooking(hoursAhead: hoursAhead)
        let accepted = try await act("acceptBooking", on: booking, as: tutor.viewer)
        try #require(accepted.result.errors.isEmpty, "\(accepted.json)")
        return booking
    }

    /// A scheduled booking whose session the tutor started, the clock moved to its start.
    func activeBooking() async throws -> String {
        let booking = try await scheduledBooking(hoursAhead: 48)
        harness.clock.advance(by: 48 * 3600)
        let started = try await act("startSession", on: booking, as: tutor.viewer)
        try #require(started.result.errors.isEmpty, "\(started.json)")
        return booking
    }
}
