import Testing

@testable import GraphQLEngine

/// Shared fixtures of the execution suites: schemas from object types, one call from query text to result,
/// and compact JSON renderings to compare against graphql-js-style expectations.
enum ExecutionHarness {
    /// A schema of `query` (and `mutation`) plus `types`, with the built-in scalars and directives.
    static func schema(
        query: GraphQLObjectType, mutation: GraphQLObjectType? = nil, types: [GraphQLNamedType] = []
    ) -> GraphQLSchema {
        var all: [GraphQLNamedType] = [.object(query)]
        if let mutation { all.append(.object(mutation)) }
        all += types + BuiltInScalars.all.map(GraphQLNamedType.scalar)
        return GraphQLSchema(queryType: query, mutationType: mutation, types: all, directives: BuiltInDirectives.all)
    }

    /// Parses `query` and executes it; `variables` is JSON text.
    static func run(
        _ schema: GraphQLSchema, _ query: String, variables: String? = nil, operationName: String? = nil,
        rootValue: any Sendable = (), context: any Sendable = (), dispatcher: (any BatchDispatcher)? = nil,
        errorLogger: (@Sendable (any Error, [PathComponent]) -> Void)? = nil
    ) async throws -> GraphQLResult {
        let source = Source(query)
        let document = try parse(source)
        return await execute(
            schema: schema,
            request: ExecutionRequest(
                document: document, operationName: operationName, variables: try variables.map(object(fromJSON:)),
                context: context, rootValue: rootValue, dispatcher: dispatcher, source: source,
                errorLogger: errorLogger))
    }

    /// `{"data":…,"errors":[…]}` with absent parts left out, in the response's key order.
    static func json(_ result: GraphQLResult) -> String {
        var response = ObjectValue()
        if let data = result.data { response["data"] = data }
        if !result.errors.isEmpty { response["errors"] = .list(result.errors.map { .object($0.jsonObject) }) }
        return json(.object(response))
    }

    static func json(_ value: Value) -> String {
        String(decoding: JSON.encode(value), as: UTF8.self)
    }

    /// A `Value` from JSON text, for root values and expectations.
    static func value(_ text: String) throws -> Value {
        try JSON.decode(Array(text.utf8))
    }

    static func object(fromJSON text: String) throws -> ObjectValue {
        try #require(try JSON.decode(Array(text.utf8)).objectValue)
    }

    /// The data of a result as JSON, for tests that expect no errors.
    static func data(_ result: GraphQLResult) -> String {
        #expect(result.errors.isEmpty, "unexpected errors: \(result.errors)")
        return result.data.map(json) ?? "<no data>"
    }

    /// A resolver that returns a fixed value.
    static func constant(_ value: (any Sendable)?) -> FieldResolver {
        { _, _, _ in .value(value) }
    }

    /// A resolver that returns a fixed value from async work.
    static func asyncConstant(_ value: (any Sendable)?) -> FieldResolver {
        { _, _, _ in .async { value } }
    }

    /// A resolver that throws `error`.
    static func failing(_ error: any Error & Sendable) -> FieldResolver {
        { _, _, _ in throw error }
    }
}

/// A promise that is already settled, standing in for a DataLoader promise.
struct SettledValue: DeferredValue {
    let outcome: Result<(any Sendable)?, any Error>

    func whenSettled(_ callback: @escaping @Sendable (Result<(any Sendable)?, any Error>) -> Void) {
        callback(outcome)
    }
}
