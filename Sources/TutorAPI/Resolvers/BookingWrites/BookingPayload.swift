import TutorStore

/// `BookingPayload`: a booking after a change, with the client's `clientMutationId` echoed.
struct BookingPayload: Sendable {
    let booking: BookingRow
    let clientMutationId: String?
}
