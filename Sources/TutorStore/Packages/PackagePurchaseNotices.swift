import Foundation

/// The outbox rows a package purchase writes: a notification to the student who bought and the tutor who sold.
enum PackagePurchaseNotices {
    /// Queues both notifications in `transaction`, to be delivered once it commits.
    static func enqueue(
        _ purchase: PackagePurchase, of offer: PackageOffer, by student: RequestingStudent, at now: Date,
        in transaction: Transaction
    ) async throws {
        let data = ["packageId": String(purchase.packageID), "paymentId": String(purchase.paymentID)]
        let sessions = "\(offer.sessionsIncluded) session(s)"
        let messages = [
            try OutboxMessage(
                topic: .notification,
                payload: NotificationPayload(
                    userID: student.userID, type: "PAYMENT_RECEIVED", category: "payment", title: "Package purchased",
                    body: "\(offer.title): \(sessions) with \(offer.tutorName) for \(offer.price).", data: data)),
            try OutboxMessage(
                topic: .notification,
                payload: NotificationPayload(
                    userID: offer.tutorUserID, type: "PAYMENT_RECEIVED", category: "payment", title: "Package sold",
                    body: "\(student.name) bought \(offer.title): \(sessions) for \(offer.price).", data: data)),
        ]
        try await OutboxWriter(transaction: transaction).enqueue(messages, availableAt: now)
    }
}
