/// The repositories, one per aggregate, over one `Database`.
///
/// Each repository lives in its own file and reaches the store through an extension
/// (`extension Store { public var tutors: TutorRepository { … } }`), so areas stay independent.
public struct Store: Sendable {
    public let database: Database

    public init(database: Database) {
        self.database = database
    }
}
