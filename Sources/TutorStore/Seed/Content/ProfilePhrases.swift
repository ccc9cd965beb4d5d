/// Sentences tutors use to introduce themselves; combined with a subject's topics they give each profile its
/// own bio and description.
enum ProfilePhrases {
    static let headlineOpeners = [
        "Clear, structured", "Friendly and patient", "Exam-focused", "Conversation-first", "Results-driven",
        "Relaxed but rigorous", "Interactive", "Personalised",
    ]

    static let backgrounds = [
        "after a decade teaching in secondary schools",
        "alongside my PhD research",
        "since graduating with honours",
        "after years as a university teaching assistant",
        "as a former engineer who loves explaining things",
        "after training teachers for a national programme",
        "while working as an examiner for a major exam board",
        "since moving into full-time private tutoring",
    ]

    static let approaches = [
        "I start every course with a short assessment so we work on exactly what you need.",
        "My lessons mix short explanations with lots of guided practice.",
        "I believe confidence comes from understanding why, not memorising how.",
        "We set a goal together and I track progress after every lesson.",
        "I use a shared whiteboard, past papers and plenty of worked examples.",
        "I adapt the pace to you, whether you are catching up or aiming for top marks.",
    ]

    static let lessonFormats = [
        "Lessons run online with a shared whiteboard and a written summary afterwards.",
        "Each session ends with a short practice set and notes you can review later.",
        "I send homework between sessions and review it at the start of the next one.",
        "Sessions can focus on exam technique, homework help or longer projects.",
    ]

    static let closings = [
        "Book a trial lesson and let's see how I can help.",
        "Send me a message about your goals before booking.",
        "Students of every age and level are welcome.",
        "I look forward to working with you.",
    ]

    static let rejectionReasons = [
        "The profile photo and introduction video are missing; please add them and resubmit.",
        "We could not verify the teaching certificate you uploaded.",
    ]

    static let blackoutReasons = ["Family holiday", "Conference travel", "Exam marking period", "Moving house", ""]

    static let institutions = [
        "University of Oxford", "University of Toronto", "Universidad de Salamanca", "Sorbonne Université",
        "University of Melbourne", "ETH Zürich", "University of Cape Town", "Kyoto University",
        "University of Michigan", "Trinity College Dublin", "Universidade de São Paulo", "Indian Institute of Technology Delhi",
    ]

    static let countries = ["US", "GB", "CA", "AU", "DE", "FR", "ES", "IT", "IN", "BR", "JP", "NL", "IE", "ZA", "KE"]

    static let timezones = [
        "America/New_York", "America/Chicago", "America/Los_Angeles", "Europe/London", "Europe/Paris",
        "Europe/Berlin", "Europe/Madrid", "Asia/Kolkata", "Asia/Tokyo", "Australia/Sydney", "America/Sao_Paulo",
    ]
}
