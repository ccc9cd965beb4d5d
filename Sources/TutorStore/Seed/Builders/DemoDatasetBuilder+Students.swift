import Foundation

extension DemoDatasetBuilder {
    /// The user index of student number `number` (1-based, as in `studentN@example.com`).
    static func studentUser(_ number: Int) -> Int { 1 + tutorCount + number }

    /// 200 students, each with one to three regular tutors (the pairs every booking comes from), their subject
    /// interests, favorites, and the tutors' private notes about them.
    mutating func addStudents() {
        let grades = ["elementary", "middle_school", "high_school", "high_school", "university", "adult", "professional"]
        let everBookable = dataset.tutors.indices.filter { dataset.tutors[$0].approvedAt != nil }
        for number in 1...Self.studentCount {
            let student = dataset.students.count
            let grade = random.pick(grades)
            dataset.students.append(
                DemoStudent(
                    user: Self.studentUser(number), gradeLevel: grade,
                    learningGoals: random.pick(StudentPhrases.goalsByGrade[grade] ?? [""]),
                    creditBalanceCents: random.chance(0.3) ? random.int(1...40) * 250 : 0
                )
            )
            var interests: Set<Int64> = []
            for tutor in random.sample(everBookable, count: random.int(1...3)) {
                let taught = dataset.tutorSubjects.filter { $0.tutor == tutor }
                let subjectID = random.pick(taught).subjectID
                let subject = subjects.firstIndex { $0.id == subjectID } ?? 0
                dataset.relationships.append(
                    DemoRelationship(student: student, tutor: tutor, subject: subject, intensity: random.pick([1, 1, 2, 3, 5, 8]))
                )
                if interests.insert(subjectID).inserted {
                    dataset.interests.append(
                        DemoSubjectInterest(student: student, subjectID: subjectID, level: random.pick(["beginner", "intermediate", "advanced"]))
                    )
                }
                if random.chance(0.4) {
                    dataset.studentNotes.append(DemoStudentNote(tutor: tutor, student: student, body: random.pick(StudentPhrases.tutorNotes)))
                }
            }
            addFavorites(student: student, candidates: everBookable)
        }
    }

    /// Up to three favorites among live tutors, usually ones the student books.
    private mutating func addFavorites(student: Int, candidates: [Int]) {
        let ownTutors = dataset.relationships.filter { $0.student == student }.map(\.tutor)
        let live = candidates.filter { dataset.tutors[$0].isBookable }
        var favorites = Set(random.sample(ownTutors.filter { dataset.tutors[$0].isBookable }, count: random.int(0...2)))
        if random.chance(0.3) { favorites.insert(random.pick(live)) }
        for tutor in favorites.sorted() {
            dataset.favorites.append(DemoFavorite(student: student, tutor: tutor, createdAt: clock.days(-Double(random.int(1...80)))))
        }
    }
}
