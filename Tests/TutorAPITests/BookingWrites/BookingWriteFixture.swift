import Foundation
import GraphQLEngine
import PostgresNIO
import Testing
import TutorDomain
import TutorStore

@testable import TutorAPI

/// The marketplace the booking-mutation tests act on: an approved tutor teaching one subject around the clock,
/// their student, and a stranger to both.
struct BookingWriteFixture {
    /// Tuesday 1 January 2030, 00:00 UTC: the harness clock's start.
    static let start = Date(timeIntervalSince1970: 1_893_456_000)

    let harness: APITestHarness
    let tutor: TestUser
    let student: TestUser
    let outsider: TestUser
    let tutorID: String
    let subjectID: String

    /// Builds the marketplace in the harness's database.
    init(harness: APITestHarness) async throws {
        self.harness = harness
        tutor = try await harness.createUser(.tutor)
        student = try await harness.createUser(.student)
        outsider = try await harness.createUser(.student)
        let profileID = try #require(
            try await harness.scalar(
                """
                UPDATE tutor_profiles SET hourly_rate_cents = 6000, profile_status = 'approved', is_approved = true
                WHERE user_id = \(tutor.id) RETURNING id
                """, as: Int64.self))
        let subject = try #require(try await harness.scalar("SELECT id FROM subjects ORDER BY id LIMIT 1", as: Int64.self))
        _ = try await harness.scalar(
            """
            WITH taught AS (
                INSERT INTO tutor_subjects (tutor_profile_id, subject_id, proficiency) VALUES (\(profileID), \(subject), 'C2')
            )
            INSERT INTO tutor_availabilities (tutor_profile_id, day_of_week, start_time, end_time)
            SELECT \(profileID), day, '00:00', '24:00' FROM generate_series(0, 6) AS day RETURNING 1
            """, as: Int32.self)
        tutorID = GlobalID(.tutor, profileID).description
        subjectID = GlobalID(.subject, subject).description
    }

    /// Runs `body` with a fixture over a fresh database whose clock stands at `start`, moving money through
    /// `paymentProvider`.
    static func run(
        paymentProvider: any PaymentProvider = LedgerPaymentProvider(), _ body: (BookingWriteFixture) async throws -> Void
    ) async throws {
        try await APITestHarness.withHarness(now: start, paymentProvider: paymentProvider) { harness in
            try await body(BookingWriteFixture(harness: harness))
        }
    }

    /// The fields every test reads back from a `BookingPayload`.
    static let payloadFields = "booking { id sessionState sessionOutcome paymentState } clientMutationId"

    /// Asks for a one-hour session starting `hoursAhead` from now, as `student`; returns the response.
    func requestBooking(hoursAhead: Double = 48, as viewer: Viewer? = nil) async throws -> APIResponse {
        let startTime = harness.clock.now().addingTimeInterval(hoursAhead * 3600)
        return try await harness.execute(
            """
            mutation Book($input: RequestBookingInput!) { requestBooking(input: $input) { \(Self.payloadFields) } }
            """,
            variables: [
                "input": .object([
                    "tutorId": .string(tutorID), "subjectId": .string(subjectID),
                    "startTime": .string(ISO8601DateFormatter().string(from: startTime)),
                    "endTime": .string(ISO8601DateFormatter().string(from: startTime.addingTimeInterval(3600))),
                    "clientMutationId": .string("book-1"),
                ])
            ],
            as: viewer ?? student.viewer)
    }

    /// A requested booking's global ID.
    func requestedBooking(hoursAhead: Double = 48) async throws -> String {
        let response = try await requestBooking(hoursAhead: hoursAhead)
        return try #require(response.string("requestBooking.booking.id"), "\(response.internalErrors) \(response.result.errors)")
    }

    /// Runs booking mutation `name` taking a `BookingActionInput` (or `inputType`) on `bookingID` as `viewer`.
    func act(
        _ name: String, on bookingID: String, as viewer: Viewer?, inputType: String = "BookingActionInput",
        extra: ObjectValue = [:]
    ) async throws -> APIResponse {
        var input: ObjectValue = ["bookingId": .string(bookingID)]
        for entry in extra { input[entry.key] = entry.value }
        return try await harness.execute(
            "mutation Act($input: \(inputType)!) { \(name)(input: $input) { \(Self.payloadFields) } }",
            variables: ["input": .object(input)], as: viewer)
    }
}
