import GraphQLEngine

/// The cases as TutorGraph's GraphQLEngine runs them: documents parsed and schemas built once up front,
/// so each operation times one pipeline stage.
struct OurEngine: Sendable {
    let fixtures: Fixtures
    let tutorGraph: GraphQLSchema
    let catalog: GraphQLSchema

    init(fixtures: Fixtures, catalogItems: [CatalogItem]) throws {
        self.fixtures = fixtures
        tutorGraph = try buildSchema(fixtures.tutorGraphSchema)
        catalog = try buildSchema(fixtures.catalogSchema, resolvers: Self.catalogResolvers(items: catalogItems))
    }

    /// Parses the text from scratch on every run.
    func parsing(_ text: String) -> Operation {
        { _ = try parse(text) }
    }

    /// Validates the parsed text against TutorGraph's schema with every specified rule.
    func validating(_ text: String) throws -> Operation {
        let source = Source(text)
        let document = try parse(source)
        let schema = tutorGraph
        return {
            let errors = validate(schema: schema, document: document, source: source)
            if let first = errors.first { throw BenchmarkFailure("GraphQLEngine validation: \(first.message)") }
        }
    }

    /// Executes the introspection query against TutorGraph's schema.
    func executingIntrospection() throws -> Execution {
        try executing(fixtures.introspection, on: tutorGraph)
    }

    /// Executes a query over the 1,000 in-memory catalog items.
    func executingCatalog(_ text: String) throws -> Execution {
        try executing(text, on: catalog)
    }

    /// Execution alone: the document is parsed once here, and validation is left to its own case.
    private func executing(_ text: String, on schema: GraphQLSchema) throws -> Execution {
        let source = Source(text)
        let request = ExecutionRequest(document: try parse(source), source: source)
        @Sendable func run() async throws -> GraphQLResult {
            let result = await execute(schema: schema, request: request)
            if let first = result.errors.first { throw BenchmarkFailure("GraphQLEngine execution: \(first.message)") }
            return result
        }
        return Execution(run: { _ = try await run() }, response: { JSON.encode(try await run()) })
    }

    /// Plain property reads, like GraphQLSwift's resolvers on the other side.
    private static func catalogResolvers(items: [CatalogItem]) -> ResolverMap {
        func field(_ read: @escaping @Sendable (CatalogItem) -> any Sendable) -> FieldResolver {
            { source, _, _ in .value(read(source as! CatalogItem)) }
        }
        return ResolverMap(fields: [
            "Query": ["items": { _, _, _ in .value(items) }],
            "Item": [
                "id": field(\.id), "name": field(\.name), "sku": field(\.sku), "category": field(\.category),
                "priceCents": field(\.priceCents), "stock": field(\.stock), "rating": field(\.rating),
                "weightKg": field(\.weightKg), "inStock": field(\.inStock), "featured": field(\.featured),
            ],
        ])
    }
}
