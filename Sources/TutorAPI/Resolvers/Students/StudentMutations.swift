import Foundation
import GraphQLEngine
import TutorDomain
import TutorStore

/// `addFavorite`, `removeFavorite` (students) and `setStudentNote` (tutors).
enum StudentMutations {
    /// The longest private note.
    static let maximumNoteLength = 10_000

    static func add(to mutation: inout ObjectResolvers<RootValue>) {
        mutation.field("addFavorite") { _, arguments, context in
            let viewer = try AccessPolicy.requireRole(context.viewer, [.student])
            let input = InputReader(input: arguments)
            let tutorID = try input.id("tutorId", as: .tutor)
            return .run {
                try await translating {
                    try await context.store.students.addFavorite(studentUserID: viewer.userID, tutorID: tutorID)
                }
                context.viewerFavorites(userID: viewer.userID).clear(tutorID)
                guard let tutor = try await context.visibleTutor(tutorID) else { throw APIError.notFound("Tutor") }
                return FavoritePayload(tutor: tutor, isFavorite: true, clientMutationId: input.clientMutationId)
            }
        }
        mutation.field("removeFavorite") { _, arguments, context in
            let viewer = try AccessPolicy.requireRole(context.viewer, [.student])
            let input = InputReader(input: arguments)
            let tutorID = try input.id("tutorId", as: .tutor)
            return .run {
                guard let tutor = try await context.visibleTutor(tutorID) else { throw APIError.notFound("Tutor") }
                try await translating {
                    try await context.store.students.removeFavorite(studentUserID: viewer.userID, tutorID: tutorID)
                }
                context.viewerFavorites(userID: viewer.userID).clear(tutorID)
                return FavoritePayload(tutor: tutor, isFavorite: false, clientMutationId: input.clientMutationId)
            }
        }
        mutation.field("setStudentNote") { _, arguments, context in
            let viewer = try AccessPolicy.requireRole(context.viewer, [.tutor])
            let input = InputReader(input: arguments)
            let studentID = try input.id("studentId", as: .student)
            let body = (input.string("body") ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
            guard body.count <= maximumNoteLength else {
                throw APIError.badInput("A note has at most \(maximumNoteLength) characters.", field: input.field("body"))
            }
            return .run {
                let note = try await translating {
                    try await context.store.students.setNote(tutorUserID: viewer.userID, studentID: studentID, body: body)
                }
                context.viewerNotes(tutorUserID: viewer.userID).clear(studentID)
                return StudentNotePayload(note: note, clientMutationId: input.clientMutationId)
            }
        }
    }

    /// Runs a store call, turning its refusals into API errors that reveal nothing about hidden rows.
    private static func translating<Result>(_ body: () async throws -> Result) async throws -> Result {
        do {
            return try await body()
        } catch let error as StudentWriteError {
            switch error {
            case .noStudentProfile: throw APIError.forbidden("Only students with a profile can keep favorites.")
            case .noTutorProfile: throw APIError.forbidden("Only tutors with a profile can keep notes.")
            case .tutorNotListed: throw APIError.notFound("Tutor")
            case .noBookingWithStudent: throw APIError.notFound("Student")
            }
        }
    }
}
