import TutorDomain

/// A booking after a write: its state and version, and whether the write changed anything (a retried operation
/// whose effect is already in place does not).
public struct TransitionOutcome: Sendable, Hashable {
    public let bookingID: Int64
    public let state: BookingState
    public let version: Int
    public let changed: Bool
}
