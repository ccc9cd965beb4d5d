/// Review comments by rating and tutors' replies; `{subject}` stands for the booked subject's name.
enum FeedbackPhrases {
    static let excellent = [
        "Fantastic lesson! {subject} finally makes sense to me.",
        "Very patient and explains {subject} step by step. Highly recommended.",
        "Best tutor I have had. My {subject} grade went up a full letter.",
        "Well prepared, kind and clear. I always leave with a plan for the week.",
        "Great energy and really good examples. Looking forward to the next session.",
        "Helped me pass my {subject} exam with a much better score than expected.",
        "Explains difficult ideas simply and checks that I really understood.",
        "Lessons are fun and focused. My daughter loves her {subject} sessions.",
    ]

    static let good = [
        "Good {subject} lesson, clear explanations. Sometimes a bit fast for me.",
        "Helpful session and useful notes afterwards.",
        "Knows {subject} very well; the first lesson was a little unstructured but it got better.",
        "Solid lesson, good practice problems.",
    ]

    static let average = [
        "It was fine, but we spent a lot of time on things I already knew.",
        "Okay lesson. The connection dropped twice, which was frustrating.",
    ]

    static let poor = [
        "The tutor was late and the lesson felt rushed.",
        "Not what I expected; we did not cover the {subject} topics I asked for.",
    ]

    static let tutorResponses = [
        "Thank you so much! It was a pleasure working with you.",
        "Thanks for the kind words, see you next week!",
        "Thank you for the feedback; I will slow down and add more practice next time.",
        "Sorry about the technical problems; the next lesson is on me if it happens again.",
    ]
}
