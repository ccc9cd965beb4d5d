import Foundation

/// The fixed documents every case runs, read from the bundled `Fixtures/` folder so both libraries see
/// byte-identical text.
struct Fixtures: Sendable {
    /// Every form of the executable language (our own kitchen sink; parsed only, never validated).
    let kitchenSink: String
    /// A ~2 KB search-page query of a TutorGraph web client.
    let tutorSearch: String
    /// graphql-js's `getIntrospectionQuery()` with its default options.
    let introspection: String
    /// A frozen copy of TutorGraph's `schema.graphql`, so the numbers do not move when the API grows.
    let tutorGraphSchema: String
    /// The execution benchmark's schema: `Query.items: [Item!]!` with ten scalar fields per item.
    let catalogSchema: String
    /// All ten fields of every item.
    let catalogTenFields: String
    /// Five fields of every item, the shape of the published GraphQLSwift figure.
    let catalogFiveFields: String

    /// Reads every fixture; a missing one is a broken build, so it stops the run.
    static func load() throws -> Fixtures {
        Fixtures(
            kitchenSink: try read("kitchen-sink"),
            tutorSearch: try read("tutor-search"),
            introspection: try read("introspection"),
            tutorGraphSchema: try read("tutorgraph-schema"),
            catalogSchema: try read("catalog-schema"),
            catalogTenFields: try read("catalog-10-fields"),
            catalogFiveFields: try read("catalog-5-fields"))
    }

    private static func read(_ name: String) throws -> String {
        guard let url = Bundle.module.url(forResource: name, withExtension: "graphql", subdirectory: "Fixtures") else {
            throw BenchmarkFailure("fixture \(name).graphql is missing from the bundle")
        }
        return try String(contentsOf: url, encoding: .utf8)
    }
}

/// Why the benchmark stopped: a missing fixture, or a library that failed on an input.
struct BenchmarkFailure: Error, CustomStringConvertible {
    let description: String

    init(_ description: String) { self.description = description }
}
