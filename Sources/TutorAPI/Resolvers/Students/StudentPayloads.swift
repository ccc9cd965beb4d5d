import GraphQLEngine
import TutorStore

/// `FavoritePayload`: the tutor and whether it is now a favorite.
struct FavoritePayload: Sendable {
    let tutor: TutorProfileRow
    let isFavorite: Bool
    let clientMutationId: String?
}

/// `SetStudentNotePayload`: the note, nil once removed.
struct StudentNotePayload: Sendable {
    let note: StudentNoteRow?
    let clientMutationId: String?
}

enum StudentPayloads {
    /// Adds both payload types.
    static func register(_ map: inout ResolverMap) {
        var favorite = ObjectResolvers("FavoritePayload", as: FavoritePayload.self)
        favorite.field("tutor") { $0.tutor }
        favorite.field("isFavorite") { $0.isFavorite }
        favorite.field("clientMutationId") { $0.clientMutationId }
        map.add(favorite)

        var note = ObjectResolvers("SetStudentNotePayload", as: StudentNotePayload.self)
        note.field("note") { $0.note }
        note.field("clientMutationId") { $0.clientMutationId }
        map.add(note)
    }
}
