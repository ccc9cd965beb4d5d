import GraphQLEngine
import TutorDomain
import TutorStore

/// The booking writes of issue 5: requesting, accepting, declining, cancelling, rescheduling, starting and
/// ending sessions, no-shows and disputes. Each reads its input, checks the role rules the store does not
/// enforce itself, makes one store call and answers with the booking as it is after the change.
enum BookingMutationResolvers: APIArea {
    static func register(_ map: inout ResolverMap) {
        var payload = ObjectResolvers("BookingPayload", as: BookingPayload.self)
        payload.field("booking") { $0.booking }
        payload.field("clientMutationId") { $0.clientMutationId }
        map.add(payload)
    }

    static func registerMutations(_ mutation: inout ObjectResolvers<RootValue>) {
        registerRequest(&mutation)
        registerAction("acceptBooking", &mutation, onlyTheTutor: true) { _ in .accept }
        registerAction("declineBooking", &mutation, onlyTheTutor: true) { _ in .decline }
        registerAction("cancelBooking", &mutation) { _ in .cancel }
        registerAction("startSession", &mutation) { _ in .start }
        registerAction("endSession", &mutation) { input in
            guard let outcome = input.string("outcome").flatMap(SessionOutcome.init(rawValue:)) else {
                throw APIError.badInput("Unknown session outcome.", field: input.field("outcome"))
            }
            return .end(outcome)
        }
        registerAction("openDispute", &mutation, reasonRequired: true) { _ in .openDispute }
        registerResolveDispute(&mutation)
        registerReschedule(&mutation)
        registerMarkNoShow(&mutation)
        SessionMaterialMutation.register(&mutation)
    }

    /// `requestBooking`: students only; the store checks the tutor, subject, time and package.
    private static func registerRequest(_ mutation: inout ObjectResolvers<RootValue>) {
        mutation.field("requestBooking") { _, arguments, context in
            let viewer = try AccessPolicy.requireRole(context.viewer, [.student])
            let input = InputReader(input: arguments)
            let request = BookingRequest(
                studentUserID: viewer.userID,
                tutorProfileID: try input.id("tutorId", as: .tutor),
                subjectID: try input.id("subjectId", as: .subject),
                startTime: try input.instant("startTime"),
                endTime: try input.instant("endTime"),
                packageID: try input.optionalID("packageId", as: .studentPackage),
                pricingOptionID: try input.optionalID("pricingOptionId", as: .pricingOption),
                notes: try TutorInputRules.text(input, "notes", limit: maximumTextLength) ?? "")
            return .run {
                let outcome = try await BookingWriteError.translating {
                    try await context.store.transitions.requestBooking(request, now: context.now)
                }
                return try await payload(for: outcome, context: context, echoing: input.clientMutationId)
            }
        }
    }

    /// A mutation taking a booking ID, an optional expected version and a reason, applying the action its input asks.
    /// `onlyTheTutor` actions answer the student's request, so the student (or staff) may not take them.
    private static func registerAction(
        _ name: String, _ mutation: inout ObjectResolvers<RootValue>, reasonRequired: Bool = false,
        onlyTheTutor: Bool = false, action: @escaping @Sendable (InputReader) throws -> BookingAction
    ) {
        mutation.field(name) { _, arguments, context in
            let viewer = try AccessPolicy.requireSignedIn(context.viewer)
            let input = InputReader(input: arguments)
            let bookingID = try input.id("bookingId", as: .booking)
            let action = try action(input)
            let reason = try TutorInputRules.text(input, "reason", limit: maximumTextLength, required: reasonRequired)
            return .run {
                if onlyTheTutor {
                    try await requireBookingPermission(
                        viewer, on: bookingID, context: context, refusal: "Only the booking's tutor can answer its request."
                    ) { .answerBookingRequest(tutorUserID: $0.tutorUserID) }
                }
                let outcome = try await BookingWriteError.translating {
                    try await context.store.transitions.apply(
                        action, toBooking: bookingID, by: actor(viewer), expectedVersion: input.int("expectedVersion"),
                        reason: reason, now: context.now)
                }
                return try await payload(for: outcome, context: context, echoing: input.clientMutationId)
            }
        }
    }

    /// `resolveDispute`: staff only (`.moderate`), settling as the decision says.
    private static func registerResolveDispute(_ mutation: inout ObjectResolvers<RootValue>) {
        mutation.field("resolveDispute") { _, arguments, context in
            let viewer = try AccessPolicy.require(context.viewer, .moderate)
            let input = InputReader(input: arguments)
            let bookingID = try input.id("bookingId", as: .booking)
            let settlement = try settlement(input)
            let note = try TutorInputRules.text(input, "note", limit: maximumTextLength, required: true)
            return .run {
                let outcome = try await BookingWriteError.translating {
                    try await context.store.transitions.apply(
                        .resolveDispute(settlement), toBooking: bookingID, by: actor(viewer), reason: note,
                        now: context.now)
                }
                return try await payload(for: outcome, context: context, echoing: input.clientMutationId)
            }
        }
    }

    /// `rescheduleBooking`: either party or staff; the store enforces the 24-hour rule and the new slot.
    private static func registerReschedule(_ mutation: inout ObjectResolvers<RootValue>) {
        mutation.field("rescheduleBooking") { _, arguments, context in
            let viewer = try AccessPolicy.requireSignedIn(context.viewer)
            let input = InputReader(input: arguments)
            let bookingID = try input.id("bookingId", as: .booking)
            let start = try input.instant("startTime")
            let end = try input.instant("endTime")
            return .run {
                let outcome = try await BookingWriteError.translating {
                    try await context.store.transitions.reschedule(
                        bookingID: bookingID, to: start, end: end, by: actor(viewer),
                        expectedVersion: input.int("expectedVersion"), now: context.now)
                }
                return try await payload(for: outcome, context: context, echoing: input.clientMutationId)
            }
        }
    }

    /// `markNoShow`: the caller's side decides who did not come — the student reports the tutor, the tutor the
    /// student. Staff, who are neither, record outcomes with `endSession`.
    private static func registerMarkNoShow(_ mutation: inout ObjectResolvers<RootValue>) {
        mutation.field("markNoShow") { _, arguments, context in
            let viewer = try AccessPolicy.requireSignedIn(context.viewer)
            let input = InputReader(input: arguments)
            let bookingID = try input.id("bookingId", as: .booking)
            let reason = try TutorInputRules.text(input, "reason", limit: maximumTextLength)
            return .run {
                let booking = try await currentBooking(bookingID, context: context)
                let noShow: SessionOutcome
                switch viewer.userID {
                case booking.studentUserID: noShow = .noShowTutor
                case booking.tutorUserID: noShow = .noShowStudent
                default:
                    let parties = Permission.readBooking(studentUserID: booking.studentUserID, tutorUserID: booking.tutorUserID)
                    guard AccessPolicy.allows(viewer, parties) else { throw APIError.notFound("Booking") }
                    throw APIError.forbidden("Only the booking's student or tutor can report a no-show.")
                }
                let outcome = try await BookingWriteError.translating {
                    try await context.store.transitions.apply(
                        .end(noShow), toBooking: bookingID, by: actor(viewer), expectedVersion: input.int("expectedVersion"),
                        reason: reason, now: context.now)
                }
                return try await payload(for: outcome, context: context, echoing: input.clientMutationId)
            }
        }
    }

    /// The longest note, reason or dispute text, in characters.
    static let maximumTextLength = 2000

    /// The store's view of the signed-in caller.
    private static func actor(_ viewer: Viewer) -> BookingActor { .user(id: viewer.userID, role: viewer.role) }

    /// The settlement `input.decision` (and `input.refundCents`) ask for.
    private static func settlement(_ input: InputReader) throws(APIError) -> DisputeSettlement {
        switch input.string("decision") {
        case "UPHOLD": return .uphold
        case "REFUND_FULL": return .refundFull
        case "REFUND_PARTIAL":
            guard let cents = input.int("refundCents") else {
                throw APIError.badInput("REFUND_PARTIAL needs refundCents.", field: input.field("refundCents"))
            }
            return .refundPartial(cents: cents)
        default: throw APIError.badInput("Unknown decision.", field: input.field("decision"))
        }
    }

    /// The booking row as the database has it now, read past the request's loader cache.
    static func currentBooking(_ id: Int64, context: RequestContext) async throws -> BookingRow {
        guard let booking = try await context.store.bookings.bookings(ids: [id])[id] else {
            throw APIError.notFound("Booking")
        }
        return booking
    }

    /// The payload for a finished write: the booking re-read after the change, its cached copy replaced.
    private static func payload(for outcome: TransitionOutcome, context: RequestContext, echoing clientMutationId: String?)
        async throws -> BookingPayload
    {
        try await payload(forBooking: outcome.bookingID, context: context, echoing: clientMutationId)
    }

    /// The payload for a finished write to booking `id`: the booking re-read, its cached copy replaced.
    static func payload(forBooking id: Int64, context: RequestContext, echoing clientMutationId: String?)
        async throws -> BookingPayload
    {
        let booking = try await currentBooking(id, context: context)
        context.bookingByID.clear(booking.id)
        context.bookingByID.prime(booking.id, booking)
        return BookingPayload(booking: booking, clientMutationId: clientMutationId)
    }
}
