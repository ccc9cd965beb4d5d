import Foundation
import PostgresNIO
import TutorDomain
import TutorStore
import TutorTestSupport

/// A tutor as the transition tests use one: approved, teaching one subject, available around the clock (UTC).
struct FixtureTutor {
    let profileID: Int64
    let userID: Int64
    let subjectID: Int64
}

/// A student account with its profile.
struct FixtureStudent {
    let profileID: Int64
    let userID: Int64

    var actor: BookingActor { .user(id: userID, role: .student) }
}

/// A fresh database with the transitions under test, and shortcuts to build the marketplace they act on.
struct TransitionFixture {
    let client: PostgresClient
    let store: Store
    let transitions: BookingTransitions
    /// The instant the tests act at, unless they move it: Tuesday 1 January 2030, 00:00 UTC.
    let now = Date(timeIntervalSince1970: 1_893_456_000)

    init(client: PostgresClient, provider: any PaymentProvider = LedgerPaymentProvider()) {
        self.client = client
        store = Store(database: Database(client: client, logger: testLogger))
        transitions = store.transitions(provider: provider)
    }

    /// Runs `body` with a fixture over a fresh database.
    static func run(_ body: (TransitionFixture) async throws -> Void) async throws {
        try await TestDatabase.withFreshDatabase { client, _ in try await body(TransitionFixture(client: client)) }
    }

    /// The same database with another payment provider.
    func with(provider: any PaymentProvider) -> TransitionFixture {
        TransitionFixture(client: client, provider: provider)
    }

    /// `now` moved by `hours`.
    func at(hours: Double) -> Date { now.addingTimeInterval(hours * 3600) }

    /// An approved tutor charging `rateCents` an hour.
    func tutor(autoConfirm: Bool = false, rateCents: Int = 6_000, lifetimeEarningsCents: Int = 0) async throws
        -> FixtureTutor
    {
        let userID = try await user(role: "tutor", firstName: "Tina")
        let profileID = try await scalar(
            """
            INSERT INTO tutor_profiles (
                user_id, hourly_rate_cents, profile_status, is_approved, auto_confirm, lifetime_earnings_cents
            ) VALUES (\(userID), \(rateCents), 'approved', true, \(autoConfirm), \(lifetimeEarningsCents)) RETURNING id
            """, as: Int64.self)
        let subjectID = try await scalar("SELECT id FROM subjects ORDER BY id LIMIT 1", as: Int64.self)
        try await execute(
            """
            INSERT INTO tutor_subjects (tutor_profile_id, subject_id, proficiency) VALUES (\(profileID), \(subjectID), 'C2')
            """)
        try await execute(
            """
            INSERT INTO tutor_availabilities (tutor_profile_id, day_of_week, start_time, end_time)
            SELECT \(profileID), day, '00:00', '24:00' FROM generate_series(0, 6) AS day
            """)
        return FixtureTutor(profileID: profileID, userID: userID, subjectID: subjectID)
    }

    /// A student account.
    func student() async throws -> FixtureStudent {
        let userID = try await user(role: "student", firstName: "Sam")
        let profileID = try await scalar(
            "INSERT INTO student_profiles (user_id) VALUES (\(userID)) RETURNING id", as: Int64.self)
        return FixtureStudent(profileID: profileID, userID: userID)
    }

    /// An admin, who settles disputes.
    func admin() async throws -> BookingActor {
        .user(id: try await user(role: "admin", firstName: "Ada"), role: .admin)
    }

    /// A package of `sessions` bought for `priceCents`, expiring `expiresInDays` after `now`.
    func package(
        student: FixtureStudent, tutor: FixtureTutor, sessions: Int = 5, priceCents: Int = 25_000,
        expiresInDays: Double = 60
    ) async throws -> Int64 {
        try await scalar(
            """
            INSERT INTO student_packages (
                student_profile_id, tutor_profile_id, sessions_purchased, sessions_remaining, price_paid_cents,
                purchased_at, expires_at
            ) VALUES (
                \(student.profileID), \(tutor.profileID), \(sessions), \(sessions), \(priceCents),
                \(now.addingTimeInterval(-86_400)), \(now.addingTimeInterval(expiresInDays * 86_400))
            ) RETURNING id
            """, as: Int64.self)
    }

    /// Books an hour with `tutor` starting `startsInHours` after `now`.
    @discardableResult
    func book(
        _ student: FixtureStudent, with tutor: FixtureTutor, startsInHours: Double = 72, minutes: Double = 60,
        packageID: Int64? = nil
    ) async throws -> TransitionOutcome {
        let start = at(hours: startsInHours)
        return try await transitions.requestBooking(
            BookingRequest(
                studentUserID: student.userID, tutorProfileID: tutor.profileID, subjectID: tutor.subjectID,
                startTime: start, endTime: start.addingTimeInterval(minutes * 60), packageID: packageID),
            now: now)
    }

    /// Runs a statement for its effect.
    func execute(_ query: PostgresQuery) async throws {
        _ = try await client.query(query, logger: testLogger).collect()
    }

    /// The one value of a one-row, one-column query.
    func scalar<Value: PostgresDecodable & Sendable>(_ query: PostgresQuery, as type: Value.Type) async throws -> Value {
        try await client.query(query, logger: testLogger).singleValue(Value.self)
    }

    /// Every row of a one-column query.
    func column<Value: PostgresDecodable & Sendable>(_ query: PostgresQuery, as type: Value.Type) async throws -> [Value] {
        var values: [Value] = []
        for try await value in try await client.query(query, logger: testLogger).decode(Value.self) { values.append(value) }
        return values
    }

    private func user(role: String, firstName: String) async throws -> Int64 {
        try await scalar(
            """
            INSERT INTO users (email, hashed_password, first_name, last_name, role)
            VALUES (\("\(role)-\(UUID().uuidString.prefix(8))@example.com"), 'not-a-real-hash', \(firstName), 'Test', \(role))
            RETURNING id
            """, as: Int64.self)
    }
}

extension LedgerSnapshot {
    /// The figures of the fixture's database.
    static func take(_ fixture: TransitionFixture) async throws -> LedgerSnapshot {
        try await take(fixture.client)
    }
}
