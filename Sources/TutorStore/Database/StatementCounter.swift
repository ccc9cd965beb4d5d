import Synchronization

/// Counts the SQL statements run on behalf of one request (or one test), through a task-local.
///
/// The HTTP layer binds a fresh counter around each request; child tasks (resolvers, DataLoader
/// batches) inherit it, so the count covers everything the request caused.
public final class StatementCounter: Sendable {
    private let count = Mutex(0)

    /// The counter of the current request, if one is bound.
    @TaskLocal public static var current: StatementCounter?

    public init() {}

    /// Statements counted so far.
    public var value: Int { count.withLock { $0 } }

    /// Adds `statements` to the current task's counter, if any.
    static func record(_ statements: Int = 1) {
        current?.count.withLock { $0 += statements }
    }

    /// Runs `body` with a new counter bound, returning its result and the number of statements it ran.
    public static func counting<Result>(_ body: () async throws -> Result) async rethrows -> (result: Result, statements: Int) {
        let counter = StatementCounter()
        let result = try await $current.withValue(counter) { try await body() }
        return (result, counter.value)
    }
}
