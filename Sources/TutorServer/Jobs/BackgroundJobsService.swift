import Foundation
import Logging
import ServiceLifecycle

/// Runs every background job on its own interval for as long as the application runs, as a ServiceLifecycle
/// service: it starts with the server and stops at graceful shutdown (SIGINT, SIGTERM) between rounds.
///
/// A round that fails is logged and the job tries again after its next interval; one job's failure never stops
/// another. `clock` paces the rounds and `now` tells each round the time, so tests can drive both. No job runs
/// before `ready` finishes (the server finishes it once migrations are applied).
public struct BackgroundJobsService: Service {
    let jobs: [BackgroundJob]
    let clock: any Clock<Duration>
    let now: @Sendable () -> Date
    let ready: AsyncStream<Void>?
    let logger: Logger

    public init(
        jobs: [BackgroundJob], clock: any Clock<Duration> = ContinuousClock(),
        now: @escaping @Sendable () -> Date = { Date() }, startingAfter ready: AsyncStream<Void>? = nil, logger: Logger
    ) {
        self.jobs = jobs
        self.clock = clock
        self.now = now
        self.ready = ready
        self.logger = logger
    }

    public func run() async throws {
        await cancelWhenGracefulShutdown {
            if let ready {
                for await _ in ready {}
            }
            await withDiscardingTaskGroup { group in
                for job in jobs {
                    group.addTask { await runRounds(of: job) }
                }
            }
        }
    }

    /// Sleeps an interval, runs a round, and repeats until cancelled.
    private func runRounds(of job: BackgroundJob) async {
        while true {
            do {
                try await clock.sleep(for: job.interval)
            } catch {
                return
            }
            do {
                let handled = try await job.run(now())
                if handled > 0 { logger.info("Background job did work", metadata: ["job": "\(job.name)", "items": "\(handled)"]) }
            } catch {
                logger.error("Background job failed", metadata: ["job": "\(job.name)", "error": "\(error)"])
            }
        }
    }
}
