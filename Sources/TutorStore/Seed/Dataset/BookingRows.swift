import Foundation
import TutorDomain

/// A booking with its final state, the timestamps of how it got there, and its price snapshot.
struct DemoBooking {
    let relationship: Int
    let tutor: Int
    let student: Int
    let subject: Int
    var pricingOption: Int
    var package: Int?
    let start: Date
    let end: Date
    let createdAt: Date
    let notesFromStudent: String
    /// The scenario it plays out; its operations produced `state` and `events`.
    let scenario: BookingScenario
    var state = BookingState(session: .requested, payment: .pending)
    var version = 1
    var confirmedAt: Date?
    var startedAt: Date?
    var endedAt: Date?
    var cancellation: DemoCancellation?
    var dispute: DemoDispute?
    var price = DemoPrice(hourlyRateCents: 0, priceCents: 0, feeBasisPoints: 0, feeCents: 0)

    /// When money last moved: capture at the end or on a late cancellation.
    var settledAt: Date? { endedAt ?? cancellation?.at }
}

struct DemoCancellation {
    let at: Date
    let byTutor: Bool
    let reason: String
}

struct DemoDispute {
    let openedAt: Date
    let reason: String
    let resolvedAt: Date?
    let resolutionNote: String?
}

/// The price snapshot: what the student pays and how it splits between platform and tutor.
struct DemoPrice {
    let hourlyRateCents: Int
    let priceCents: Int
    let feeBasisPoints: Int
    let feeCents: Int

    var tutorEarningsCents: Int { priceCents - feeCents }
}

/// One state change of a booking, with the version it produced.
struct DemoBookingEvent {
    let booking: Int
    let type: String
    let version: Int
    let state: BookingState
    /// The acting user's index, or nil for the system.
    let actor: Int?
    let actorRole: String
    let reason: String?
    let occurredAt: Date
}

struct DemoSessionMaterial {
    let booking: Int
    let uploadedBy: Int
    let kind: String
    let title: String
    let url: String?
    let body: String?
    let file: (storageKey: String, mimeType: String, sizeBytes: Int64)?
    let createdAt: Date
}
