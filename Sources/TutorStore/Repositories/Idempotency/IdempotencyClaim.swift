import Foundation

/// Proof that this request owns a key's in-progress row and so must do the work, then complete or release it.
///
/// It names the row by its ID, which a new claim never reuses: a request whose lease ran out and was taken over
/// can no longer complete or release the row its successor now owns.
public struct IdempotencyClaim: Sendable, Hashable {
    /// The claimed row's ID.
    public let rowID: Int64

    public init(rowID: Int64) {
        self.rowID = rowID
    }
}

/// What claiming an idempotency key found.
public enum IdempotencyClaimOutcome: Sendable, Hashable {
    /// The key was free (new, expired, or its earlier claim released or timed out): do the work.
    case claimed(IdempotencyClaim)
    /// The same request already completed: answer with its stored response instead of running it again.
    case completed(storedResponse: String)
    /// The same request is still running under a live claim.
    case inProgress
    /// The key was used for a different request (its fingerprint differs).
    case fingerprintMismatch
}
