import GraphQL
import OrderedCollections

/// The same cases through GraphQLSwift/GraphQL 4.3.0, the library a Swift user would otherwise pick:
/// TutorGraph's schema from the same SDL, the catalog schema built with its API (SDL-built schemas there
/// take no resolvers) with the same field resolvers as ours.
struct GraphQLSwiftEngine: Sendable {
    let fixtures: Fixtures
    let tutorGraph: GraphQLSchema
    let catalog: GraphQLSchema

    init(fixtures: Fixtures, catalogItems: [CatalogItem]) throws {
        self.fixtures = fixtures
        tutorGraph = try buildSchema(source: fixtures.tutorGraphSchema)
        catalog = try Self.catalogSchema(items: catalogItems)
    }

    /// Parses the text from scratch on every run.
    func parsing(_ text: String) -> Operation {
        { _ = try parse(source: text) }
    }

    /// Validates the parsed text against TutorGraph's schema with every specified rule.
    func validating(_ text: String) throws -> Operation {
        let document = try parse(source: text)
        let schema = tutorGraph
        return {
            let errors = validate(schema: schema, ast: document)
            if let first = errors.first { throw BenchmarkFailure("GraphQLSwift validation: \(first.message)") }
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
        let document = try parse(source: text)
        @Sendable func run() async throws -> GraphQLResult {
            let result = try await execute(schema: schema, documentAST: document, rootValue: (), context: ())
            if let first = result.errors.first { throw BenchmarkFailure("GraphQLSwift execution: \(first.message)") }
            return result
        }
        return Execution(
            run: { _ = try await run() }, response: { Array(try GraphQLJSONEncoder().encode(try await run())) })
    }

    /// `Fixtures/catalog-schema.graphql` written with GraphQLSwift's type constructors.
    private static func catalogSchema(items: [CatalogItem]) throws -> GraphQLSchema {
        func field(_ type: GraphQLScalarType, _ read: @escaping @Sendable (CatalogItem) -> any Sendable) -> GraphQLField {
            GraphQLField(type: GraphQLNonNull(type)) { source, _, _, _ in read(source as! CatalogItem) }
        }
        let item = try GraphQLObjectType(
            name: "Item",
            fields: [
                "id": field(GraphQLID, \.id), "name": field(GraphQLString, \.name), "sku": field(GraphQLString, \.sku),
                "category": field(GraphQLString, \.category), "priceCents": field(GraphQLInt, \.priceCents),
                "stock": field(GraphQLInt, \.stock), "rating": field(GraphQLFloat, \.rating),
                "weightKg": field(GraphQLFloat, \.weightKg), "inStock": field(GraphQLBoolean, \.inStock),
                "featured": field(GraphQLBoolean, \.featured),
            ])
        let query = try GraphQLObjectType(
            name: "Query",
            fields: [
                "items": GraphQLField(type: GraphQLNonNull(GraphQLList(GraphQLNonNull(item)))) { _, _, _, _ in items }
            ])
        return try GraphQLSchema(query: query)
    }
}
