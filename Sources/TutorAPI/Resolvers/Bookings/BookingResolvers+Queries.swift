import GraphQLEngine
import TutorDomain
import TutorStore

extension BookingResolvers {
    /// `myBookings` and `booking`.
    static func registerBookingQueries(_ query: inout ObjectResolvers<RootValue>) {
        query.field("myBookings") { _, arguments, context in
            let viewer = try AccessPolicy.requireSignedIn(context.viewer)
            let request = try PageRequest(arguments: arguments)
            let (page, position) = try request.instantKeyset()
            let filter = try BookingListFilter(viewer: viewer, arguments: arguments["filter"]?.objectValue ?? [:])
            let bookings = context.store.bookings
            return .run {
                let rows = try await bookings.list(filter, page: page, after: position)
                return Connection(rows: rows, request: request, cursor: \.position.cursor) { _ in
                    .run { try await bookings.count(filter) }
                }
            }
        }
        query.field("booking") { _, arguments, context in
            let id = try GlobalID.decode(arguments["id"]?.stringValue ?? "", as: .booking, field: "id")
            return .load(context.visibleBooking(id))
        }
    }
}

extension BookingListFilter {
    /// The viewer's bookings as `BookingFilter` narrows them.
    init(viewer: Viewer, arguments: ObjectValue) throws(APIError) {
        let role = arguments["role"]?.stringValue
        var states: [SessionState]?
        if let names = arguments["sessionStates"]?.listValue {
            states = names.compactMap { $0.stringValue.flatMap(SessionState.init(rawValue:)) }
        }
        let startsAfter = arguments["startsAfter"].flatMap(CustomScalars.dateValue(ofDateTime:))
        let startsBefore = arguments["startsBefore"].flatMap(CustomScalars.dateValue(ofDateTime:))
        if let startsAfter, let startsBefore, startsAfter >= startsBefore {
            throw APIError.badInput("startsBefore must be later than startsAfter.", field: "filter.startsBefore")
        }
        self.init(
            userID: viewer.userID, asStudent: role != "AS_TUTOR", asTutor: role != "AS_STUDENT", sessionStates: states,
            startsAfter: startsAfter, startsBefore: startsBefore)
    }
}
