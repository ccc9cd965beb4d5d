import Foundation
import Logging
import PostgresNIO
import TutorServer
import TutorStore
import TutorTestSupport

/// A fresh database with the marketplace jobs over it, and the few rows the jobs act on.
struct JobsFixture {
    let client: PostgresClient
    let store: Store
    let jobs: [String: BackgroundJob]
    /// Tuesday 1 January 2030, 00:00 UTC: the instant rows are created at.
    let now = Date(timeIntervalSince1970: 1_893_456_000)

    init(client: PostgresClient) {
        self.client = client
        store = Store(database: Database(client: client, logger: .test))
        jobs = Dictionary(uniqueKeysWithValues: BackgroundJob.marketplace(store: store).map { ($0.name, $0) })
    }

    static func run(_ body: (JobsFixture) async throws -> Void) async throws {
        try await TestDatabase.withFreshDatabase { client, _ in try await body(JobsFixture(client: client)) }
    }

    /// `now` moved by `hours`.
    func at(hours: Double) -> Date { now.addingTimeInterval(hours * 3600) }

    /// Runs the job named `name` once, as of `instant`; returns how many items it handled.
    func run(_ name: String, at instant: Date) async throws -> Int {
        guard let job = jobs[name] else { throw FixtureMiss(what: "job \(name)") }
        return try await job.run(instant)
    }

    /// A booking of an hour starting `startsInHours` after `now`, by a new student with a new approved tutor
    /// available around the clock; returns its ID.
    func booking(startsInHours: Double = 72, autoConfirm: Bool = true) async throws -> Int64 {
        let tutorUser = try await user(role: "tutor")
        let tutor = try await value(
            """
            INSERT INTO tutor_profiles (user_id, hourly_rate_cents, profile_status, is_approved, auto_confirm)
            VALUES (\(tutorUser), 6000, 'approved', true, \(autoConfirm)) RETURNING id
            """)
        let subject = try await value("SELECT id FROM subjects ORDER BY id LIMIT 1")
        try await execute(
            "INSERT INTO tutor_subjects (tutor_profile_id, subject_id, proficiency) VALUES (\(tutor), \(subject), 'C1')")
        try await execute(
            """
            INSERT INTO tutor_availabilities (tutor_profile_id, day_of_week, start_time, end_time)
            SELECT \(tutor), day, '00:00', '24:00' FROM generate_series(0, 6) AS day
            """)
        let studentUser = try await user(role: "student")
        try await execute("INSERT INTO student_profiles (user_id) VALUES (\(studentUser))")
        let start = at(hours: startsInHours)
        return try await store.transitions.requestBooking(
            BookingRequest(
                studentUserID: studentUser, tutorProfileID: tutor, subjectID: subject, startTime: start,
                endTime: start.addingTimeInterval(3600)),
            now: now
        ).bookingID
    }

    /// A package of 4 sessions for the student and tutor of a new booking, expiring `expiresInDays` after `now`.
    func package(expiresInDays: Double) async throws -> Int64 {
        let booking = try await self.booking()
        return try await value(
            """
            INSERT INTO student_packages (
                student_profile_id, tutor_profile_id, sessions_purchased, sessions_remaining, price_paid_cents,
                purchased_at, expires_at
            )
            SELECT student_profile_id, tutor_profile_id, 4, 4, 20000, \(now.addingTimeInterval(-86_400)),
                \(now.addingTimeInterval(expiresInDays * 86_400))
            FROM bookings WHERE id = \(booking)
            RETURNING id
            """)
    }

    /// The booking's four state fields, `SESSION/OUTCOME/PAYMENT`.
    func state(of booking: Int64) async throws -> String {
        try await text(
            """
            SELECT session_state || '/' || coalesce(session_outcome, '-') || '/' || payment_state
            FROM bookings WHERE id = \(booking)
            """)
    }

    func execute(_ query: PostgresQuery) async throws {
        _ = try await client.query(query, logger: .test).collect()
    }

    func value(_ query: PostgresQuery) async throws -> Int64 {
        try await single(query, as: Int64.self)
    }

    func text(_ query: PostgresQuery) async throws -> String {
        try await single(query, as: String.self)
    }

    private func single<Value: PostgresDecodable>(_ query: PostgresQuery, as type: Value.Type) async throws -> Value {
        let rows = try await client.query(query, logger: .test).collect()
        guard let row = rows.first else { throw FixtureMiss(what: "a row from \(query.sql)") }
        return try row.decode(Value.self)
    }

    private func user(role: String) async throws -> Int64 {
        try await value(
            """
            INSERT INTO users (email, hashed_password, first_name, role)
            VALUES (\("\(role)-\(UUID().uuidString.prefix(8))@example.com"), 'x', 'Pat', \(role)) RETURNING id
            """)
    }
}

/// The fixture was asked for something that does not exist.
struct FixtureMiss: Error {
    let what: String
}
