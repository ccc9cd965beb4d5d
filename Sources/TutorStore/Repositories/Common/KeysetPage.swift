/// Which rows of a keyset-paginated list to fetch: how many, and which way from the cursor.
///
/// Repositories take the cursor's sort key as typed parameters beside this, fetch `fetchLimit` rows in the
/// direction of travel and never use OFFSET; the API layer turns the extra row into `hasNextPage`.
public struct KeysetPage: Sendable, Hashable {
    /// Forward walks the list in its natural order; backward walks it in reverse, from the end or a cursor.
    public enum Direction: Sendable, Hashable {
        case forward, backward
    }

    public let direction: Direction
    /// Rows wanted on the page.
    public let limit: Int

    public init(direction: Direction, limit: Int) {
        self.direction = direction
        self.limit = limit
    }

    /// Rows to fetch: one more than the page, to learn whether another page follows.
    public var fetchLimit: Int { limit + 1 }
}
