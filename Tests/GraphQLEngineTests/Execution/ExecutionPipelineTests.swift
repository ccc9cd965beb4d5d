import Testing

@testable import GraphQLEngine

private typealias H = ExecutionHarness

/// `GraphQLService`: parse → validate → execute with early errors, operation selection, the document
/// cache, and what `prepare` tells the HTTP layer.
@Suite("Execution: pipeline")
struct ExecutionPipelineTests {
    static func service(
        validationOptions: ValidationOptions = .init(), documentCacheCapacity: Int = 1_000
    ) throws -> GraphQLService {
        let schema = try buildSchema(
            """
            type Query { hello: String items(first: Int): [Int] }
            type Mutation { bump: Int }
            type Subscription { ticks: Int }
            """,
            resolvers: ResolverMap(fields: [
                "Query": ["hello": H.constant("world"), "items": H.constant([1, 2])],
                "Mutation": ["bump": H.constant(1)],
                "Subscription": ["ticks": H.constant(1)],
            ]))
        return GraphQLService(
            schema: schema, validationOptions: validationOptions, documentCacheCapacity: documentCacheCapacity)
    }

    @Test("a valid request runs to data")
    func runs() async throws {
        let result = try await Self.service().run(GraphQLRequest(query: "{ hello }"))
        #expect(H.json(result) == #"{"data":{"hello":"world"}}"#)
    }

    @Test("operationName picks the operation; a missing or unknown name is a request error")
    func operationSelection() async throws {
        let service = try Self.service()
        let query = "query A { hello } query B { items }"
        #expect(H.json(await service.run(GraphQLRequest(query: query, operationName: "B"))) == #"{"data":{"items":[1,2]}}"#)
        #expect(
            H.json(await service.run(GraphQLRequest(query: query)))
                == #"{"errors":[{"message":"Must provide operation name if query contains multiple operations.","extensions":{"code":"OPERATION_RESOLUTION_FAILURE"}}]}"#
        )
        let unknown = await service.run(GraphQLRequest(query: query, operationName: "C"))
        #expect(unknown.data == nil)
        #expect(unknown.errors.map(\.message) == [#"Unknown operation named "C"."#])
    }

    @Test("a syntax error stops the request with GRAPHQL_PARSE_FAILED and no data")
    func parseError() async throws {
        let result = try await Self.service().run(GraphQLRequest(query: "{ hello"))
        #expect(
            H.json(result)
                == #"{"errors":[{"message":"Syntax Error: Expected Name, found <EOF>.","locations":[{"line":1,"column":8}],"extensions":{"code":"GRAPHQL_PARSE_FAILED"}}]}"#
        )
    }

    @Test("a validation error stops the request with GRAPHQL_VALIDATION_FAILED and no data")
    func validationError() async throws {
        let result = try await Self.service().run(GraphQLRequest(query: "{ hello unknown }"))
        #expect(
            H.json(result)
                == #"{"errors":[{"message":"Cannot query field \"unknown\" on type \"Query\".","locations":[{"line":1,"column":9}],"extensions":{"code":"GRAPHQL_VALIDATION_FAILED"}}]}"#
        )
    }

    @Test("prepare names the operation type so GET can refuse mutations before running them")
    func prepareReportsOperationType() throws {
        let service = try Self.service()
        guard case .ready(let mutation) = service.prepare(GraphQLRequest(query: "mutation { bump }")) else {
            Issue.record("mutation did not prepare")
            return
        }
        #expect(mutation.operationType == .mutation)
        guard case .ready(let query) = service.prepare(GraphQLRequest(query: "query Q { hello }")) else {
            Issue.record("query did not prepare")
            return
        }
        #expect(query.operationType == .query)
    }

    @Test("subscriptions are refused as a request error")
    func subscriptionsRefused() async throws {
        let result = try await Self.service().run(GraphQLRequest(query: "subscription { ticks }"))
        #expect(result.data == nil)
        #expect(result.errors.map(\.message) == ["Subscriptions are not supported"])
    }

    @Test("repeated queries reuse one cached document; the cache stays within its capacity")
    func documentCache() async throws {
        let service = try Self.service(documentCacheCapacity: 4)
        _ = await service.run(GraphQLRequest(query: "{ hello }"))
        _ = await service.run(GraphQLRequest(query: "{ hello }"))
        #expect(service.documents.count == 1)
        for index in 0..<6 { _ = await service.run(GraphQLRequest(query: "{ a\(index): hello }")) }
        #expect(service.documents.count <= 4)
        #expect(service.documents.document(for: "{ a5: hello }") != nil)
        #expect(service.documents.document(for: "{ hello }") == nil)
    }

    @Test("a cached invalid document keeps failing; a cost limit re-validates with each request's variables")
    func cachedValidation() async throws {
        let service = try Self.service()
        for _ in 0..<2 {
            #expect(await service.run(GraphQLRequest(query: "{ nope }")).errors.first?.code == .validationFailed)
        }
        var options = ValidationOptions()
        options.maxCost = 50
        let limited = try Self.service(validationOptions: options)
        let query = "query ($n: Int) { items(first: $n) }"
        #expect(await limited.run(GraphQLRequest(query: query, variables: ["n": .int(10)])).errors.isEmpty)
        let expensive = await limited.run(GraphQLRequest(query: query, variables: ["n": .int(1_000)]))
        #expect(expensive.data == nil)
        #expect(expensive.errors.first?.code == .validationFailed)
    }

    @Test("execute alone reports a document without operations and a schema without mutations")
    func executeRequestErrors() async throws {
        let schema = try buildSchema("type Query { hello: String }")
        let noOperation = try await H.run(schema, "fragment F on Query { hello }")
        #expect(noOperation.data == nil)
        #expect(noOperation.errors.map(\.message) == ["Must provide an operation."])
        let noMutation = try await H.run(schema, "mutation { hello }")
        #expect(noMutation.data == nil)
        #expect(noMutation.errors.map(\.message) == ["Schema is not configured to execute mutation operation."])
        #expect(noMutation.errors.first?.locations == [SourcePosition(line: 1, column: 1)])
    }
}
