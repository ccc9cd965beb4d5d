import Foundation
import PostgresNIO
import Testing
import TutorDomain
import TutorStore

/// A small deterministic generator (SplitMix64), so a failing randomized run can be replayed.
private struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var mixed = state
        mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
        mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
        return mixed ^ (mixed >> 31)
    }
}

/// A booking the randomized run made, with what it needs to act on it plausibly.
private struct PlayedBooking {
    let id: Int64
    let student: FixtureStudent
    let tutor: FixtureTutor
    let startsInHours: Double
}

@Suite("Ledger invariants")
struct LedgerInvariantTests {
    @Test("after 1,000 random operations every booking's money, credits and history add up")
    func randomizedRun() async throws {
        try await TransitionFixture.run { fixture in
            var random = SeededGenerator(state: 20_301)
            let tutors = [
                try await fixture.tutor(autoConfirm: true), try await fixture.tutor(),
                try await fixture.tutor(lifetimeEarningsCents: 120_000),
            ]
            var students: [FixtureStudent] = []
            var packages: [Int64: Int64] = [:]
            for index in 0..<4 {
                let student = try await fixture.student()
                students.append(student)
                packages[student.userID] = try await fixture.package(
                    student: student, tutor: tutors[index % tutors.count], sessions: 4)
            }
            let admin = try await fixture.admin()
            var bookings: [PlayedBooking] = []
            var states: [Int64: BookingState] = [:]

            for _ in 0..<1_000 {
                do {
                    if bookings.isEmpty || random.next() % 3 == 0 {
                        let student = students.randomElement(using: &random)!
                        let tutor = tutors.randomElement(using: &random)!
                        let hours = Double(Int.random(in: 30...400, using: &random))
                        let package = Bool.random(using: &random) ? packages[student.userID] : nil
                        let outcome = try await fixture.book(student, with: tutor, startsInHours: hours, packageID: package)
                        bookings.append(PlayedBooking(id: outcome.bookingID, student: student, tutor: tutor, startsInHours: hours))
                        states[outcome.bookingID] = outcome.state
                    } else {
                        let booking = bookings.randomElement(using: &random)!
                        let outcome = try await act(on: booking, in: states[booking.id]!, admin: admin, fixture, &random)
                        states[booking.id] = outcome.state
                    }
                } catch is BookingWriteError {
                    continue
                }
            }
            #expect(bookings.count > 100)
            let paymentStates = try await fixture.scalar("SELECT count(DISTINCT payment_state) FROM bookings", as: Int64.self)
            let disputes = try await fixture.scalar(
                "SELECT count(DISTINCT dispute_state) FROM bookings", as: Int64.self)
            #expect(paymentStates == 6, "the run reaches every payment state")
            #expect(disputes == 4, "the run reaches every dispute state")
            try await Self.expectInvariants(fixture)
            let baselines: [Int64: Int64] = [tutors[0].profileID: 0, tutors[1].profileID: 0, tutors[2].profileID: 120_000]
            for (tutorID, baseline) in baselines {
                let (lifetime, share) = try await Self.earnings(ofTutor: tutorID, fixture)
                #expect(lifetime == baseline + share, "tutor \(tutorID): lifetime earnings \(lifetime)")
            }
        }
    }

    /// An action on `booking` by a plausible actor at a plausible time: mostly a next step of its lifecycle from
    /// `state`, sometimes any action at all (which the store must refuse cleanly when illegal).
    private func act(
        on booking: PlayedBooking, in state: BookingState, admin: BookingActor, _ fixture: TransitionFixture,
        _ random: inout SeededGenerator
    ) async throws -> TransitionOutcome {
        let tutor = BookingActor.user(id: booking.tutor.userID, role: .tutor)
        let start = booking.startsInHours
        let outcomes = SessionOutcome.allCases
        let settlements: [DisputeSettlement] = [.uphold, .refundFull, .refundPartial(cents: Int(random.next() % 7_000))]
        let nextSteps: [UInt64] = switch (state.session, state.dispute) {
        case (.requested, _): [0, 1, 2]
        case (.scheduled, _): [3, 2]
        case (.active, _): [4]
        case (_, .none): [5]
        case (_, .open): [6]
        default: [0]
        }
        let choice = random.next() % 4 == 0 ? random.next() % 7 : nextSteps.randomElement(using: &random)!
        let (action, actor, hours): (BookingAction, BookingActor, Double) = switch choice {
        case 0: (.accept, tutor, 1)
        case 1: (.decline, tutor, 1)
        case 2: (.cancel, Bool.random(using: &random) ? booking.student.actor : tutor, start - Double(random.next() % 48))
        case 3: (.start, .system, start)
        case 4: (.end(outcomes.randomElement(using: &random)!), .system, start + 1)
        case 5: (.openDispute, booking.student.actor, start + 48)
        default:
            (.resolveDispute(settlements.randomElement(using: &random)!), admin, start + 72)
        }
        return try await fixture.transitions.apply(action, toBooking: booking.id, by: actor, now: fixture.at(hours: hours))
    }

    /// Money captured less money refunded equals what the tutor and the platform keep; payment rows match the
    /// bookings; refunds add up; credits are never negative and match the bookings holding them; every version
    /// has its event.
    private static func expectInvariants(_ fixture: TransitionFixture) async throws {
        let checks: [(String, PostgresQuery)] = [
            ("payment rows agree with bookings", """
                SELECT count(*) FROM bookings b JOIN payments p ON p.booking_id = b.id WHERE p.status <> b.payment_state
                """),
            ("bookings paid with money have exactly one payment", """
                SELECT count(*) FROM bookings b
                WHERE b.student_package_id IS NULL AND (SELECT count(*) FROM payments p WHERE p.booking_id = b.id) <> 1
                """),
            ("captured less refunded is the kept price", """
                SELECT count(*) FROM bookings b JOIN payments p ON p.booking_id = b.id
                WHERE (CASE WHEN p.captured_at IS NULL THEN 0 ELSE p.amount_cents END) - p.refunded_cents
                   <> CASE WHEN b.payment_state IN ('CAPTURED', 'PARTIALLY_REFUNDED') THEN b.price_cents - p.refunded_cents
                           ELSE 0 END
                """),
            ("refund rows add up to each payment's refunded cents", """
                SELECT count(*) FROM payments p
                WHERE p.refunded_cents <> (SELECT coalesce(sum(r.amount_cents), 0) FROM refunds r WHERE r.payment_id = p.id)
                """),
            ("credits are never negative and match the bookings holding one", """
                SELECT count(*) FROM student_packages pk
                WHERE pk.sessions_remaining < 0 OR pk.sessions_used <> (
                    SELECT count(*) FROM bookings b
                    WHERE b.student_package_id = pk.id AND b.payment_state NOT IN ('VOIDED', 'REFUNDED')
                )
                """),
            ("every version has its event", """
                SELECT count(*) FROM bookings b
                WHERE (SELECT count(*) FROM booking_events e WHERE e.booking_id = b.id) <> b.version
                   OR (SELECT max(e.booking_version) FROM booking_events e WHERE e.booking_id = b.id) <> b.version
                """),
        ]
        for (name, query) in checks {
            let violations = try await fixture.scalar(query, as: Int64.self)
            #expect(violations == 0, "\(name): \(violations) violation(s)")
        }
    }
}

extension LedgerInvariantTests {
    /// A tutor's lifetime earnings, and their share of what their bookings kept after refunds and fees.
    private static func earnings(ofTutor tutorID: Int64, _ fixture: TransitionFixture) async throws -> (Int64, Int64) {
        let rows = try await fixture.client.query(
            """
            SELECT tp.lifetime_earnings_cents, (
                SELECT coalesce(sum(k.kept - round(k.kept * b.platform_fee_pct / 100)), 0)::int8 FROM bookings b
                CROSS JOIN LATERAL (
                    SELECT CASE WHEN b.payment_state IN ('CAPTURED', 'PARTIALLY_REFUNDED')
                        THEN b.price_cents - coalesce((SELECT p.refunded_cents FROM payments p WHERE p.booking_id = b.id), 0)
                        ELSE 0 END AS kept
                ) k
                WHERE b.tutor_profile_id = tp.id
            )
            FROM tutor_profiles tp WHERE tp.id = \(tutorID)
            """, logger: testLogger
        ).collect()
        return try rows[0].decode((Int64, Int64).self)
    }
}
