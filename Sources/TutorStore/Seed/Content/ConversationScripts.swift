/// Short student–tutor exchanges; lines alternate starting with the student, `{subject}` is the pair's subject.
enum ConversationScripts {
    static let threads: [[String]] = [
        [
            "Hi! I'm looking for help with {subject} before my exams. Do you have time next week?",
            "Hello! Yes, I have Tuesday and Thursday afternoons free. What topics are you working on?",
            "Mostly the last two units. I struggle with the practice questions.",
            "That's very common. Book a session and send me a couple of the questions beforehand.",
        ],
        [
            "Thanks for today's lesson, the examples really helped.",
            "Glad to hear it! Try the three exercises I shared before next time.",
            "Will do. Could we look at past papers next week?",
            "Absolutely, I'll prepare two of them.",
            "Perfect, thank you!",
        ],
        [
            "Hi, I need to move Thursday's {subject} session, something came up at school.",
            "No problem. Would Friday at the same time work?",
            "Friday is great.",
        ],
        [
            "Could you recommend a book for {subject} practice?",
            "I'd start with the workbook I attached; chapters 3 and 4 match what we covered.",
            "Got it, thanks!",
        ],
        [
            "Hello, is the trial lesson enough to see if {subject} lessons are right for my son?",
            "Yes, in 30 minutes I can assess his level and suggest a plan.",
            "Great, I've just booked it.",
            "See you then! Please make sure he has a pen and paper ready.",
        ],
        [
            "I passed my {subject} exam!",
            "Congratulations!! All that practice paid off. 🎉",
            "Couldn't have done it without you. Can we continue with the next level?",
        ],
    ]

    static let attachments: [(fileName: String, mimeType: String, sizeBytes: Int64)] = [
        ("practice-questions.pdf", "application/pdf", 248_311),
        ("whiteboard-notes.png", "image/png", 1_204_877),
        ("homework-week-3.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", 58_220),
        ("pronunciation-drill.mp3", "audio/mpeg", 3_512_004),
        ("reading-list.txt", "text/plain", 1_734),
        ("graph-sketch.jpg", "image/jpeg", 812_440),
    ]

    static let editedSuffix = " (edited: fixed the time)"
}
