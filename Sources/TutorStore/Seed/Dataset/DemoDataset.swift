/// The whole demo marketplace in memory, every table as an array. Rows refer to each other by position
/// (`tutor: 3` is `tutors[3]`); the writer turns positions into reserved ids.
struct DemoDataset {
    /// The subjects from the migrations; rows refer to them by position too.
    var subjects: [DemoSubject] = []
    var users: [DemoUser] = []
    var notificationPreferences: [DemoNotificationPreference] = []
    var tutors: [DemoTutor] = []
    var tutorSubjects: [DemoTutorSubject] = []
    var certifications: [DemoCertification] = []
    var education: [DemoEducation] = []
    var availability: [DemoAvailability] = []
    var blackouts: [DemoBlackout] = []
    var pricingOptions: [DemoPricingOption] = []
    var approvalRequests: [DemoApprovalRequest] = []
    var students: [DemoStudent] = []
    var relationships: [DemoRelationship] = []
    var interests: [DemoSubjectInterest] = []
    var favorites: [DemoFavorite] = []
    var studentNotes: [DemoStudentNote] = []
    var packages: [DemoPackage] = []
    var bookings: [DemoBooking] = []
    var bookingEvents: [DemoBookingEvent] = []
    var materials: [DemoSessionMaterial] = []
    var payments: [DemoPayment] = []
    var refunds: [DemoRefund] = []
    var payouts: [DemoPayout] = []
    var payoutItems: [DemoPayoutItem] = []
    var reviews: [DemoReview] = []
    var conversations: [DemoConversation] = []
    var messages: [DemoMessage] = []
    var attachments: [DemoMessageAttachment] = []
    var notifications: [DemoNotification] = []
    var reports: [DemoReport] = []
    var auditEntries: [DemoAuditEntry] = []

    /// The admin account (always the first user), who approves tutors and resolves disputes.
    let adminUser = 0
    /// The owner account (always the second user).
    let ownerUser = 1

    /// The subject row id a booking is about.
    func subjectID(of booking: DemoBooking) -> Int64 { subjects[booking.subject].id }
}

/// A subject row from the migrations' reference data.
struct DemoSubject: Sendable {
    let id: Int64
    let slug: String
    let name: String
}
