import GraphQLEngine
import TutorStore

/// Student profiles by their user's ID, for `User.studentProfile`.
enum StudentByUserID: DataLoaderKey {
    typealias Key = Int64
    typealias Value = StudentProfileRow
}

/// Subjects a student is interested in, by student ID.
enum SubjectInterestsByStudent: DataLoaderKey {
    typealias Key = Int64
    typealias Value = [SubjectRow]
}

/// The viewer's (a tutor's) private note about a student, by student ID.
enum ViewerNoteByStudent: DataLoaderKey {
    typealias Key = Int64
    typealias Value = StudentNoteRow
}

/// Whether the viewer (a tutor) has a booking with a student, by student ID.
enum ViewerTeachesStudent: DataLoaderKey {
    typealias Key = Int64
    typealias Value = Bool
}

extension RequestContext {
    /// The request's loader of student profiles by user ID, for `User.studentProfile`.
    var studentByUserID: DataLoader<Int64, StudentProfileRow> {
        loader(StudentByUserID.self) { [store] ids in try await store.students.profiles(forUserIDs: ids) }
    }

    /// The request's loader of students' subject interests.
    var studentSubjectInterests: DataLoader<Int64, [SubjectRow]> {
        loader(SubjectInterestsByStudent.self) { [store] ids in try await store.students.subjectInterests(forStudentIDs: ids) }
    }

    /// The request's loader of the notes the tutor whose user is `tutorUserID` (the viewer) keeps.
    func viewerNotes(tutorUserID: Int64) -> DataLoader<Int64, StudentNoteRow> {
        loader(ViewerNoteByStudent.self) { [store] ids in
            try await store.students.notes(byTutorUserID: tutorUserID, aboutStudentIDs: ids)
        }
    }

    /// The request's loader of which students the tutor whose user is `tutorUserID` (the viewer) has bookings with.
    func viewerStudents(tutorUserID: Int64) -> DataLoader<Int64, Bool> {
        loader(ViewerTeachesStudent.self) { [store] ids in
            try await store.students.studentsWithBookings(tutorUserID: tutorUserID, among: ids)
        }
    }
}
