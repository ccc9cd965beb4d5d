import Testing

@testable import GraphQLEngine

/// A row of the test schema's parent table.
private struct Parent: Sendable {
    let id: Int
}

/// A row of the child table; `petID` links one level further down.
private struct Child: Sendable {
    let id: Int
    let name: String
    let petID: Int
}

/// Children by parent id; only even parents have one.
private enum ChildByParent: DataLoaderKey {
    typealias Key = Int
    typealias Value = Child
}

/// Pet names by pet id.
private enum PetNameByID: DataLoaderKey {
    typealias Key = Int
    typealias Value = String
}

/// The request context of the test schema: the registry plus recorders counting batch calls.
private struct LoaderContext: Sendable {
    let registry = DataLoaderRegistry()
    let children = BatchRecorder<Int, Child> { parent in
        parent.isMultiple(of: 2) ? Child(id: parent, name: "child \(parent)", petID: parent % 7) : nil
    }
    let pets = BatchRecorder<Int, String> { "pet \($0)" }

    var childLoader: DataLoader<Int, Child> { registry.loader(for: ChildByParent.self) { children.makeLoader() } }
    var petLoader: DataLoader<Int, String> { registry.loader(for: PetNameByID.self) { pets.makeLoader() } }
}

@Suite("DataLoader in execution")
struct DataLoaderExecutionTests {
    private static let schema: GraphQLSchema = {
        let sdl = """
            type Query { parents: [Parent!]! }
            type Parent { id: Int!, child: Child }
            type Child { name: String!, pet: String }
            """
        let resolvers = ResolverMap(fields: [
            "Query": ["parents": { _, _, _ in .value((0..<100).map(Parent.init)) }],
            "Parent": [
                "id": { parent, _, _ in .value((parent as! Parent).id) },
                "child": { parent, _, info in
                    .deferred((info.context as! LoaderContext).childLoader.deferred((parent as! Parent).id))
                },
            ],
            "Child": [
                "name": { child, _, _ in .value((child as! Child).name) },
                "pet": { child, _, info in
                    .deferred((info.context as! LoaderContext).petLoader.deferred((child as! Child).petID))
                },
            ],
        ])
        return try! buildSchema(sdl, resolvers: resolvers)
    }()

    /// Runs `query` with a fresh request context.
    private func run(_ query: String, context: LoaderContext) async throws -> GraphQLResult {
        let document = try parse(query)
        return await execute(
            schema: Self.schema,
            request: ExecutionRequest(document: document, context: context, dispatcher: context.registry))
    }

    @Test("100 parents each loading a child make one batch call per level, not 100")
    func oneBatchPerLevel() async throws {
        let context = LoaderContext()
        let result = try await run("{ parents { id child { name pet } } }", context: context)

        #expect(result.errors.isEmpty)
        #expect(context.children.recordedCalls == [Array(0..<100)])
        #expect(context.pets.recordedCalls == [[0, 2, 4, 6, 1, 3, 5]])

        let parents = try #require(result.data?["parents"]?.listValue)
        #expect(parents.count == 100)
        #expect(parents[0] == .object(["id": .int(0), "child": .object(["name": .string("child 0"), "pet": .string("pet 0")])]))
        #expect(parents[1] == .object(["id": .int(1), "child": .null]))
        #expect(parents[16]["child"]?["pet"] == .string("pet 2"))
    }

    @Test("a field requested twice in one level still loads each key once")
    func aliasesShareTheBatch() async throws {
        let context = LoaderContext()
        let result = try await run("{ parents { first: child { name } second: child { name } } }", context: context)

        #expect(result.errors.isEmpty)
        #expect(context.children.recordedCalls == [Array(0..<100)])
        #expect(result.data?["parents"]?.listValue?[4]["second"]?["name"] == .string("child 4"))
    }
}
