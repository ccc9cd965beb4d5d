/// The database answered in a way its constraints should make impossible: the schema and the code disagree.
public enum AccountDataError: Error, Sendable, Hashable, CustomStringConvertible {
    /// A column held a value outside its CHECK constraint's list.
    case unexpectedValue(column: String, value: String)
    /// An `INSERT … RETURNING` or `UPDATE … RETURNING` that must return one row returned none.
    case missingRow(String)

    public var description: String {
        switch self {
        case .unexpectedValue(let column, let value): "unexpected value \"\(value)\" in \(column)"
        case .missingRow(let statement): "\(statement) returned no row"
        }
    }
}
