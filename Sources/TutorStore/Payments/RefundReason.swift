/// Why money went back to a student, as `refunds.reason` stores it.
public enum RefundReason: String, Sendable, Hashable, CaseIterable {
    case studentCancel = "STUDENT_CANCEL"
    case tutorCancel = "TUTOR_CANCEL"
    case noShowTutor = "NO_SHOW_TUTOR"
    case goodwill = "GOODWILL"
    case other = "OTHER"
}
