/// A row that breaks what the communication and moderation tables promise: a bug or a manual edit, never input.
enum CommunicationDataError: Error, Sendable, Hashable {
    /// A statement that must return a row returned none.
    case missingRow(String)
    /// A column held a value outside its CHECK list.
    case unexpectedValue(column: String, value: String)
}
