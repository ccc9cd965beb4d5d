import Foundation
import Testing

@testable import GraphQLEngine

@Suite("Types: printSchema")
struct TypesPrintSchemaTests {
    @Test func printsInGraphQLJSFormat() throws {
        let sdl = """
            "Custom directive."
            directive @tag(name: String!) repeatable on OBJECT | FIELD_DEFINITION

            type Query {
              "Finds tutors."
              tutors(
                "Search text."
                text: String = "math"
                first: Int = 10
              ): [Tutor!]! @deprecated(reason: "Use search.")

              search(kind: Kind = ONLINE, page: Page = {size: 5}): [Tutor] @deprecated
            }

            \"\"\"
            A person who teaches.
            Second line.
            \"\"\"
            type Tutor implements Node & Named @tag(name: "x") {
              id: ID!
              name: String
            }

            interface Node {
              id: ID!
            }

            interface Named {
              name: String
            }

            union Result = Tutor

            enum Kind {
              ONLINE

              "Face to face."
              IN_PERSON @deprecated(reason: "Paused.")
            }

            input Page {
              size: Int = 20
              after: String @deprecated
            }

            input Payment @oneOf {
              card: String
              credits: Int
            }

            scalar DateTime @specifiedBy(url: "https://scalars.graphql.org/chillicream/date-time.html")
            """
        let printed = printSchema(try buildSchema(sdl))
        #expect(
            printed == """
                \"\"\"Custom directive.\"\"\"
                directive @tag(name: String!) repeatable on OBJECT | FIELD_DEFINITION

                type Query {
                  \"\"\"Finds tutors.\"\"\"
                  tutors(
                    \"\"\"Search text.\"\"\"
                    text: String = "math"
                    first: Int = 10
                  ): [Tutor!]! @deprecated(reason: "Use search.")
                  search(kind: Kind = ONLINE, page: Page = {size: 5}): [Tutor] @deprecated
                }

                \"\"\"
                A person who teaches.
                Second line.
                \"\"\"
                type Tutor implements Node & Named {
                  id: ID!
                  name: String
                }

                interface Node {
                  id: ID!
                }

                interface Named {
                  name: String
                }

                union Result = Tutor

                enum Kind {
                  ONLINE

                  \"\"\"Face to face.\"\"\"
                  IN_PERSON @deprecated(reason: "Paused.")
                }

                input Page {
                  size: Int = 20
                  after: String @deprecated
                }

                input Payment @oneOf {
                  card: String
                  credits: Int
                }

                scalar DateTime @specifiedBy(url: "https://scalars.graphql.org/chillicream/date-time.html")
                """)
    }

    @Test func printsSchemaDefinitionOnlyForCustomRootNames() throws {
        #expect(printSchema(try buildSchema("type Query { a: Int }")) == "type Query {\n  a: Int\n}")
        #expect(
            printSchema(try buildSchema("schema { query: Root } type Root { a: Int }"))
                == "schema {\n  query: Root\n}\n\ntype Root {\n  a: Int\n}")
    }

    @Test func roundTripsTheTutorGraphSchema() throws {
        let sdl = try String(contentsOfFile: schemaFilePath, encoding: .utf8)
        let printed = printSchema(try buildSchema(sdl))
        let reprinted = printSchema(try buildSchema(printed))
        #expect(printed == reprinted)
        #expect(printed.contains("scalar DateTime @specifiedBy("))
    }

    @Test func roundTripsEveryKindAndExtension() throws {
        let sdl = """
            schema { query: Q, mutation: M }
            type Q { a(x: [Int!] = [1, 2], o: O = {n: null}): U }
            type M { b: E }
            union U = Q | M
            enum E { A B }
            input O { n: Int = 3, e: E = B }
            extend type Q { c: String }
            """
        let printed = printSchema(try buildSchema(sdl))
        #expect(printSchema(try buildSchema(printed)) == printed)
        #expect(printed.contains("a(x: [Int!] = [1, 2], o: O = {n: null, e: B}): U"))
    }
}
