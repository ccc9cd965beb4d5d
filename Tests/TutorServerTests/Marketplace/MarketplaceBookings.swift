import Foundation
import GraphQLEngine
import Testing

/// One-hour session slots on the hour, counted from the current hour: the server runs on the real clock.
struct MarketplaceSlot: Sendable {
    let start: Date
    var end: Date { start.addingTimeInterval(3600) }

    /// The slot starting `hours` after the start of the current hour; 48 or more leaves room for free cancelling
    /// and rescheduling (24 h) however long the test takes.
    init(hoursAhead hours: Int, from now: Date = Date()) {
        let hour = (now.timeIntervalSince1970 / 3600).rounded(.down) * 3600
        start = Date(timeIntervalSince1970: hour + Double(hours) * 3600)
    }

    /// The slot starting at `hour`:00 UTC, `days` days after today (UTC).
    init(daysAhead days: Int, atHourUTC hour: Int, from now: Date = Date()) {
        let midnight = (now.timeIntervalSince1970 / 86_400).rounded(.down) * 86_400
        start = Date(timeIntervalSince1970: midnight + Double(days * 86_400 + hour * 3600))
    }

    /// `start` and `end` as `DateTime` input values.
    var inputFields: ObjectValue {
        ["startTime": .string(start.ISO8601Format()), "endTime": .string(end.ISO8601Format())]
    }
}

/// The booking mutations as a client sends them.
extension MarketplaceServer {
    /// What every test reads back from a `BookingPayload`.
    static let bookingPayloadFields =
        "booking { id version sessionState sessionOutcome paymentState disputeState } clientMutationId"

    /// `requestBooking` for `slot` with `tutor`, paying with `packageID`'s credit when given, as the token's user.
    func requestBooking(
        _ slot: MarketplaceSlot, with tutor: SeededTutor, packageID: String? = nil, token: String
    ) async throws -> MarketplaceResponse {
        var input = slot.inputFields
        input["tutorId"] = .string(tutor.globalID)
        input["subjectId"] = .string(tutor.subjectGlobalID)
        if let packageID { input["packageId"] = .string(packageID) }
        return try await mutate(
            "requestBooking", "RequestBookingInput", input, select: Self.bookingPayloadFields, token: token)
    }

    /// Booking mutation `name` on `bookingID` with `fields` added to its input, as the token's user.
    func bookingAction(
        _ name: String, on bookingID: String, inputType: String = "BookingActionInput", fields: ObjectValue = [:],
        token: String
    ) async throws -> MarketplaceResponse {
        var input = fields
        input["bookingId"] = .string(bookingID)
        return try await mutate(name, inputType, input, select: Self.bookingPayloadFields, token: token)
    }
}

/// Bookings brought to the state a race starts from, through the API as their parties would.
extension MarketplaceServer {
    /// A booking `student` requested for `slot` and `tutor` accepted: SCHEDULED, the payment AUTHORIZED.
    func scheduledBooking(_ slot: MarketplaceSlot, with tutor: SeededTutor, for student: SeededUser) async throws -> String {
        let requested = try await requestBooking(slot, with: tutor, token: student.token)
        let bookingID = try #require(requested.string("requestBooking.booking.id"), "\(requested)")
        let accepted = try await bookingAction("acceptBooking", on: bookingID, token: tutor.user.token)
        try #require(accepted.string("acceptBooking.booking.paymentState") == "AUTHORIZED", "\(accepted)")
        return bookingID
    }

    /// A scheduled booking whose session the tutor started: ACTIVE, the payment still AUTHORIZED.
    func activeBooking(_ slot: MarketplaceSlot, with tutor: SeededTutor, for student: SeededUser) async throws -> String {
        let bookingID = try await scheduledBooking(slot, with: tutor, for: student)
        let started = try await bookingAction("startSession", on: bookingID, token: tutor.user.token)
        try #require(started.string("startSession.booking.sessionState") == "ACTIVE", "\(started)")
        return bookingID
    }

    /// An active booking the tutor ended as COMPLETED: ENDED, the payment CAPTURED.
    func completedBooking(_ slot: MarketplaceSlot, with tutor: SeededTutor, for student: SeededUser) async throws -> String {
        let bookingID = try await activeBooking(slot, with: tutor, for: student)
        let ended = try await bookingAction(
            "endSession", on: bookingID, inputType: "EndSessionInput", fields: ["outcome": .string("COMPLETED")],
            token: tutor.user.token)
        try #require(ended.string("endSession.booking.paymentState") == "CAPTURED", "\(ended)")
        return bookingID
    }
}
