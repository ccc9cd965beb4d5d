/// What a tutor of one subject writes about themselves: profile titles, lesson topics, the degree behind it and
/// certificates, so profiles read as real and full-text search finds tutors by the words of their subject.
struct SubjectContent: Sendable {
    let titles: [String]
    let topics: [String]
    let fieldOfStudy: String
    let certifications: [(name: String, organization: String)]

    /// The content for a subject slug from the migrations, or a generic one built from the subject's name.
    static func forSubject(slug: String, name: String) -> SubjectContent {
        catalog[slug] ?? SubjectContent(
            titles: ["\(name) Tutor", "Friendly \(name) Lessons", "\(name) Coaching for All Levels"],
            topics: ["\(name) fundamentals", "exam practice", "project work", "study skills"],
            fieldOfStudy: name,
            certifications: [("Certificate in \(name) Teaching", "Open Learning Institute")]
        )
    }

    private static let catalog: [String: SubjectContent] = [
        "mathematics": SubjectContent(
            titles: ["Mathematics Tutor for Algebra and Calculus", "Patient Math Tutor, GCSE to University",
                     "Mathematics Coach: From Fractions to Differential Equations"],
            topics: ["algebra", "calculus", "geometry", "statistics", "trigonometry", "linear algebra"],
            fieldOfStudy: "Mathematics",
            certifications: [("Postgraduate Certificate in Mathematics Education", "University of Cambridge"),
                             ("Certified Math Specialist", "National Council of Teachers of Mathematics")]
        ),
        "physics": SubjectContent(
            titles: ["Physics Tutor: Mechanics to Quantum", "AP and A-Level Physics Made Clear",
                     "Physics Lessons with Real-World Experiments"],
            topics: ["mechanics", "electricity and magnetism", "waves and optics", "thermodynamics",
                     "modern physics", "lab reports"],
            fieldOfStudy: "Physics",
            certifications: [("Chartered Physicist", "Institute of Physics"),
                             ("Physics Teaching Fellowship", "American Association of Physics Teachers")]
        ),
        "chemistry": SubjectContent(
            titles: ["Chemistry Tutor for Organic and General Chemistry", "IB and AP Chemistry Specialist",
                     "Chemistry Without Fear"],
            topics: ["stoichiometry", "organic reactions", "chemical bonding", "acids and bases", "kinetics",
                     "lab technique"],
            fieldOfStudy: "Chemistry",
            certifications: [("Chartered Chemist", "Royal Society of Chemistry")]
        ),
        "biology": SubjectContent(
            titles: ["Biology Tutor: Cells, Genetics and Ecology", "Pre-Med Biology and Anatomy Tutor",
                     "Biology Lessons That Stick"],
            topics: ["cell biology", "genetics", "ecology", "human anatomy", "evolution", "biochemistry"],
            fieldOfStudy: "Biology",
            certifications: [("Certified Biology Educator", "National Association of Biology Teachers")]
        ),
        "english": SubjectContent(
            titles: ["English Tutor for Conversation and IELTS", "Business English and Writing Coach",
                     "Native English Teacher: Grammar, Essays, Confidence"],
            topics: ["conversation", "grammar", "essay writing", "IELTS preparation", "pronunciation",
                     "business English"],
            fieldOfStudy: "English Literature",
            certifications: [("CELTA", "Cambridge English"), ("TESOL Certificate", "Trinity College London")]
        ),
        "spanish": SubjectContent(
            titles: ["Spanish Tutor: Conversation and DELE", "Learn Spanish with a Native Speaker",
                     "Spanish for Travel, Work and Exams"],
            topics: ["conversation", "grammar", "DELE preparation", "listening", "Latin American Spanish",
                     "vocabulary"],
            fieldOfStudy: "Hispanic Studies",
            certifications: [("Acreditación de Examinador DELE", "Instituto Cervantes")]
        ),
        "french": SubjectContent(
            titles: ["French Tutor: DELF and Conversation", "Parisian French Lessons for All Levels",
                     "French Grammar and Speaking Coach"],
            topics: ["conversation", "grammar", "DELF preparation", "pronunciation", "French literature",
                     "vocabulary"],
            fieldOfStudy: "French Studies",
            certifications: [("Habilitation Examinateur DELF", "France Éducation International")]
        ),
        "computer-science": SubjectContent(
            titles: ["Computer Science Tutor: Python, Algorithms, Interviews",
                     "Programming Mentor for Beginners and Bootcamp Students",
                     "Data Structures and Algorithms Coach"],
            topics: ["Python programming", "algorithms", "data structures", "web development",
                     "coding interviews", "databases"],
            fieldOfStudy: "Computer Science",
            certifications: [("AWS Certified Developer", "Amazon Web Services"),
                             ("Professional Scrum Master", "Scrum.org")]
        ),
        "history": SubjectContent(
            titles: ["History Tutor: World, European and American", "History Essays and Source Analysis",
                     "AP History Tutor"],
            topics: ["world history", "European history", "American history", "source analysis",
                     "essay structure", "the Cold War"],
            fieldOfStudy: "History",
            certifications: [("Qualified Teacher Status in History", "Department for Education")]
        ),
        "economics": SubjectContent(
            titles: ["Economics Tutor: Micro and Macro", "Economics for A-Level, IB and University",
                     "Economics and Finance Tutor"],
            topics: ["microeconomics", "macroeconomics", "market structures", "monetary policy",
                     "econometrics", "data interpretation"],
            fieldOfStudy: "Economics",
            certifications: [("CFA Level I", "CFA Institute")]
        ),
        "music-theory": SubjectContent(
            titles: ["Music Theory Tutor: Harmony and Ear Training", "Music Theory for ABRSM Grades",
                     "Composition and Music Theory Coach"],
            topics: ["harmony", "ear training", "composition", "sight-reading", "counterpoint",
                     "ABRSM theory grades"],
            fieldOfStudy: "Music",
            certifications: [("Diploma in Music Theory", "ABRSM")]
        ),
        "sat-prep": SubjectContent(
            titles: ["SAT Preparation Tutor: Math and Reading", "SAT Coach with 1550+ Results",
                     "Structured SAT Preparation"],
            topics: ["SAT math", "SAT reading", "SAT writing", "timed practice tests", "test strategy",
                     "vocabulary in context"],
            fieldOfStudy: "Education",
            certifications: [("Certified SAT Instructor", "College Board Partner Program")]
        ),
    ]
}
