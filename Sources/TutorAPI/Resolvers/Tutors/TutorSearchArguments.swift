import Foundation
import GraphQLEngine
import TutorStore

/// The arguments of `tutors`, checked: the filter, the order and the page.
struct TutorSearchArguments: Sendable {
    let filter: TutorSearchFilter
    let order: TutorSearchOrder
    let request: PageRequest

    /// The longest search text accepted; web-search syntax needs no more.
    static let maximumSearchLength = 200

    /// Reads and checks the arguments; `includeAll` needs staff (FORBIDDEN otherwise).
    init(_ arguments: ObjectValue, viewer: Viewer?) throws(APIError) {
        request = try PageRequest(arguments: arguments)
        let orderName = arguments["orderBy"]?.stringValue ?? "RELEVANCE"
        guard let order = TutorSearchOrder(rawValue: orderName.lowercased()) else {
            throw APIError.badInput("Unknown order \(orderName).", field: "orderBy")
        }
        self.order = order
        filter = try Self.filter(InputReader(fields: arguments["filter"]?.objectValue ?? [:], path: "filter"), viewer: viewer)
    }

    private static func filter(_ input: InputReader, viewer: Viewer?) throws(APIError) -> TutorSearchFilter {
        var filter = TutorSearchFilter()
        if let text = input.string("search")?.trimmingCharacters(in: .whitespacesAndNewlines), !text.isEmpty {
            guard text.count <= maximumSearchLength else {
                throw APIError.badInput("Search at most \(maximumSearchLength) characters.", field: input.field("search"))
            }
            filter.search = text
        }
        if input.string("subjectId") != nil { filter.subjectID = try input.id("subjectId", as: .subject) }
        filter.subjectSlug = input.string("subjectSlug")
        filter.minPriceCents = try nonNegativeCents(input, "minPriceCents")
        filter.maxPriceCents = try nonNegativeCents(input, "maxPriceCents")
        if let minimum = filter.minPriceCents, let maximum = filter.maxPriceCents, minimum > maximum {
            throw APIError.badInput("maxPriceCents must not be below minPriceCents.", field: input.field("maxPriceCents"))
        }
        filter.language = input.string("language")?.lowercased()
        if let rating = input.fields["minRating"]?.doubleValue {
            guard (0...5).contains(rating) else {
                throw APIError.badInput("minRating lies between 0 and 5.", field: input.field("minRating"))
            }
            filter.minRating = rating
        }
        if let weekday = input.int("availableOnWeekday") {
            guard (0...6).contains(weekday) else {
                throw APIError.badInput("Weekdays run from 0 (Sunday) to 6 (Saturday).", field: input.field("availableOnWeekday"))
            }
            filter.availableOnWeekday = weekday
        }
        if input.bool("includeAll") == true {
            try AccessPolicy.require(viewer, .readModerationData)
            filter.includeUnlisted = true
        }
        return filter
    }

    private static func nonNegativeCents(_ input: InputReader, _ name: String) throws(APIError) -> Int64? {
        guard let cents = input.int(name) else { return nil }
        guard cents >= 0 else { throw APIError.badInput("\(name) must not be negative.", field: input.field(name)) }
        return Int64(cents)
    }
}
