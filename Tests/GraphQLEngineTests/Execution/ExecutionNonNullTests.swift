import Testing

@testable import GraphQLEngine

private typealias H = ExecutionHarness

/// Null propagation, after graphql-js's `nonnull-test.ts`: a null or error in a non-null position nulls
/// the nearest nullable ancestor, the error is reported once, and the nulled subtree's work is abandoned.
@Suite("Execution: non-null")
struct ExecutionNonNullTests {
    enum Failure { case returnsNull, throwsError }

    /// `DataType` with nullable and non-null leaves and nests, resolved synchronously, async or deferred.
    static func schema(_ failure: Failure, log: ExecutionEventLog = ExecutionEventLog()) -> GraphQLSchema {
        let leaf: FieldResolver = { _, _, info in
            log.record(info.fieldName)
            switch failure {
            case .returnsNull: return .value(nil)
            case .throwsError: throw GraphQLError(info.fieldName)
            }
        }
        let asyncLeaf: FieldResolver = { source, arguments, info in
            let resolution = try leaf(source, arguments, info)
            guard case .value(let value) = resolution else { return resolution }
            return .async { value }
        }
        let deferredLeaf: FieldResolver = { source, arguments, info in
            do {
                let resolution = try leaf(source, arguments, info)
                guard case .value(let value) = resolution else { return resolution }
                return .deferred(SettledValue(outcome: .success(value)))
            } catch {
                return .deferred(SettledValue(outcome: .failure(error)))
            }
        }
        let nest: FieldResolver = H.constant("nest")
        let data = GraphQLObjectType(
            name: "DataType",
            fields: [
                GraphQLField(name: "sync", type: .named("String"), resolve: leaf),
                GraphQLField(name: "syncNonNull", type: .nonNull(.named("String")), resolve: leaf),
                GraphQLField(name: "async", type: .named("String"), resolve: asyncLeaf),
                GraphQLField(name: "asyncNonNull", type: .nonNull(.named("String")), resolve: asyncLeaf),
                GraphQLField(name: "deferredNonNull", type: .nonNull(.named("String")), resolve: deferredLeaf),
                GraphQLField(name: "syncNest", type: .named("DataType"), resolve: nest),
                GraphQLField(name: "syncNonNullNest", type: .nonNull(.named("DataType")), resolve: nest),
                GraphQLField(name: "asyncNest", type: .named("DataType"), resolve: H.asyncConstant("nest")),
                GraphQLField(
                    name: "asyncNonNullNest", type: .nonNull(.named("DataType")), resolve: H.asyncConstant("nest")),
            ])
        let query = GraphQLObjectType(
            name: "Query",
            fields: [
                GraphQLField(name: "nest", type: .named("DataType"), resolve: nest),
                GraphQLField(name: "nonNullNest", type: .nonNull(.named("DataType")), resolve: nest),
            ])
        return H.schema(query: query, types: [.object(data)])
    }

    @Test("a nullable field that throws becomes null with one located error")
    func nullableFieldThrows() async throws {
        let result = try await H.run(Self.schema(.throwsError), "{ nest { sync async } }")
        #expect(
            H.json(result) == #"{"data":{"nest":{"sync":null,"async":null}},"errors":["#
                + #"{"message":"sync","locations":[{"line":1,"column":10}],"path":["nest","sync"],"extensions":{"code":"INTERNAL_SERVER_ERROR"}},"#
                + #"{"message":"async","locations":[{"line":1,"column":15}],"path":["nest","async"],"extensions":{"code":"INTERNAL_SERVER_ERROR"}}]}"#
        )
    }

    @Test("a non-null field that throws nulls its parent object", arguments: ["syncNonNull", "asyncNonNull", "deferredNonNull"])
    func nonNullFieldThrows(field: String) async throws {
        let result = try await H.run(Self.schema(.throwsError), "{ nest { \(field) } }")
        #expect(result.data.map(H.json) == #"{"nest":null}"#)
        #expect(result.errors.map(\.message) == [field])
        #expect(result.errors.first?.path == [.key("nest"), .key(field)])
    }

    @Test("a non-null field returning null reports the graphql-js message", arguments: ["syncNonNull", "asyncNonNull", "deferredNonNull"])
    func nonNullFieldReturnsNull(field: String) async throws {
        let result = try await H.run(Self.schema(.returnsNull), "{ nest { \(field) } }")
        #expect(result.data.map(H.json) == #"{"nest":null}"#)
        #expect(result.errors.map(\.message) == ["Cannot return null for non-nullable field DataType.\(field)."])
        #expect(result.errors.first?.path == [.key("nest"), .key(field)])
        #expect(result.errors.first?.locations == [SourcePosition(line: 1, column: 10)])
    }

    @Test("a null bubbles through non-null ancestors to the nearest nullable one")
    func bubblesToNearestNullable() async throws {
        let query = "{ nest { syncNonNullNest { asyncNonNullNest { syncNonNull } } } }"
        let result = try await H.run(Self.schema(.returnsNull), query)
        #expect(result.data.map(H.json) == #"{"nest":null}"#)
        #expect(result.errors.count == 1)
        #expect(
            result.errors.first?.path
                == [.key("nest"), .key("syncNonNullNest"), .key("asyncNonNullNest"), .key("syncNonNull")])
    }

    @Test("a null reaching a non-null root field nulls data")
    func nullsData() async throws {
        let result = try await H.run(Self.schema(.throwsError), "{ nonNullNest { syncNonNullNest { syncNonNull } } }")
        #expect(H.json(result).hasPrefix(#"{"data":null,"errors":[{"message":"syncNonNull""#))
        #expect(result.errors.count == 1)
    }

    @Test("siblings of a nulled object keep their values")
    func siblingsUnaffected() async throws {
        let result = try await H.run(Self.schema(.returnsNull), "{ a: nest { syncNonNull } b: nest { sync } }")
        #expect(result.data.map(H.json) == #"{"a":null,"b":{"sync":null}}"#)
        #expect(result.errors.map(\.path) == [[.key("a"), .key("syncNonNull")]])
    }

    @Test("the work below a nulled object is abandoned")
    func abandonsNulledSubtree() async throws {
        let log = ExecutionEventLog()
        let query = "{ nest { syncNest { sync } asyncNest { sync } syncNonNull } }"
        let result = try await H.run(Self.schema(.returnsNull, log: log), query)
        #expect(result.data.map(H.json) == #"{"nest":null}"#)
        #expect(result.errors.count == 1)
        #expect(log.count(of: "sync") == 0)
    }
}
