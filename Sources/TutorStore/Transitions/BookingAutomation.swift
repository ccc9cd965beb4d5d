import Foundation
import Logging
import PostgresNIO

/// What one sweep over due bookings did.
public struct SweepReport: Sendable, Hashable {
    /// Bookings moved on.
    public var processed = 0
    /// Bookings whose transition failed; they are left as they were and retried by the next sweep.
    public var failed = 0

    public init(processed: Int = 0, failed: Int = 0) {
        self.processed = processed
        self.failed = failed
    }
}

extension BookingTransitions {
    /// Moves on every booking `due` at `now`, up to `limit`, as the system: one transaction per booking, each
    /// claimed with `FOR UPDATE SKIP LOCKED` so several servers sweeping at once never take the same booking.
    /// A booking whose transition fails is logged, skipped for the rest of the sweep, and left as it was.
    public func sweep(_ due: DueBooking, now: Date, limit: Int = 100) async throws -> SweepReport {
        var report = SweepReport()
        var failedIDs: [Int64] = []
        while report.processed + report.failed < limit {
            do {
                let moved = try await database.withTransaction { transaction -> Int64? in
                    guard let booking = try await LockedBooking.lockNext(due, now: now, excluding: failedIDs, in: transaction)
                    else { return nil }
                    do {
                        _ = try await apply(
                            due.action, to: booking, by: .system, expectedVersion: nil, reason: nil, now: now,
                            in: transaction)
                    } catch {
                        throw SweepFailure(bookingID: booking.id, underlying: error)
                    }
                    return booking.id
                }
                guard moved != nil else { return report }
                report.processed += 1
            } catch let failure as SweepFailure {
                database.logger.error(
                    "Background transition failed",
                    metadata: ["booking": "\(failure.bookingID)", "sweep": "\(due)", "error": "\(failure.underlying)"])
                failedIDs.append(failure.bookingID)
                report.failed += 1
            }
        }
        return report
    }
}

/// One booking's automatic transition failed; the sweep skips it and goes on.
private struct SweepFailure: Error {
    let bookingID: Int64
    let underlying: any Error
}
