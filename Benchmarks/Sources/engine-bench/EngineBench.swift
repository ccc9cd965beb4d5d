import Foundation

/// `swift run -c release --package-path Benchmarks engine-bench [--seconds N] [--filter TEXT]`: runs the
/// same inputs through GraphQLEngine and GraphQLSwift 4.3.0 in one process and prints one table.
@main
struct EngineBench {
    static func main() async {
        do {
            let options = try Options(arguments: Array(CommandLine.arguments.dropFirst()))
            try await run(options)
        } catch {
            FileHandle.standardError.write(Data("engine-bench: \(error)\n".utf8))
            exit(1)
        }
    }

    private static func run(_ options: Options) async throws {
        let fixtures = try Fixtures.load()
        let items = CatalogItem.makeCatalog(count: 1_000)
        let cases = try makeCases(
            ours: OurEngine(fixtures: fixtures, catalogItems: items),
            graphQLSwift: GraphQLSwiftEngine(fixtures: fixtures, catalogItems: items)
        ).filter { benchmark in options.filter.map { benchmark.name.localizedCaseInsensitiveContains($0) } ?? true }

        print("engine-bench: \(ProcessInfo.processInfo.activeProcessorCount) cores, load average \(loadAverage())")
        print("allocation counting: \(AllocationCounter.isActive ? "malloc-interposer" : "unavailable")")
        print("sampling each library for \(options.sampler.duration) per case after a warm-up\n")

        var results: [CaseResult] = []
        var notes: [String] = []
        for benchmark in cases {
            if let note = try await checkOnce(benchmark) { notes.append(note) }
            results.append(try await measure(benchmark, with: options.sampler))
            FileHandle.standardError.write(Data("  measured \(benchmark.name)\n".utf8))
        }
        print(ResultTable(results: results).render())
        print("\nratio = GraphQLSwift p50 / ours p50; load average at the end \(loadAverage())")
        if !notes.isEmpty { print("\n" + notes.joined(separator: "\n")) }
    }

    /// The cases of issue 3, in table order.
    private static func makeCases(ours: OurEngine, graphQLSwift: GraphQLSwiftEngine) throws -> [BenchmarkCase] {
        let fixtures = ours.fixtures
        func parseCase(_ title: String, _ text: String) -> BenchmarkCase {
            let bytes = text.utf8.count
            return BenchmarkCase(
                name: "parse \(title) (\(bytes) B)", parsedBytes: bytes,
                ours: ours.parsing(text), graphQLSwift: graphQLSwift.parsing(text))
        }
        func executionCase(_ title: String, ours: Execution, graphQLSwift: Execution) -> BenchmarkCase {
            BenchmarkCase(
                name: "execute \(title)", ours: ours.run, graphQLSwift: graphQLSwift.run,
                responses: (ours.response, graphQLSwift.response))
        }
        return [
            parseCase("kitchen sink", fixtures.kitchenSink),
            parseCase("tutor search query", fixtures.tutorSearch),
            parseCase("introspection query", fixtures.introspection),
            BenchmarkCase(
                name: "validate tutor search query",
                ours: try ours.validating(fixtures.tutorSearch),
                graphQLSwift: try graphQLSwift.validating(fixtures.tutorSearch)),
            executionCase(
                "introspection (TutorGraph)", ours: try ours.executingIntrospection(),
                graphQLSwift: try graphQLSwift.executingIntrospection()),
            executionCase(
                "1,000 items x 10 fields", ours: try ours.executingCatalog(fixtures.catalogTenFields),
                graphQLSwift: try graphQLSwift.executingCatalog(fixtures.catalogTenFields)),
            executionCase(
                "1,000 items x 5 fields", ours: try ours.executingCatalog(fixtures.catalogFiveFields),
                graphQLSwift: try graphQLSwift.executingCatalog(fixtures.catalogFiveFields)),
        ]
    }

    /// Runs each side once so an input one library rejects fails loudly before any timing; for an execution
    /// case, compares the two responses and returns a note on how they differ (`nil` when they do not).
    private static func checkOnce(_ benchmark: BenchmarkCase) async throws -> String? {
        try await benchmark.ours()
        try await benchmark.graphQLSwift()
        guard let responses = benchmark.responses else { return nil }
        let differences = try ResponseComparison.differences(
            try await responses.ours(), try await responses.graphQLSwift(), limit: 1_000)
        guard !differences.isEmpty else { return "\(benchmark.name): identical responses" }
        let shown = differences.prefix(3).map { "  " + $0 }.joined(separator: "\n")
        return "\(benchmark.name): the responses differ in \(differences.count) places, first:\n\(shown)"
    }

    private static func measure(_ benchmark: BenchmarkCase, with sampler: Sampler) async throws -> CaseResult {
        let ours = try await sampler.measure(benchmark.ours)
        let theirs = try await sampler.measure(benchmark.graphQLSwift)
        return CaseResult(
            name: benchmark.name, parsedBytes: benchmark.parsedBytes, ours: ours, graphQLSwift: theirs,
            ourAllocations: try await AllocationCounter.allocationsPerRun(
                of: benchmark.ours, runs: allocationRuns(for: ours)),
            graphQLSwiftAllocations: try await AllocationCounter.allocationsPerRun(
                of: benchmark.graphQLSwift, runs: allocationRuns(for: theirs)))
    }

    /// Enough runs to average out one-off allocations (caches, task-local storage) in about 0.2 s.
    private static func allocationRuns(for timing: Timing) -> Int {
        min(200, max(3, Int(Duration.milliseconds(200) / timing.p50)))
    }

    /// The 1, 5 and 15 minute load averages, so a reader can judge how busy the machine was.
    private static func loadAverage() -> String {
        guard let text = try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8) else { return "unknown" }
        return text.split(separator: " ").prefix(3).joined(separator: " ")
    }
}
