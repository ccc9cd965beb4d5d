import Foundation
import TutorStore

extension BackgroundJob {
    /// The marketplace's jobs over `store`. Each is safe to run on many servers at once: they claim rows with
    /// `FOR UPDATE SKIP LOCKED`, so two instances never move the same booking, package or outbox row.
    ///
    /// Sessions are ended COMPLETED by default (nothing records who joined); a no-show is reported by the
    /// parties with `endSession`/`markNoShow` before the grace period runs out, or later with a dispute.
    public static func marketplace(store: Store) -> [BackgroundJob] {
        let transitions = store.transitions
        let outbox = OutboxDeliveryWorker.standard(database: store.database)
        let packages = store.packageExpiry
        let idempotencyKeys = store.idempotencyKeys
        return [
            BackgroundJob(name: "expire-booking-requests", interval: .seconds(300)) { now in
                try await transitions.sweep(.staleRequest, now: now).processed
            },
            BackgroundJob(name: "start-sessions", interval: .seconds(30)) { now in
                try await transitions.sweep(.sessionToStart, now: now).processed
            },
            BackgroundJob(name: "end-sessions", interval: .seconds(60)) { now in
                try await transitions.sweep(.sessionToEnd, now: now).processed
            },
            BackgroundJob(name: "warn-expiring-packages", interval: .seconds(3600)) { now in
                try await packages.warnExpiringSoon(now: now)
            },
            BackgroundJob(name: "expire-packages", interval: .seconds(600)) { now in
                try await packages.expireLapsed(now: now)
            },
            BackgroundJob(name: "deliver-outbox", interval: .seconds(2)) { now in
                try await outbox.deliverDue(now: now).delivered
            },
            BackgroundJob(name: "purge-idempotency-keys", interval: .seconds(300)) { now in
                try await idempotencyKeys.deleteExpired(now: now)
            },
        ]
    }
}
