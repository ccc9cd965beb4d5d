import GraphQLEngine
import TutorDomain
import TutorStore

/// Students: the `Student` and `StudentNote` types, `favorites`, favorite and note mutations, `node` for students.
enum StudentResolvers: APIArea {
    static func register(_ map: inout ResolverMap) {
        var student = ObjectResolvers("Student", as: StudentProfileRow.self)
        student.field("id") { $0.nodeID.description }
        student.field("user") { student, _, context in .load(context.userByID.deferred(student.userID)) }
        student.field("gradeLevel") { $0.gradeLevel?.uppercased() }
        student.field("learningGoals") { $0.learningGoals }
        student.field("creditBalance") { student, _, context in
            guard AccessPolicy.allows(context.viewer, .readPrivateUserData(ownerUserID: student.userID)) else {
                return .value(nil)
            }
            return .value(Money(cents: Int(student.creditBalanceCents), currency: student.currency))
        }
        student.field("subjectInterests") { student, _, context in
            .load(context.studentSubjectInterests.deferred(student.id).map { $0 ?? [] })
        }
        student.field("privateNote") { student, _, context in
            guard let viewer = context.viewer, viewer.role == .tutor else { return .value(nil) }
            return .load(context.viewerNotes(tutorUserID: viewer.userID).deferred(student.id))
        }
        map.add(student)

        var note = ObjectResolvers("StudentNote", as: StudentNoteRow.self)
        note.field("id") { GlobalID(.studentNote, $0.id).description }
        note.field("body") { $0.body }
        note.field("updatedAt") { $0.updatedAt }
        map.add(note)

        StudentPayloads.register(&map)
    }

    static func registerQueries(_ query: inout ObjectResolvers<RootValue>) {
        query.field("favorites") { _, arguments, context in
            let viewer = try AccessPolicy.requireRole(context.viewer, [.student])
            let request = try PageRequest(arguments: arguments)
            let (page, position) = try TutorList.favorites.keyset(request)
            return .run {
                let listings = try await context.store.students.favorites(
                    studentUserID: viewer.userID, page: page, after: position)
                TutorQueries.prime(context, with: listings)
                return TutorList.favorites.connection(listings, request: request) { context in
                    .run { try await context.store.students.favoriteCount(studentUserID: viewer.userID) }
                }
            }
        }
    }

    static func registerMutations(_ mutation: inout ObjectResolvers<RootValue>) {
        StudentMutations.add(to: &mutation)
    }

    static func registerNodes(_ nodes: inout NodeFetchers) {
        nodes.add(.student) { key, context in
            context.studentProfileByID.deferred(key).flatMap { student -> Promise<(any Sendable)?> in
                guard let student else { return Promise(value: nil) }
                return context.visibility(of: student).map { $0 ? student : nil }
            }
        }
    }
}

extension StudentProfileRow: NodeBacked {
    var nodeID: GlobalID { GlobalID(.student, id) }
}

extension RequestContext {
    /// Whether the viewer may see `student`: the student and staff, and tutors who have a booking with them;
    /// a deleted profile staff only.
    func visibility(of student: StudentProfileRow) -> Promise<Bool> {
        if student.deletedAt != nil { return Promise(value: AccessPolicy.allows(viewer, .readModerationData)) }
        if AccessPolicy.allows(viewer, .readPrivateUserData(ownerUserID: student.userID)) { return Promise(value: true) }
        guard let viewer, viewer.role == .tutor else { return Promise(value: false) }
        return viewerStudents(tutorUserID: viewer.userID).deferred(student.id).map { $0 ?? false }
    }
}
