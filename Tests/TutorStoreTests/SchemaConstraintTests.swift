import Foundation
import PostgresNIO
import Testing
import TutorTestSupport

/// The schema itself refuses rows the application must never write, whatever code path tries.
@Suite("Schema constraints")
struct SchemaConstraintTests {
    /// SQLSTATEs PostgreSQL reports for each kind of refusal.
    static let checkViolation = "23514"
    static let uniqueViolation = "23505"
    static let exclusionViolation = "23P01"

    let monday = Date(timeIntervalSince1970: 1_893_456_000)  // 2030-01-01T00:00:00Z
    let hour: TimeInterval = 3_600

    @Test("a negative hourly rate is refused")
    func refusesNegativeRate() async throws {
        try await TestDatabase.withFreshDatabase { client, _ in
            let fixtures = SchemaFixtures(client: client)
            let negative = await sqlState { _ = try await fixtures.tutorProfile(rateCents: -1) }
            let free = await sqlState { _ = try await fixtures.tutorProfile(rateCents: 0) }
            #expect(negative == Self.checkViolation)
            #expect(free == nil)
        }
    }

    @Test("a booking ending before it starts is refused")
    func refusesEndBeforeStart() async throws {
        try await TestDatabase.withFreshDatabase { client, _ in
            let fixtures = SchemaFixtures(client: client)
            let tutor = try await fixtures.tutorProfile()
            let student = try await fixtures.studentProfile()
            let state = await sqlState {
                _ = try await fixtures.booking(tutor: tutor, student: student, start: monday + hour, end: monday)
            }
            #expect(state == Self.checkViolation)
        }
    }

    @Test("a rating outside 1…5 is refused")
    func refusesRatingSix() async throws {
        try await TestDatabase.withFreshDatabase { client, _ in
            let fixtures = SchemaFixtures(client: client)
            let tutor = try await fixtures.tutorProfile()
            let student = try await fixtures.studentProfile()
            let booking = try await fixtures.booking(
                tutor: tutor, student: student, start: monday, end: monday + hour, sessionState: "ENDED"
            )
            func review(rating: Int) async -> String? {
                await sqlState {
                    try await client.query(
                        """
                        INSERT INTO reviews (booking_id, tutor_profile_id, student_profile_id, rating)
                        VALUES (\(booking), \(tutor), \(student), \(rating))
                        """,
                        logger: testLogger
                    )
                }
            }
            let six = await review(rating: 6)
            let zero = await review(rating: 0)
            let five = await review(rating: 5)
            let second = await review(rating: 4)
            #expect(six == Self.checkViolation)
            #expect(zero == Self.checkViolation)
            #expect(five == nil)
            #expect(second == Self.uniqueViolation, "one review per booking")
        }
    }

    @Test("a tutor cannot be double-booked, but cancelled and back-to-back bookings are fine")
    func refusesOverlappingBookings() async throws {
        try await TestDatabase.withFreshDatabase { client, _ in
            let fixtures = SchemaFixtures(client: client)
            let tutor = try await fixtures.tutorProfile()
            let otherTutor = try await fixtures.tutorProfile()
            let student = try await fixtures.studentProfile()
            _ = try await fixtures.booking(tutor: tutor, student: student, start: monday, end: monday + hour)

            let halfHour = hour / 2
            for state in ["REQUESTED", "SCHEDULED", "ACTIVE"] {
                let overlapping = await sqlState {
                    _ = try await fixtures.booking(
                        tutor: tutor, student: student, start: monday + halfHour, end: monday + hour + halfHour,
                        sessionState: state
                    )
                }
                #expect(overlapping == Self.exclusionViolation, "\(state) overlapping a live booking")
            }
            let cancelled = await sqlState {
                _ = try await fixtures.booking(
                    tutor: tutor, student: student, start: monday + halfHour, end: monday + hour + halfHour,
                    sessionState: "CANCELLED"
                )
            }
            #expect(cancelled == nil)
            let backToBack = await sqlState {
                _ = try await fixtures.booking(tutor: tutor, student: student, start: monday + hour, end: monday + 2 * hour)
            }
            #expect(backToBack == nil)
            let otherTutorSameTime = await sqlState {
                _ = try await fixtures.booking(tutor: otherTutor, student: student, start: monday, end: monday + hour)
            }
            #expect(otherTutorSameTime == nil)
        }
    }

    @Test("a package's remaining sessions must equal purchased minus used")
    func refusesInconsistentPackage() async throws {
        try await TestDatabase.withFreshDatabase { client, _ in
            let fixtures = SchemaFixtures(client: client)
            let tutor = try await fixtures.tutorProfile()
            let student = try await fixtures.studentProfile()
            func package(purchased: Int, used: Int, remaining: Int) async -> String? {
                await sqlState {
                    try await client.query(
                        """
                        INSERT INTO student_packages (
                            student_profile_id, tutor_profile_id, sessions_purchased, sessions_used,
                            sessions_remaining, price_paid_cents
                        ) VALUES (\(student), \(tutor), \(purchased), \(used), \(remaining), 20000)
                        """,
                        logger: testLogger
                    )
                }
            }
            let inconsistent = await package(purchased: 5, used: 2, remaining: 4)
            let overused = await package(purchased: 5, used: 6, remaining: -1)
            let consistent = await package(purchased: 5, used: 2, remaining: 3)
            #expect(inconsistent == Self.checkViolation)
            #expect(overused == Self.checkViolation)
            #expect(consistent == nil)
        }
    }

    @Test("an e-mail address differing only in case is a duplicate")
    func refusesDuplicateEmailInOtherCase() async throws {
        try await TestDatabase.withFreshDatabase { client, _ in
            let fixtures = SchemaFixtures(client: client)
            _ = try await fixtures.user(email: "Ann.Lee@Example.com")
            let otherCase = await sqlState { _ = try await fixtures.user(email: "ann.lee@example.COM") }
            #expect(otherCase == Self.uniqueViolation)
        }
    }

    @Test("enumerated columns accept only their listed values")
    func refusesUnknownEnumValues() async throws {
        try await TestDatabase.withFreshDatabase { client, _ in
            let fixtures = SchemaFixtures(client: client)
            let unknownRole = await sqlState { _ = try await fixtures.user(role: "superuser") }
            #expect(unknownRole == Self.checkViolation)
            let tutor = try await fixtures.tutorProfile()
            let student = try await fixtures.studentProfile()
            let unknownState = await sqlState {
                _ = try await fixtures.booking(
                    tutor: tutor, student: student, start: monday, end: monday + hour, sessionState: "DONE"
                )
            }
            #expect(unknownState == Self.checkViolation)
        }
    }
}
