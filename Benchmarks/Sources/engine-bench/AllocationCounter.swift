import MallocInterposerSwift

/// Counts `malloc` calls (every thread) with ordo-one's malloc-interposer, whose replacement `malloc`/`free`
/// take over because the executable links its shared library ahead of libc.
enum AllocationCounter {
    /// Whether the interposer's `malloc` is the one the process calls: an allocation must move the counter.
    static let isActive: Bool = {
        MallocInterposerSwift.initialize()
        MallocInterposerSwift.hook()
        let probe = UnsafeMutableRawPointer.allocate(byteCount: 64, alignment: 16)
        MallocInterposerSwift.unhook()
        probe.deallocate()
        return MallocInterposerSwift.getStatistics().mallocCount > 0
    }()

    /// The mean number of allocations one run of `operation` makes, over `runs` runs.
    static func allocationsPerRun(of operation: Operation, runs: Int) async throws -> Double? {
        guard isActive else { return nil }
        MallocInterposerSwift.initialize()
        MallocInterposerSwift.hook()
        do {
            for _ in 0..<runs { try await operation() }
        } catch {
            MallocInterposerSwift.unhook()
            throw error
        }
        MallocInterposerSwift.unhook()
        return Double(MallocInterposerSwift.getStatistics().mallocCount) / Double(runs)
    }
}
