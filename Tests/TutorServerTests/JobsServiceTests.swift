import Foundation
import Logging
import Synchronization
import Testing
import TutorServer

/// The service that paces the jobs: waits for readiness, runs each job on its interval with the injected time,
/// survives failing rounds, and stops when cancelled.
@Suite("Background jobs service")
struct JobsServiceTests {
    /// The instants each job was run at, by job name.
    final class Runs: Sendable {
        private let instants = Mutex<[String: [Date]]>([:])

        func record(_ name: String, _ instant: Date) {
            instants.withLock { $0[name, default: []].append(instant) }
        }

        func of(_ name: String) -> [Date] { instants.withLock { $0[name] ?? [] } }
    }

    struct Failure: Error {}

    @Test("no round before the database is ready; then every job runs repeatedly at the injected time, failures or not")
    func runsJobs() async throws {
        let runs = Runs()
        let fixedNow = Date(timeIntervalSince1970: 1_893_456_000)
        let jobs = [
            BackgroundJob(name: "steady", interval: .milliseconds(10)) { now in
                runs.record("steady", now)
                return 1
            },
            BackgroundJob(name: "failing", interval: .milliseconds(10)) { now in
                runs.record("failing", now)
                throw Failure()
            },
        ]
        let (ready, markReady) = AsyncStream<Void>.makeStream()
        var silent = Logger(label: "jobs-test")
        silent.logLevel = .critical
        let service = BackgroundJobsService(jobs: jobs, now: { fixedNow }, startingAfter: ready, logger: silent)
        let running = Task { try await service.run() }

        try await Task.sleep(for: .milliseconds(100))
        #expect(runs.of("steady").isEmpty)
        markReady.finish()
        try await Task.sleep(for: .milliseconds(300))
        running.cancel()
        try await running.value

        #expect(runs.of("steady").count >= 3)
        #expect(runs.of("failing").count >= 3)
        #expect(Set(runs.of("steady")) == [fixedNow])
        let afterStop = runs.of("steady").count
        try await Task.sleep(for: .milliseconds(50))
        #expect(runs.of("steady").count == afterStop)
    }
}
