import Testing

@testable import GraphQLEngine

/// The problems `buildSchema` reports for the SDL, as `message (line:column, …)` lines.
private func problems(_ sdl: String) -> [String] {
    do {
        _ = try buildSchema(sdl)
        return []
    } catch let error as SchemaError {
        return error.problems.map(\.description)
    } catch {
        return ["unexpected \(error)"]
    }
}

@Suite("Types: schema validation")
struct TypesSchemaValidationTests {
    @Test func rootTypes() {
        #expect(problems("type Foo { a: Int }") == ["Query root type must be provided."])
        #expect(problems("schema { query: Foo } scalar Foo") == ["Query root type must be Object type, it cannot be Foo. (1:17)"])
        #expect(
            problems("type Query { a: Int } input Mutation { a: Int }")
                == ["Mutation root type must be Object type if provided, it cannot be Mutation."])
        #expect(
            problems("schema { query: Q } schema { query: Q } type Q { a: Int }") == [
                "Must provide only one schema definition. (1:21)", "There can be only one query type in schema. (1:10, 1:30)",
            ])
        #expect(
            problems("schema { query: Q query: Q } type Q { a: Int }")
                == ["There can be only one query type in schema. (1:10, 1:19)"])
    }

    @Test func uniqueNames() {
        #expect(
            problems("type Query { a: Int } type Query { b: Int }") == ["There can be only one type named \"Query\". (1:6, 1:28)"])
        #expect(
            problems("type Query { a: Int a: String }") == ["Field \"Query.a\" can only be defined once. (1:14, 1:21)"])
        #expect(
            problems("type Query { a: Int } extend type Query { a: Int }")
                == ["Field \"Query.a\" can only be defined once. (1:14, 1:43)"])
        #expect(
            problems("type Query { a(x: Int, x: Int): Int }")
                == ["Argument \"Query.a(x:)\" can only be defined once. (1:16, 1:24)"])
        #expect(
            problems("type Query { a: E } enum E { A A }") == ["Enum value \"E.A\" can only be defined once. (1:30, 1:32)"])
        #expect(
            problems("type Query { a: Int } directive @d on FIELD directive @d on FIELD")
                == ["There can be only one directive named \"@d\". (1:34, 1:56)"])
    }

    @Test func reservedNamesAndUnknownTypes() {
        #expect(
            problems("type Query { __a: Int }")
                == ["Name \"__a\" must not begin with \"__\", which is reserved by GraphQL introspection. (1:14)"])
        #expect(problems("type Query { a: Strin }") == ["Unknown type \"Strin\". Did you mean \"String\"? (1:17)"])
        #expect(
            problems("type Query { a: Int } extend type Qery { b: Int }")
                == ["Cannot extend type \"Qery\" because it is not defined. Did you mean \"Query\"? (1:35)"])
        #expect(
            problems("type Query { a: Int } extend input Query { b: Int }")
                == ["Cannot extend non-input object type \"Query\". (1:1, 1:23)"])
    }

    @Test func fieldAndArgumentTypes() {
        #expect(problems("type Query") == ["Type Query must define one or more fields. (1:1)"])
        #expect(
            problems("type Query { a: In } input In { x: Int }")
                == ["The type of Query.a must be Output Type but got: In. (1:17)"])
        #expect(
            problems("type Query { a(o: Query): Int }")
                == ["The type of Query.a(o:) must be Input Type but got: Query. (1:19)"])
        #expect(
            problems("type Query { a(o: Int! @deprecated): Int }")
                == ["Required argument Query.a(o:) cannot be deprecated. (1:16)"])
    }

    @Test func interfaceImplementations() {
        let base = "type Query { n: Node } "
        #expect(
            problems(base + "interface Node { id: ID! } type A implements Node { name: String }")
                == ["Interface field Node.id expected but A does not provide it. (1:41, 1:51)"])
        #expect(
            problems(base + "interface Node { id: ID! } type A implements Node { id: ID }")
                == ["Interface field Node.id expects type ID! but A.id is type ID. (1:45, 1:80)"])
        #expect(problems(base + "interface Node { n: Node } type A implements Node { n: A }").isEmpty)
        #expect(
            problems(base + "interface Node { id(x: Int): ID } type A implements Node { id: ID }")
                == ["Interface field argument Node.id(x:) expected but A.id does not provide it. (1:44, 1:83)"])
        #expect(
            problems(base + "interface Node { id(x: Int): ID } type A implements Node { id(x: Int!): ID }")
                == ["Interface field argument Node.id(x:) expects type Int but A.id(x:) is type Int!. (1:47, 1:89)"])
        #expect(
            problems(base + "interface Node { id: ID } type A implements Node { id(y: Int!): ID }")
                == [
                    "Object field A.id includes required argument y that is missing from the Interface field Node.id. (1:78, 1:41)"
                ])
        #expect(problems(base + "interface Node { id: ID } type A implements Node { id(y: Int): ID }").isEmpty)
        #expect(
            problems(base + "interface Node { id: ID } interface R implements Node { id: ID } type A implements R { id: ID }")
                == ["Type A must implement Node because it is implemented by R. (1:73, 1:107)"])
        #expect(
            problems(base + "interface Node { id: ID } type A implements Node & Node { id: ID }")
                == ["Type A can only implement Node once. (1:68, 1:75)"])
        #expect(
            problems(base + "interface Node { id: ID } type A implements Query { n: Node }")
                == ["Type A must only implement Interface types, it cannot implement Query. (1:68)"])
    }

    @Test func unionsAndEnums() {
        #expect(problems("type Query { u: U } union U") == ["Union type U must define one or more member types. (1:21)"])
        #expect(
            problems("type Query { u: U } union U = Query | Query")
                == ["Union type U can only include type Query once. (1:31, 1:39)"])
        #expect(
            problems("type Query { u: U } union U = E enum E { A }")
                == ["Union type U can only include Object types, it cannot include E. (1:31)"])
        #expect(problems("type Query { e: E } enum E") == ["Enum type E must define one or more values. (1:21)"])
    }

    @Test func inputObjects() {
        #expect(
            problems("type Query { a(i: I): Int } input I { o: Query }")
                == ["The type of I.o must be Input Type but got: Query. (1:42)"])
        #expect(
            problems("type Query { a(i: A): Int } input A { b: B! } input B { a: A! }")
                == ["Cannot reference Input Object \"A\" within itself through a series of non-null fields: \"b.a\". (1:39, 1:57)"])
        #expect(problems("type Query { a(i: A): Int } input A { self: A, list: [A!]! }").isEmpty)
        #expect(
            problems("type Query { a(i: O): Int } input O @oneOf { x: Int!, y: Int = 1 }")
                == [
                    "OneOf input field O.x must be nullable. (1:49)",
                    "OneOf input field O.y cannot have a default value. (1:64)",
                ])
        #expect(
            problems("type Query { a(i: I): Int } input I { x: Int! @deprecated }")
                == ["Required input field I.x cannot be deprecated. (1:39)"])
        #expect(
            problems("type Query { a(i: I = {y: 1}): Int } input I { x: Int }")
                == [
                    "Argument \"Query.a(i:)\" has invalid default value: Field \"y\" is not defined by type \"I\". Did you mean \"x\"? (1:23)"
                ])
    }

    @Test func directiveUsages() {
        #expect(problems("type Query { a: Int @unknown }") == ["Unknown directive \"@unknown\". (1:21)"])
        #expect(
            problems("type Query @deprecated { a: Int }") == ["Directive \"@deprecated\" may not be used on OBJECT. (1:12)"])
        #expect(
            problems("type Query { a: Int @deprecated @deprecated }")
                == ["The directive \"@deprecated\" can only be used once at this location. (1:21, 1:33)"])
        #expect(
            problems("directive @d on OBJECT type Query @d { a: Int } extend type Query @d")
                == ["The directive \"@d\" can only be used once at this location. (1:35, 1:67)"])
        #expect(problems("directive @d repeatable on OBJECT type Query @d @d { a: Int }").isEmpty)
        #expect(
            problems("type Query { a: Int @deprecated(why: \"x\") }")
                == ["Unknown argument \"why\" on directive \"@deprecated\". (1:33)"])
        #expect(
            problems("scalar S @specifiedBy type Query { a: S }")
                == ["Argument \"@specifiedBy(url:)\" of type \"String!\" is required, but it was not provided. (1:10)"])
        #expect(
            problems("directive @__d on FIELD type Query { a: Int }")
                == ["Name \"__d\" must not begin with \"__\", which is reserved by GraphQL introspection. (1:1)"])
    }

    @Test func everyProblemIsReportedTogether() {
        let found = problems("type Query { a: Missing, b: Int @nope } union U")
        #expect(found.count == 3)
        #expect(validateSchema(try! buildSchema("type Query { a: Int }")).isEmpty)
        let handBuilt = GraphQLObjectType(name: "Query", fields: [GraphQLField(name: "a", type: .named("Missing"))])
        let schema = GraphQLSchema(query: handBuilt)
        #expect(schema.typeNames.contains("__Schema") && schema.typeNames.contains("Boolean"))
        #expect(validateSchema(schema) == [SchemaError.Problem(message: "Unknown type \"Missing\".")])
    }
}
