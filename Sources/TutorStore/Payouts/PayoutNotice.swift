import Foundation
import PostgresNIO

/// The tutor's notification of a new payout, queued in the payout's transaction.
enum PayoutNotice {
    /// Tells `tutorUserID` that `payout`, covering `sessions` sessions, is on its way, once the payout commits.
    static func enqueue(_ payout: PayoutRow, sessions: Int, toTutor tutorUserID: Int64, at now: Date, in transaction: Transaction)
        async throws
    {
        let period = "\(payout.periodStart.formatted(.iso8601)) – \(payout.periodEnd.formatted(.iso8601))"
        let message = try OutboxMessage(
            topic: .notification,
            payload: NotificationPayload(
                userID: tutorUserID, type: "PAYOUT_SENT", category: "payment", title: "Payout on its way",
                body: "\(payout.amount) for \(sessions) session(s) that ended in \(period).",
                data: ["payoutId": String(payout.id)]))
        try await OutboxWriter(transaction: transaction).enqueue([message], availableAt: now)
    }
}
