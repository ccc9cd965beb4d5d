import GraphQLEngine
import TutorStore

/// Which tutor list a cursor belongs to: each search order, the pending-approval queue, a student's favorites.
///
/// The list's name is the cursor's first component, so a cursor from one list given to another is refused
/// instead of silently starting somewhere meaningless.
enum TutorList: Hashable, Sendable {
    case search(TutorSearchOrder)
    case pendingApproval
    case favorites

    private var name: String {
        switch self {
        case .search(let order): order.rawValue
        case .pendingApproval: "pending"
        case .favorites: "favorites"
        }
    }

    /// The cursor of `listing` in this list.
    func cursor(_ listing: TutorListingRow) -> Cursor {
        Cursor([.string(name), .double(listing.sortKey), .int(listing.tutor.id)])
    }

    /// The page `request` asks for, and the position its cursor names; BAD_USER_INPUT for another list's cursor.
    func keyset(_ request: PageRequest) throws(APIError) -> (page: KeysetPage, position: TutorListingPosition?) {
        let page = KeysetPage(direction: request.direction == .forward ? .forward : .backward, limit: request.limit)
        guard let cursor = request.cursor else { return (page, nil) }
        let field = request.direction == .forward ? "after" : "before"
        guard cursor.components.count == 3, cursor.components[0] == .string(name),
            case .double(let sortKey) = cursor.components[1], case .int(let tutorID) = cursor.components[2]
        else { throw APIError.badInput("\(field) is not a cursor of this list and order.", field: field) }
        return (page, TutorListingPosition(sortKey: sortKey, tutorID: tutorID))
    }

    /// A connection page of `listings`, fetched for `request`.
    func connection(
        _ listings: [TutorListingRow], request: PageRequest,
        totalCount: @escaping @Sendable (RequestContext) -> Resolution
    ) -> Connection<TutorListingRow> {
        Connection(rows: listings, request: request, cursor: cursor, totalCount: totalCount)
    }
}
