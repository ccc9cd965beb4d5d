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
            var packagePayments: [Int64] = []
            for index in 0..<4 {
                let student = try await fixture.student()
                students.append(student)
                let (package, payment) = try await fixture.paidPackage(
                    student: student, tutor: tutors[index % tutors.count], sessions: 4)
                packages[student.userID] = package
                packagePayments.append(payment)
            }
            let staff = try await fixture.staff()
            let admin = BookingActor.user(id: staff.userID, role: staff.role)
            var bookings: [PlayedBooking] = []
            var states: [Int64: BookingState] = [:]
            var paidOut: Set<Int64> = []
            var staffRefunds = 0

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
                    } else if random.next() % 8 == 0 {
                        let charged = bookings.filter { [.captured, .partiallyRefunded].contains(states[$0.id]!.payment) }
                        guard let booking = charged.randomElement(using: &random) else { continue }
                        let payment = try await fixture.column(
                            "SELECT id FROM payments WHERE booking_id = \(booking.id)", as: Int64.self
                        ).first
                        let target = random.next() % 8 == 0 ? packagePayments.randomElement(using: &random) : payment
                        guard let target else { continue }
                        let cents: Int? = Bool.random(using: &random) ? nil : Int(random.next() % 4_000)
                        let receipt = try await fixture.refund(target, cents: cents, by: staff)
                        staffRefunds += 1
                        if receipt.refund.bookingID == booking.id {
                            states[booking.id]!.payment = PaymentState(rawValue: receipt.payment.status)!
                        }
                    } else if random.next() % 8 == 0 {
                        let payable = bookings.filter { Self.isPayable(states[$0.id]!) && !paidOut.contains($0.id) }
                        guard let booking = payable.randomElement(using: &random) else { continue }
                        let payout = try await fixture.payout(
                            booking.tutor, fromHours: booking.startsInHours - Double(random.next() % 100),
                            toHours: booking.startsInHours + 2 + Double(random.next() % 200), by: staff,
                            atHours: Self.payoutHour)
                        paidOut.formUnion(
                            try await fixture.column(
                                "SELECT booking_id FROM payout_items WHERE payout_id = \(payout.id)", as: Int64.self))
                    } else {
                        let booking = bookings.randomElement(using: &random)!
                        let outcome = try await act(
                            on: booking, in: states[booking.id]!, paidOut: paidOut.contains(booking.id), admin: admin,
                            fixture, &random)
                        states[booking.id] = outcome.state
                    }
                } catch is BookingWriteError, is PaymentRefundError, is PayoutError {
                    continue
                }
            }
            #expect(bookings.count > 100)
            let paymentStates = try await fixture.scalar("SELECT count(DISTINCT payment_state) FROM bookings", as: Int64.self)
            let disputes = try await fixture.scalar(
                "SELECT count(DISTINCT dispute_state) FROM bookings", as: Int64.self)
            #expect(paymentStates == 6, "the run reaches every payment state")
            #expect(disputes == 4, "the run reaches every dispute state")
            #expect(paidOut.count >= 5, "the run pays tutors out")
            #expect(staffRefunds >= 10, "the run refunds as staff")
            try await Self.expectInvariants(fixture)
            let baselines: [Int64: Int64] = [tutors[0].profileID: 0, tutors[1].profileID: 0, tutors[2].profileID: 120_000]
            for (tutorID, baseline) in baselines {
                let (lifetime, share) = try await Self.earnings(ofTutor: tutorID, fixture)
                #expect(lifetime == baseline + share, "tutor \(tutorID): lifetime earnings \(lifetime)")
                let paid = try await fixture.scalar(
                    "SELECT coalesce(sum(amount_cents), 0)::int8 FROM payouts WHERE tutor_profile_id = \(tutorID)",
                    as: Int64.self)
                #expect(paid <= lifetime - baseline, "tutor \(tutorID): paid out \(paid) of \(lifetime - baseline) earned")
            }
        }
    }

    /// When the run pays tutors out: after every booking's dispute window has closed.
    static let payoutHour: Double = 1_200

    /// Whether a booking in `state` can be paid out once its dispute window closes.
    static func isPayable(_ state: BookingState) -> Bool {
        state.session == .ended && [.captured, .partiallyRefunded].contains(state.payment) && state.dispute != .open
    }

    /// An action on `booking` by a plausible actor at a plausible time: mostly a next step of its lifecycle from
    /// `state`, sometimes any action at all (which the store must refuse cleanly when illegal). A booking already
    /// `paidOut` is acted on after the payout, as time only moves forward.
    private func act(
        on booking: PlayedBooking, in state: BookingState, paidOut: Bool, admin: BookingActor,
        _ fixture: TransitionFixture, _ random: inout SeededGenerator
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
        let now = fixture.at(hours: paidOut ? max(hours, Self.payoutHour) : hours)
        return try await fixture.transitions.apply(action, toBooking: booking.id, by: actor, now: now)
    }

    /// Money captured less money refunded equals what the tutor and the platform keep; payment rows match the
    /// bookings; refunds add up; credits are never negative and match the bookings holding them; every version
    /// has its event; payouts pay each booking once, its refund-adjusted share, and add up.
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
            ("a paid-out booking's captured less refunded is its payout item plus its refund-adjusted fee", """
                SELECT count(*) FROM payout_items i JOIN bookings b ON b.id = i.booking_id
                LEFT JOIN payments p ON p.booking_id = b.id
                CROSS JOIN LATERAL (
                    SELECT round((b.price_cents - coalesce(p.refunded_cents, 0)) * b.platform_fee_pct / 100) AS fee
                ) f
                WHERE b.session_state <> 'ENDED' OR b.payment_state NOT IN ('CAPTURED', 'PARTIALLY_REFUNDED')
                   OR i.amount_cents + f.fee
                      <> CASE WHEN p.id IS NULL THEN b.price_cents ELSE p.amount_cents - p.refunded_cents END
                """),
            ("no booking is in two payouts, and each payout is the sum of its items", """
                SELECT (SELECT count(*) FROM (
                            SELECT booking_id FROM payout_items GROUP BY booking_id HAVING count(*) > 1) twice)
                     + (SELECT count(*) FROM payouts po
                        WHERE po.amount_cents <> (SELECT sum(i.amount_cents) FROM payout_items i WHERE i.payout_id = po.id))
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
