import Foundation
import GraphQLEngine
import PostgresNIO
import Testing
import TutorDomain

@testable import TutorAPI

/// Favorites, students and tutors' private notes: who may do and see what.
@Suite("Tutors: favorites, students and notes")
struct StudentAPITests {
    @Test("addFavorite is idempotent, favorites lists it, removeFavorite is harmless twice; only students")
    func favorites() async throws {
        try await APITestHarness.withHarness { harness in
            let fixture = TutorAPIFixture(harness: harness)
            let tutor = try await fixture.tutor()
            let hidden = try await fixture.tutor(status: "pending_approval")
            let student = try await harness.createUser(.student)
            let tutorID = try await fixture.tutorGlobalID(tutor)
            let add = "mutation($id: ID!) { addFavorite(input: { tutorId: $id }) { isFavorite tutor { id isFavorite } } }"
            let remove = "mutation($id: ID!) { removeFavorite(input: { tutorId: $id }) { isFavorite tutor { isFavorite } } }"
            let list = "{ favorites(first: 10) { totalCount edges { node { id } } } }"
            for _ in 0..<2 {
                let added = try await harness.execute(add, variables: ["id": .string(tutorID)], as: student.viewer)
                #expect(added.value("addFavorite.tutor.isFavorite") == .bool(true), "\(added.json)")
            }
            let listed = try await harness.execute(list, as: student.viewer)
            #expect(listed.value("favorites.totalCount") == .int(1))
            #expect(listed.string("favorites.edges.0.node.id") == tutorID)
            for _ in 0..<2 {
                let removed = try await harness.execute(remove, variables: ["id": .string(tutorID)], as: student.viewer)
                #expect(removed.value("removeFavorite.tutor.isFavorite") == .bool(false), "\(removed.json)")
            }
            #expect(try await harness.execute(list, as: student.viewer).value("favorites.totalCount") == .int(0))

            let hiddenID = try await fixture.tutorGlobalID(hidden)
            #expect(try await harness.execute(add, variables: ["id": .string(hiddenID)], as: student.viewer).onlyErrorCode == .notFound)
            #expect(try await harness.execute(add, variables: ["id": .string(tutorID)]).onlyErrorCode == .unauthenticated)
            #expect(try await harness.execute(add, variables: ["id": .string(tutorID)], as: tutor.viewer).onlyErrorCode == .forbidden)
            #expect(try await harness.execute(list, as: tutor.viewer).onlyErrorCode == .forbidden)
            let badID = try await harness.execute(add, variables: ["id": .string("nonsense")], as: student.viewer)
            #expect(badID.errorField == "input.tutorId")
            let badRemoval = try await harness.execute(
                remove, variables: ["id": .string(try await fixture.subjectGlobalID("physics"))], as: student.viewer)
            #expect(badRemoval.errorField == "input.tutorId")
        }
    }

    @Test("a private note is written only about a student one teaches and read only by its tutor")
    func privateNotes() async throws {
        try await APITestHarness.withHarness { harness in
            let fixture = TutorAPIFixture(harness: harness)
            let tutor = try await fixture.tutor()
            let otherTutor = try await fixture.tutor()
            let student = try await harness.createUser(.student)
            let admin = try await harness.createUser(.admin)
            try await BookingFixture(harness: harness).booking(
                tutor: tutor, student: student, start: harness.clock.now().addingTimeInterval(86_400))
            let studentID = GlobalID(.student, try await fixture.studentID(student)).description
            let write = "mutation($input: SetStudentNoteInput!) { setStudentNote(input: $input) { note { body } } }"
            func note(_ body: String) -> ObjectValue { ["input": .object(["studentId": .string(studentID), "body": .string(body)])] }

            let written = try await harness.execute(write, variables: note("Needs fractions."), as: tutor.viewer)
            #expect(written.string("setStudentNote.note.body") == "Needs fractions.", "\(written.json)")
            #expect(try await harness.execute(write, variables: note("Hi"), as: otherTutor.viewer).onlyErrorCode == .notFound)
            #expect(try await harness.execute(write, variables: note("Hi"), as: student.viewer).onlyErrorCode == .forbidden)
            #expect(try await harness.execute(write, variables: note("Hi")).onlyErrorCode == .unauthenticated)
            let tooLong = try await harness.execute(
                write, variables: note(String(repeating: "x", count: 10_001)), as: tutor.viewer)
            #expect(tooLong.errorField == "input.body")

            let read =
                "query($id: ID!) { node(id: $id) { ... on Student { privateNote { body } creditBalance { amountCents } user { id } } } }"
            let asTutor = try await harness.execute(read, variables: ["id": .string(studentID)], as: tutor.viewer)
            #expect(asTutor.string("node.privateNote.body") == "Needs fractions.", "\(asTutor.json)")
            #expect(asTutor.isNull("node.creditBalance"))
            let asStudent = try await harness.execute(read, variables: ["id": .string(studentID)], as: student.viewer)
            #expect(asStudent.isNull("node.privateNote"))
            #expect(asStudent.value("node.creditBalance.amountCents") == .int(0))
            let asAdmin = try await harness.execute(read, variables: ["id": .string(studentID)], as: admin.viewer)
            #expect(asAdmin.isNull("node.privateNote"))
            #expect(try await harness.execute(read, variables: ["id": .string(studentID)], as: otherTutor.viewer).isNull("node"))
            #expect(try await harness.execute(read, variables: ["id": .string(studentID)]).isNull("node"))

            let cleared = try await harness.execute(write, variables: note(""), as: tutor.viewer)
            #expect(cleared.isNull("setStudentNote.note"))
            #expect(try await harness.execute(read, variables: ["id": .string(studentID)], as: tutor.viewer).isNull("node.privateNote"))
        }
    }
}
