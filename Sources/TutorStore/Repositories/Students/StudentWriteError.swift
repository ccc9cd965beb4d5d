/// Why a favorite or a note was refused, in terms the API can report.
public enum StudentWriteError: Error, Sendable, Hashable {
    /// The viewer has no (not deleted) student profile.
    case noStudentProfile
    /// The viewer has no (not deleted) tutor profile.
    case noTutorProfile
    /// The tutor is not listed (unapproved, deleted or missing).
    case tutorNotListed
    /// The tutor has no booking with this student (or the student does not exist).
    case noBookingWithStudent
}
