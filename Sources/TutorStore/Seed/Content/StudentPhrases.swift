/// What students say they want to learn and what tutors privately note about them.
enum StudentPhrases {
    static let goalsByGrade: [String: [String]] = [
        "elementary": ["Build confidence with reading and numbers.", "Catch up after moving schools."],
        "middle_school": ["Get ready for high school maths.", "Improve my grades in science."],
        "high_school": ["Prepare for my final exams.", "Score above 1400 on the SAT.", "Keep up with AP classes."],
        "university": ["Pass my second-year exams.", "Understand the theory behind my lab work."],
        "adult": ["Speak confidently when I travel.", "Learn programming to change careers."],
        "professional": ["Use English in meetings with clients.", "Refresh my statistics for work."],
    ]

    static let tutorNotes = [
        "Strong at mental arithmetic; needs more work on written explanations.",
        "Prefers visual explanations. Bring diagrams.",
        "Exam on the 14th of next month; focus on past papers.",
        "Gets anxious with timed questions; start with untimed practice.",
        "Very motivated. Give extra challenge problems.",
        "Parents want a short progress update every month.",
        "Often forgets homework; send a reminder the day before.",
        "Pronunciation much improved; keep working on past tenses.",
        "Learns fast but skips steps. Insist on showing working.",
        "Wants to move to two sessions a week before the exam.",
    ]
}
