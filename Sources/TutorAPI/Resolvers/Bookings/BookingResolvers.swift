import GraphQLEngine
import TutorStore

/// Bookings and session packages: their types, `myBookings`, `booking`, `packages` and their node fetchers.
enum BookingResolvers: APIArea {
    static func register(_ map: inout ResolverMap) {
        map.add(bookingType())
        map.add(bookingEventType())
        map.add(sessionMaterialType())
        map.addConnection("Booking", node: BookingRow.self)
        map.add(packageType())
        map.addConnection("StudentPackage", node: StudentPackageRow.self)
    }

    static func registerQueries(_ query: inout ObjectResolvers<RootValue>) {
        registerBookingQueries(&query)
        registerPackageQueries(&query)
    }

    static func registerNodes(_ nodes: inout NodeFetchers) {
        nodes.add(.booking) { key, context in context.visibleBooking(key).map { row -> (any Sendable)? in row } }
        nodes.add(.studentPackage) { key, context in context.visiblePackage(key).map { row -> (any Sendable)? in row } }
    }
}
