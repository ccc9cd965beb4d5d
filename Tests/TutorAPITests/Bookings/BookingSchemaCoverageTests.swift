import GraphQLEngine
import Testing

@testable import TutorAPI

/// Start-up refuses fields without resolvers: none of this area's may be missing.
@Suite("Bookings: schema coverage")
struct BookingSchemaCoverageTests {
    /// The object types this area resolves, and the root fields it serves.
    static let types: Set<String> = [
        "Booking", "BookingEvent", "SessionMaterial", "BookingConnection", "BookingEdge", "StudentPackage",
        "StudentPackageConnection", "StudentPackageEdge", "Payment", "Refund", "Payout", "PayoutItem",
        "PayoutConnection", "PayoutEdge", "RevenueReport", "Review", "ReviewConnection", "ReviewEdge",
    ]
    static let queries = ["myBookings", "booking", "packages", "payouts", "revenueReport"]

    @Test("every field of the area's types and queries has a resolver")
    func everyFieldResolved() throws {
        let schema = try buildSchema(TutorGraphAPI.loadSchemaSDL(), resolvers: APIResolvers.all())
        let missing = unresolvedFields(in: schema).filter { coordinate in
            let parts = coordinate.split(separator: ".")
            return Self.types.contains(String(parts[0])) || (parts[0] == "Query" && Self.queries.contains(String(parts[1])))
        }
        #expect(missing == [])
    }
}
