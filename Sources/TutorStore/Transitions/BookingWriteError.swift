import PostgresNIO
import TutorDomain

/// Why a booking write was refused, typed so the API can answer NOT_FOUND, FORBIDDEN, CONFLICT or BAD_USER_INPUT.
/// A refused write changes nothing.
public enum BookingWriteError: Error, Sendable, Hashable, CustomStringConvertible {
    /// No live booking has this ID.
    case bookingNotFound
    /// No live tutor profile has this ID.
    case tutorNotFound
    /// The pricing option is not one of the tutor's active options.
    case pricingOptionNotFound
    /// The package is not one of the student's.
    case packageNotFound
    /// The user is neither party of the booking nor staff.
    case notAParticipant
    /// Only a user with a student profile can book.
    case noStudentProfile
    /// The booking changed since the version the caller saw.
    case versionConflict(expected: Int, current: Int)
    /// The booking is not in a state where the operation applies.
    case illegalTransition(operation: String, current: BookingState)
    /// The tutor already has a live booking overlapping the time.
    case slotTaken
    /// The package has no credit left, has expired, or is no longer active.
    case packageUnavailable
    /// The booking starts in less than 24 hours and can no longer be moved.
    case rescheduleTooLate
    /// The session ended more than 30 days ago.
    case disputeWindowClosed
    /// The tutor is not approved and cannot be booked.
    case tutorNotBookable
    /// The tutor does not teach the subject.
    case subjectNotTaught
    /// The session must start in the future and end after it starts.
    case startNotInFuture
    /// Sessions last from 15 minutes to 8 hours.
    case invalidDuration(minutes: Int)
    /// The time is outside the tutor's weekly availability.
    case outsideAvailability
    /// The tutor is away (a blackout) at that time.
    case duringBlackout
    /// The pricing option, package or original booking fixes the session length.
    case durationMismatch(requiredMinutes: Int)
    /// Package sessions are booked with the package, not its pricing option.
    case pricingOptionIsPackage
    /// The package was bought from another tutor.
    case packageForAnotherTutor
    /// A partial refund must be more than zero and less than what is still charged.
    case invalidRefundAmount(maximumCents: Int)
    /// A package credit comes back whole or not at all.
    case partialRefundOfPackageCredit

    /// How the API should report the error.
    public var category: WriteRefusal {
        switch self {
        case .bookingNotFound, .tutorNotFound, .pricingOptionNotFound, .packageNotFound: .notFound
        case .notAParticipant, .noStudentProfile: .forbidden
        case .versionConflict, .illegalTransition, .slotTaken, .packageUnavailable, .rescheduleTooLate,
            .disputeWindowClosed:
            .conflict
        case .tutorNotBookable: .badUserInput(field: "tutorId")
        case .subjectNotTaught: .badUserInput(field: "subjectId")
        case .startNotInFuture, .outsideAvailability, .duringBlackout: .badUserInput(field: "startTime")
        case .invalidDuration, .durationMismatch: .badUserInput(field: "endTime")
        case .pricingOptionIsPackage: .badUserInput(field: "pricingOptionId")
        case .packageForAnotherTutor: .badUserInput(field: "packageId")
        case .invalidRefundAmount: .badUserInput(field: "refundCents")
        case .partialRefundOfPackageCredit: .badUserInput(field: "decision")
        }
    }

    public var description: String {
        switch self {
        case .bookingNotFound: "Booking not found."
        case .tutorNotFound: "Tutor not found."
        case .pricingOptionNotFound: "Pricing option not found."
        case .packageNotFound: "Package not found."
        case .notAParticipant: "Only the booking's student, its tutor or staff may do this."
        case .noStudentProfile: "Only students can book sessions."
        case .versionConflict(let expected, let current):
            "The booking changed since version \(expected); it is at version \(current) now."
        case .illegalTransition(let operation, let current): "Cannot \(operation) a booking that is \(current)."
        case .slotTaken: "The tutor already has a booking at that time."
        case .packageUnavailable: "The package has no credit left, or has expired."
        case .rescheduleTooLate: "Bookings can only be moved at least 24 hours before they start."
        case .disputeWindowClosed: "Disputes can only be opened within 30 days of the session."
        case .tutorNotBookable: "This tutor is not taking bookings."
        case .subjectNotTaught: "The tutor does not teach this subject."
        case .startNotInFuture: "The session must start in the future and end after it starts."
        case .invalidDuration(let minutes): "Sessions last 15 minutes to 8 hours, not \(minutes) minutes."
        case .outsideAvailability: "The tutor is not available at that time."
        case .duringBlackout: "The tutor is away at that time."
        case .durationMismatch(let minutes): "The session must last \(minutes) minutes."
        case .pricingOptionIsPackage: "Book a package's sessions with the package, not its pricing option."
        case .packageForAnotherTutor: "The package was bought from another tutor."
        case .invalidRefundAmount(let maximum): "A partial refund must be between 1 and \(maximum) cents."
        case .partialRefundOfPackageCredit: "A package credit can only be refunded in full."
        }
    }

    /// The booking error a PostgreSQL error stands for: the exclusion constraint refusing a double booking.
    static func from(_ error: any Error) -> BookingWriteError? {
        guard let error = error as? PSQLError, error.serverInfo?[.sqlState] == "23P01" else { return nil }
        return .slotTaken
    }
}
