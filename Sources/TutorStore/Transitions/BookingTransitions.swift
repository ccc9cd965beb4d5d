import Foundation
import PostgresNIO
import TutorDomain

/// Every write that moves a booking or its money, each in one transaction under the booking's row lock.
///
/// The four state fields change only through `BookingStateMachine`; each change bumps `version`, writes its
/// `booking_events` row, moves money through the payment provider (payment rows and `payment_state` together,
/// package credits, the tutor's earnings) and queues its notifications in the outbox, all committing together.
public struct BookingTransitions: Sendable {
    let database: Database
    let provider: any PaymentProvider

    public init(database: Database, provider: any PaymentProvider = LedgerPaymentProvider()) {
        self.database = database
        self.provider = provider
    }

    /// Applies `action` to booking `bookingID` on behalf of `actor` at `now`. One transaction.
    ///
    /// A retry whose effect is already in place changes nothing and returns `changed: false`, whatever
    /// `expectedVersion` says; otherwise a stale `expectedVersion` is a `versionConflict`. `reason` is recorded
    /// as the cancellation reason, dispute reason or resolution note, and on the event.
    /// Throws `BookingWriteError` (nothing changed) or a database error.
    public func apply(
        _ action: BookingAction, toBooking bookingID: Int64, by actor: BookingActor, expectedVersion: Int? = nil,
        reason: String? = nil, now: Date
    ) async throws -> TransitionOutcome {
        try await database.withTransaction { transaction in
            let booking = try await LockedBooking.lock(bookingID, in: transaction)
            return try await apply(
                action, to: booking, by: actor, expectedVersion: expectedVersion, reason: reason, now: now,
                in: transaction)
        }
    }

    /// The transition itself, on a booking already locked by `transaction`.
    func apply(
        _ action: BookingAction, to booking: LockedBooking, by actor: BookingActor, expectedVersion: Int?,
        reason: String?, now: Date, in transaction: Transaction
    ) async throws -> TransitionOutcome {
        let plan = TransitionPlan(action: action, booking: booking, party: try actor.party(in: booking), now: now)
        let transition: BookingTransition
        do {
            transition = try BookingStateMachine.apply(plan.operation, to: booking.state)
        } catch {
            throw BookingWriteError.illegalTransition(operation: error.operation, current: error.current)
        }
        guard transition.changed else {
            return TransitionOutcome(bookingID: booking.id, state: booking.state, version: booking.version, changed: false)
        }
        if let expectedVersion, expectedVersion != booking.version {
            throw BookingWriteError.versionConflict(expected: expectedVersion, current: booking.version)
        }
        try plan.checkTimePolicies(booking, now: now)

        let next = transition.state
        let version = booking.version + 1
        try await update(booking.id, to: next, version: version, stamps: plan.stamps(by: actor, reason: reason, now: now), in: transaction)
        try await BookingSettlement(transaction: transaction, provider: provider)
            .settle(booking, to: next.payment, refund: plan.refund(by: actor, note: reason), now: now)
        try await BookingEventLog.append(
            bookingID: booking.id, type: plan.eventType, version: version, state: next, actor: actor,
            actorRole: actor.eventRole(as: plan.party), reason: reason,
            metadata: ["previousState": booking.state.description], at: now, in: transaction)
        try await BookingNotices.enqueue(
            type: plan.notice.type, title: plan.notice.title, about: BookingParticipants(booking),
            refreshTutor: plan.affectsTutorMetrics, at: now, in: transaction)
        return TransitionOutcome(bookingID: booking.id, state: next, version: version, changed: true)
    }

    /// Writes the four fields, the new version and the change's stamps (staff refunds reuse it).
    func update(
        _ bookingID: Int64, to state: BookingState, version: Int, stamps: BookingStamps, in transaction: Transaction
    ) async throws {
        _ = try await transaction.query(
            """
            UPDATE bookings SET
                session_state = \(state.session.rawValue), session_outcome = \(state.outcome?.rawValue),
                payment_state = \(state.payment.rawValue), dispute_state = \(state.dispute.rawValue),
                version = \(version),
                confirmed_at = coalesce(\(stamps.confirmedAt), confirmed_at),
                started_at = coalesce(\(stamps.startedAt), started_at),
                ended_at = coalesce(\(stamps.endedAt), ended_at),
                cancelled_at = coalesce(\(stamps.cancelledAt), cancelled_at),
                cancelled_by = coalesce(\(stamps.cancelledBy), cancelled_by),
                cancelled_by_role = coalesce(\(stamps.cancelledByRole), cancelled_by_role),
                cancellation_reason = coalesce(\(stamps.cancellationReason), cancellation_reason),
                dispute_reason = coalesce(\(stamps.disputeReason), dispute_reason),
                dispute_opened_at = coalesce(\(stamps.disputeOpenedAt), dispute_opened_at),
                dispute_opened_by = coalesce(\(stamps.disputeOpenedBy), dispute_opened_by),
                dispute_resolved_at = coalesce(\(stamps.disputeResolvedAt), dispute_resolved_at),
                dispute_resolved_by = coalesce(\(stamps.disputeResolvedBy), dispute_resolved_by),
                dispute_resolution_note = coalesce(\(stamps.disputeResolutionNote), dispute_resolution_note)
            WHERE id = \(bookingID)
            """
        )
    }
}

extension Store {
    /// Booking and money writes through the store's payment provider.
    public var transitions: BookingTransitions { BookingTransitions(database: database, provider: paymentProvider) }

    /// Booking and money writes through `provider`.
    public func transitions(provider: any PaymentProvider) -> BookingTransitions {
        BookingTransitions(database: database, provider: provider)
    }
}
