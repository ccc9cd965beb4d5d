import Foundation
import PostgresNIO

/// Who a booking concerns and what it is, for the notifications its changes send.
struct BookingParticipants: Sendable {
    let bookingID: Int64
    let tutorProfileID: Int64
    let studentUserID: Int64
    let tutorUserID: Int64
    let studentName: String
    let tutorName: String
    let subjectName: String?
    var startTime: Date

    init(_ booking: LockedBooking) {
        self.init(
            bookingID: booking.id, tutorProfileID: booking.tutorProfileID, studentUserID: booking.studentUserID,
            tutorUserID: booking.tutorUserID, studentName: booking.studentName, tutorName: booking.tutorName,
            subjectName: booking.subjectName, startTime: booking.startTime)
    }

    init(
        bookingID: Int64, tutorProfileID: Int64, studentUserID: Int64, tutorUserID: Int64, studentName: String,
        tutorName: String, subjectName: String?, startTime: Date
    ) {
        self.bookingID = bookingID
        self.tutorProfileID = tutorProfileID
        self.studentUserID = studentUserID
        self.tutorUserID = tutorUserID
        self.studentName = studentName
        self.tutorName = tutorName
        self.subjectName = subjectName
        self.startTime = startTime
    }
}

/// The outbox rows a booking change writes: a notification to each party and, when a session ended, a refresh of
/// the tutor's metrics and search entry.
enum BookingNotices {
    /// Queues the change's side effects in `transaction`, to be delivered once it commits.
    static func enqueue(
        type: String, title: String, about booking: BookingParticipants, refreshTutor: Bool, at now: Date,
        in transaction: Transaction
    ) async throws {
        let what = booking.subjectName ?? "Session"
        let when = booking.startTime.formatted(.iso8601)
        let data = ["bookingId": String(booking.bookingID)]
        var messages = [
            try OutboxMessage(
                topic: .notification,
                payload: NotificationPayload(
                    userID: booking.studentUserID, type: type, category: "booking", title: title,
                    body: "\(what) with \(booking.tutorName), \(when).", data: data)),
            try OutboxMessage(
                topic: .notification,
                payload: NotificationPayload(
                    userID: booking.tutorUserID, type: type, category: "booking", title: title,
                    body: "\(what) with \(booking.studentName), \(when).", data: data)),
        ]
        if refreshTutor {
            let tutor = TutorPayload(tutorProfileID: booking.tutorProfileID)
            messages.append(try OutboxMessage(topic: .tutorMetrics, payload: tutor))
            messages.append(try OutboxMessage(topic: .searchRefresh, payload: tutor))
        }
        try await OutboxWriter(transaction: transaction).enqueue(messages, availableAt: now)
    }
}
