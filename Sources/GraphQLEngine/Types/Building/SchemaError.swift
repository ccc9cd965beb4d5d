/// Every problem that makes a schema invalid, reported together so one start-up shows them all.
public struct SchemaError: Error, Sendable, CustomStringConvertible {
    /// One broken rule: graphql-js's message and where in the SDL it applies.
    public struct Problem: Sendable, Hashable, CustomStringConvertible {
        public let message: String
        /// Line and column of each node involved; empty when the schema was not built from text.
        public let locations: [SourcePosition]

        public init(message: String, locations: [SourcePosition] = []) {
            self.message = message
            self.locations = locations
        }

        public var description: String {
            locations.isEmpty ? message : "\(message) (\(locations.map(\.description).joined(separator: ", ")))"
        }
    }

    public let problems: [Problem]

    public init(problems: [Problem]) { self.problems = problems }

    public var description: String {
        "Invalid schema:\n" + problems.map { "- \($0)" }.joined(separator: "\n")
    }
}

/// A problem as rules find it, pointing at byte ranges until the builder maps them to lines and columns.
struct SchemaProblem {
    let message: String
    let nodes: [Location]

    init(_ message: String, _ nodes: [Location] = []) {
        self.message = message
        self.nodes = nodes
    }

    init(_ message: String, _ node: Location?) {
        self.init(message, node.map { [$0] } ?? [])
    }
}
