import GraphQLEngine

/// A validated page request: which direction, how many, and from which cursor.
///
/// Keyset pagination only: a cursor carries the sort key of the row it points at, so pages stay
/// stable while rows are inserted, and no query ever uses OFFSET.
public struct PageRequest: Sendable, Hashable {
    public enum Direction: Sendable, Hashable { case forward, backward }

    public let direction: Direction
    /// Rows wanted on the page; the store fetches one more to learn whether another page exists.
    public let limit: Int
    public let cursor: Cursor?

    /// The most rows one page may return.
    public static let maximumPageSize = 100
    /// Rows per page when the client gives neither `first` nor `last`.
    public static let defaultPageSize = 20

    public init(direction: Direction, limit: Int, cursor: Cursor?) {
        self.direction = direction
        self.limit = limit
        self.cursor = cursor
    }

    /// Reads `first`/`after`/`last`/`before` from a field's arguments, rejecting contradictions.
    public init(arguments: ObjectValue) throws(APIError) {
        let first = arguments["first"]?.intValue
        let last = arguments["last"]?.intValue
        let after = arguments["after"]?.stringValue
        let before = arguments["before"]?.stringValue
        if first != nil, last != nil {
            throw APIError.badInput("Pass either first or last, not both.", field: "last")
        }
        if after != nil, before != nil {
            throw APIError.badInput("Pass either after or before, not both.", field: "before")
        }
        for (name, value) in [("first", first), ("last", last)] {
            guard let value else { continue }
            guard (0...Self.maximumPageSize).contains(value) else {
                throw APIError.badInput(
                    "\(name) must be between 0 and \(Self.maximumPageSize), got \(value).", field: name)
            }
        }
        if last != nil || (before != nil && first == nil) {
            direction = .backward
            limit = last ?? Self.defaultPageSize
            cursor = try before.map { cursor throws(APIError) in try Cursor(decoding: cursor, field: "before") }
        } else {
            direction = .forward
            limit = first ?? Self.defaultPageSize
            cursor = try after.map { cursor throws(APIError) in try Cursor(decoding: cursor, field: "after") }
        }
    }
}
