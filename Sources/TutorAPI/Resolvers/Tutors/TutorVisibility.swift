import GraphQLEngine
import TutorStore

extension TutorProfileRow: NodeBacked {
    var nodeID: GlobalID { GlobalID(.tutor, id) }
}

extension TutorProfileRow {
    /// Whether `viewer` may see the profile: a listed one everyone, an unapproved one its tutor and staff,
    /// a deleted one staff only. Hidden profiles read as null, exactly like missing ones.
    func isVisible(to viewer: Viewer?) -> Bool {
        if deletedAt != nil { return AccessPolicy.allows(viewer, .readModerationData) }
        return isApproved || AccessPolicy.allows(viewer, .manageTutorProfile(tutorUserID: userID))
    }
}

extension RequestContext {
    /// The tutor with this ID when the viewer may see it, else nil.
    func visibleTutor(_ id: Int64) async throws -> TutorProfileRow? {
        guard let tutor = try await tutorByID.load(id), tutor.isVisible(to: viewer) else { return nil }
        return tutor
    }

    /// Forgets everything this request loaded about a tutor, after a mutation changed it.
    func forgetTutor(_ tutor: TutorProfileRow) {
        tutorByID.clear(tutor.id)
        tutorByID.prime(tutor.id, tutor)
        tutorSubjects.clear(tutor.id)
        tutorCertifications.clear(tutor.id)
        tutorEducation.clear(tutor.id)
        tutorAvailability.clear(tutor.id)
        tutorUpcomingBlackouts.clear(tutor.id)
        tutorPricingOptions.clear(tutor.id)
    }
}
