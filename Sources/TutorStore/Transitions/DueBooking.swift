import Foundation
import PostgresNIO
import TutorDomain

/// Bookings the clock moves on: each case is one background sweep, with the action it applies.
public enum DueBooking: Sendable, Hashable {
    /// REQUESTED bookings nobody answered for 24 hours (`SchedulingPolicy.requestExpiry`): expire them.
    case staleRequest
    /// SCHEDULED sessions whose start time has come: start them.
    case sessionToStart
    /// ACTIVE sessions past their end plus the grace period (`SchedulingPolicy.endGracePeriod`): end them.
    ///
    /// Nothing records who joined a session, so the outcome is COMPLETED (the charge is captured); a party who
    /// did not come can still report it with a dispute.
    case sessionToEnd

    /// The action the sweep applies to each due booking.
    var action: BookingAction {
        switch self {
        case .staleRequest: .expire
        case .sessionToStart: .start
        case .sessionToEnd: .end(.completed)
        }
    }

    /// Selects one due booking's ID at `now` that no other transaction has locked, oldest first.
    func claimQuery(now: Date, excluding excluded: [Int64]) -> PostgresQuery {
        switch self {
        case .staleRequest:
            let cutoff = now.addingTimeInterval(-Self.seconds(SchedulingPolicy.requestExpiry))
            return """
                SELECT id FROM bookings
                WHERE session_state = 'REQUESTED' AND created_at <= \(cutoff) AND deleted_at IS NULL
                  AND NOT (id = ANY(\(excluded)))
                ORDER BY created_at, id LIMIT 1
                FOR UPDATE SKIP LOCKED
                """
        case .sessionToStart:
            return """
                SELECT id FROM bookings
                WHERE session_state = 'SCHEDULED' AND start_time <= \(now) AND deleted_at IS NULL
                  AND NOT (id = ANY(\(excluded)))
                ORDER BY start_time, id LIMIT 1
                FOR UPDATE SKIP LOCKED
                """
        case .sessionToEnd:
            let cutoff = now.addingTimeInterval(-Self.seconds(SchedulingPolicy.endGracePeriod))
            return """
                SELECT id FROM bookings
                WHERE session_state = 'ACTIVE' AND end_time <= \(cutoff) AND deleted_at IS NULL
                  AND NOT (id = ANY(\(excluded)))
                ORDER BY end_time, id LIMIT 1
                FOR UPDATE SKIP LOCKED
                """
        }
    }

    private static func seconds(_ duration: Duration) -> TimeInterval {
        Double(duration.components.seconds)
    }
}
