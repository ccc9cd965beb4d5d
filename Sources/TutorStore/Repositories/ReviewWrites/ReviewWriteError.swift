/// Why a review write was refused; a refused write changes nothing.
public enum ReviewWriteError: Error, Sendable, Hashable {
    /// No live booking has this ID.
    case bookingNotFound
    /// Only a session that ENDED as COMPLETED can be reviewed; the booking's current state and outcome.
    case sessionNotCompleted(state: String, outcome: String?)
    /// The booking already has its one review.
    case alreadyReviewed
    /// No live review has this ID.
    case reviewNotFound
    /// The tutor already answered this review.
    case alreadyResponded
}
