import Foundation
import PostgresNIO
import Testing
import TutorDomain
import TutorStore

/// Every booking is in a state the state machine can reach, with an event history that leads there.
@Suite struct DemoSeederStateTests {
    /// All states reachable from a new booking (manually or automatically confirmed) through any operations.
    static let reachableStates: Set<BookingState> = {
        let operations: [BookingOperation] =
            [.accept, .decline, .cancel(refund: true), .cancel(refund: false), .expire, .start, .openDispute,
             .resolveDispute(.upheld), .resolveDispute(.refunded(full: true)), .resolveDispute(.refunded(full: false))]
            + SessionOutcome.allCases.map { .end($0) }
        var reached: Set<BookingState> = [initialBookingState(autoConfirm: false), initialBookingState(autoConfirm: true)]
        var frontier = Array(reached)
        while let state = frontier.popLast() {
            for operation in operations {
                guard let next = try? BookingStateMachine.apply(operation, to: state).state, reached.insert(next).inserted
                else { continue }
                frontier.append(next)
            }
        }
        return reached
    }()

    @Test func everyBookingStateIsReachableAndEveryReachableStateIsPresent() async throws {
        try await SeededDatabase.reading { database, _ in
            let rows = try await database.query(
                "SELECT session_state, session_outcome, payment_state, dispute_state FROM bookings"
            )
            var seen: Set<BookingState> = []
            for row in rows {
                let (session, outcome, payment, dispute) = try row.decode((String, String?, String, String).self)
                let state = BookingState(
                    session: try #require(SessionState(rawValue: session)),
                    outcome: outcome.flatMap(SessionOutcome.init(rawValue:)),
                    payment: try #require(PaymentState(rawValue: payment)),
                    dispute: try #require(DisputeState(rawValue: dispute))
                )
                #expect(Self.reachableStates.contains(state), "unreachable \(state)")
                seen.insert(state)
            }
            #expect(rows.count == 1_000)
            #expect(seen == Self.reachableStates)
            #expect(Set(seen.map(\.session)) == Set(SessionState.allCases))
            #expect(Set(seen.map(\.payment)) == Set(PaymentState.allCases))
            #expect(Set(seen.compactMap(\.outcome)) == Set(SessionOutcome.allCases))
            #expect(Set(seen.map(\.dispute)) == Set(DisputeState.allCases))
        }
    }

    @Test func everyBookingHasConsecutiveEventsEndingInItsState() async throws {
        try await SeededDatabase.reading { database, _ in
            let broken = try await database.integer(
                """
                SELECT count(*) FROM bookings b
                JOIN LATERAL (
                    SELECT count(*) AS events, min(booking_version) AS first, max(booking_version) AS last
                    FROM booking_events e WHERE e.booking_id = b.id
                ) e ON true
                LEFT JOIN booking_events final ON final.booking_id = b.id AND final.booking_version = b.version
                WHERE e.first <> 1 OR e.last <> b.version OR e.events <> b.version
                   OR final.session_state IS DISTINCT FROM b.session_state
                   OR final.session_outcome IS DISTINCT FROM b.session_outcome
                   OR final.payment_state IS DISTINCT FROM b.payment_state
                   OR final.dispute_state IS DISTINCT FROM b.dispute_state
                """
            )
            #expect(broken == 0)
            let outOfOrder = try await database.integer(
                """
                SELECT count(*) FROM booking_events e
                JOIN booking_events previous ON previous.booking_id = e.booking_id
                    AND previous.booking_version = e.booking_version - 1
                WHERE previous.occurred_at > e.occurred_at
                """
            )
            #expect(outOfOrder == 0)
        }
    }

    @Test func bookingTimesFitTheirStates() async throws {
        try await SeededDatabase.reading { database, _ in
            let now = SeededDatabase.now
            let misplaced = try await database.integer(
                """
                SELECT count(*) FROM bookings WHERE
                    start_time < \(now) - interval '91 days' OR start_time > \(now) + interval '31 days'
                    OR (session_state IN ('REQUESTED', 'SCHEDULED') AND start_time <= \(now))
                    OR (session_state = 'ACTIVE' AND NOT (start_time <= \(now) AND end_time > \(now)))
                    OR (session_state = 'ENDED' AND ended_at > \(now))
                    OR (session_state = 'REQUESTED' AND created_at < \(now) - interval '24 hours')
                    OR (dispute_state = 'OPEN' AND dispute_opened_at < \(now) - interval '30 days')
                    OR created_at > \(now)
                """
            )
            #expect(misplaced == 0)
        }
    }
}
