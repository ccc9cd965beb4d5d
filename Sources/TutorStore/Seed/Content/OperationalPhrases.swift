/// Reasons and notes that bookings, disputes, reports and materials carry.
enum OperationalPhrases {
    static let studentCancellations = [
        "I have a school trip that day.", "Feeling unwell, sorry!", "My exam was moved to that morning.",
        "Need to reschedule because of work.",
    ]

    static let tutorCancellations = [
        "I have to attend a family emergency, apologies.", "My internet provider has scheduled maintenance.",
        "I'm travelling to a conference that week.",
    ]

    static let declines = [
        "I'm fully booked that week, please try another slot.", "That level is outside what I teach.",
    ]

    static let studentNotes = [
        "Could we focus on the homework from chapter 5?", "I'd like to go through my mock exam.",
        "First lesson, I'm a beginner.", "", "", "Please bring some practice questions.",
    ]

    static let disputeReasons = [
        "The tutor left after 20 minutes of a 60-minute session.",
        "The session was marked as a no-show but I was waiting in the room.",
        "The lesson did not cover what was agreed.",
        "I cancelled because of an emergency and would like the charge reviewed.",
    ]

    static let disputeResolutions = [
        "Reviewed the session logs; the charge stands.",
        "Partial refund granted as a goodwill gesture.",
        "Full refund: the tutor confirmed the session was cut short.",
    ]

    static let reportDetails = [
        "This account keeps sending me promotional links.",
        "The review contains personal insults.",
        "The tutor asked me to pay outside the platform.",
        "The student did not show up three times in a row.",
    ]

    static let materialTitles = ["Lesson notes", "Practice worksheet", "Recommended reading", "Homework"]
}
