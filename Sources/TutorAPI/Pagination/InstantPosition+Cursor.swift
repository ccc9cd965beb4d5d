import TutorStore

extension InstantPosition {
    /// The cursor clients page from: the instant's microseconds and the row ID.
    var cursor: Cursor { Cursor([.int(microseconds), .int(id)]) }

    /// The position `cursor` points at, or `BAD_USER_INPUT` naming `field` when it belongs to another list.
    init(_ cursor: Cursor, field: String) throws(APIError) {
        guard cursor.components.count == 2, case .int(let microseconds) = cursor.components[0],
            case .int(let id) = cursor.components[1]
        else { throw APIError.badInput("\(field) is not a cursor of this list.", field: field) }
        self.init(microseconds: microseconds, id: id)
    }
}

extension PageRequest {
    /// This request as the store walks a newest-first list: the page's direction and size, and where it starts.
    func instantKeyset() throws(APIError) -> (page: KeysetPage, position: InstantPosition?) {
        let page = KeysetPage(direction: direction == .forward ? .forward : .backward, limit: limit)
        let field = direction == .forward ? "after" : "before"
        return (page, try cursor.map { cursor throws(APIError) in try InstantPosition(cursor, field: field) })
    }
}
