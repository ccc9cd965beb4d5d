import GraphQLEngine
import TutorStore

/// `approveTutor` and `rejectTutor`: staff decide on a profile waiting for approval.
enum TutorApprovalMutations {
    static func register(_ mutation: inout ObjectResolvers<RootValue>) {
        StaffMutation.add("approveTutor", to: &mutation) { input in
            let tutorID = try input.id("tutorId", as: .tutor)
            let note = try TutorInputRules.text(input, "reason", limit: StaffMutation.maximumTextLength)
            return decide(tutorID, .approve(note: note), echoing: input.clientMutationId)
        }
        StaffMutation.add("rejectTutor", to: &mutation) { input in
            let tutorID = try input.id("tutorId", as: .tutor)
            let reason = try TutorInputRules.text(input, "reason", limit: StaffMutation.maximumTextLength, required: true)
            return decide(tutorID, .reject(reason: reason ?? ""), echoing: input.clientMutationId)
        }
    }

    /// The write of either decision: the store call, then the request's cached copy of the tutor replaced.
    private static func decide(
        _ tutorID: Int64, _ decision: TutorApprovalDecision, echoing clientMutationId: String?
    ) -> StaffMutation.Write {
        { administration, actor, context in
            let tutor = try await administration.decideTutor(tutorID, decision, by: actor, now: context.now)
            context.forgetTutor(tutor)
            return TutorPayload(tutor: tutor, clientMutationId: clientMutationId)
        }
    }
}
