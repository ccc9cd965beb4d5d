import Foundation

/// One piece of periodic work: a name for the logs, how often it runs, and the work itself at a given instant.
///
/// The instant is passed in rather than read inside, so each job runs against any clock a test chooses.
public struct BackgroundJob: Sendable {
    public let name: String
    public let interval: Duration
    /// Does one round of the work as of `now`; returns how many items it handled, for the logs.
    public let run: @Sendable (_ now: Date) async throws -> Int

    public init(name: String, interval: Duration, run: @escaping @Sendable (_ now: Date) async throws -> Int) {
        self.name = name
        self.interval = interval
        self.run = run
    }
}
