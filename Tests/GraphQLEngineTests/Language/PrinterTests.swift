import Testing

@testable import GraphQLEngine

@Suite("Printer")
struct PrinterTests {
    /// Prints `text` after parsing it.
    private func reprint(_ text: String) throws -> String {
        printAST(try parse(text))
    }

    @Test("the executable kitchen sink prints in graphql-js's format and parses back to the same tree")
    func executableKitchenSink() throws {
        let printed = try reprint(KitchenSink.executable)
        #expect(printed == Self.printedExecutableKitchenSink)
        #expect(try parseWithoutLocations(printed) == parseWithoutLocations(KitchenSink.executable))
        #expect(try reprint(printed) == printed)
    }

    @Test("the type-system kitchen sink prints in graphql-js's format and parses back to the same tree")
    func schemaKitchenSink() throws {
        let printed = try reprint(KitchenSink.schema)
        #expect(printed == Self.printedSchemaKitchenSink)
        #expect(try parseWithoutLocations(printed) == parseWithoutLocations(KitchenSink.schema))
        #expect(try reprint(printed) == printed)
    }

    @Test("an anonymous query without variables or directives prints as the shorthand")
    func queryShorthand() throws {
        #expect(try reprint("query { a }") == "{\n  a\n}")
        #expect(try reprint("query @live { a }") == "query @live {\n  a\n}")
        #expect(try reprint("query ($v: Int) { a }") == "query ($v: Int) {\n  a\n}")
        #expect(try reprint("\"Described.\" query { a }") == "\"Described.\"\nquery {\n  a\n}")
        #expect(try reprint("mutation { a }") == "mutation {\n  a\n}")
    }

    @Test("a field's arguments break onto their own lines past 80 columns")
    func longArguments() throws {
        #expect(try reprint("{ f(a: 1, b: 2) }") == "{\n  f(a: 1, b: 2)\n}")
        let long = "{ field(first: 100, after: \"YXJyYXljb25uZWN0aW9uOjk5\", orderBy: RATING_DESC, minimum: 4) }"
        #expect(
            try reprint(long)
                == "{\n  field(\n    first: 100\n    after: \"YXJyYXljb25uZWN0aW9uOjk5\"\n    orderBy: RATING_DESC\n    minimum: 4\n  )\n}")
    }

    @Test("values and types print on their own")
    func valuesAndTypes() throws {
        #expect(printAST(try parseValue(#"{a: [1, -2.5e3, "x", $v, ENUM, null, true], b: {}}"#))
            == #"{a: [1, -2.5e3, "x", $v, ENUM, null, true], b: {}}"#)
        let escaped = #""line\nbreak \u0007 \u0085 \"q\" \\ \u{1F600}""#
        #expect(printAST(try parseValue(escaped)) == #""line\nbreak \u0007 \u0085 \"q\" \\ 😀""#)
        #expect(printAST(try parseType("[[Int!]]!")) == "[[Int!]]!")
    }

    @Test("strings built in code print escaped so they parse back unchanged")
    func constructedStrings() throws {
        let value = "tab\t bell\u{07} del\u{7F} é \"quoted\" back\\slash"
        let node = ValueNode.string(StringValue(value: value, block: false, loc: Location(start: 0, end: 0)))
        guard case .string(let reparsed) = try parseValue(printAST(node)) else { Issue.record("a string"); return }
        #expect(reparsed.value == value)
    }

    static let printedExecutableKitchenSink = #"""
        """Finds tutors for the search page."""
        query TutorSearch("What the student typed." $text: String! = "algebra", $first: Int = 10, $ratings: [Float!] = [4.5, 5.0e0], $filter: TutorFilter = {subjects: ["math", "physics"], online: true, level: ADVANCED, note: null}, $withReviews: Boolean! @deprecated(reason: "always on")) @cached(ttl: 60) {
          search: searchTutors(
            text: $text
            first: $first
            filter: {minRating: $ratings, nested: {deeper: [[1, 2], [3], []]}}
          ) @live {
            totalCount
            edges {
              node {
                id
                ...TutorCard @defer(label: "card")
                ... on Tutor @include(if: $withReviews) {
                  reviews(first: 3) {
                    rating
                    comment
                  }
                }
                ... @skip(if: false) {
                  __typename
                }
                ... {
                  id
                }
              }
            }
          }
        }

        mutation BookSession($input: BookingInput!) {
          requestBooking(
            input: $input
            note: """
            Please bring the
              worksheet with \""" quotes
            """
            escapes: "tab\t quote\" backslash\\ unicode é 😀 😀"
          ) {
            booking {
              id
              state
            }
          }
        }

        subscription OnMessage($conversation: ID!) @live {
          messageAdded(conversationId: $conversation) {
            id
            body
            sender {
              id
            }
          }
        }

        "A card with the basics."
        fragment TutorCard on Tutor @public {
          name
          rate: hourlyRate(currency: USD) {
            amountCents
            currency
          }
        }

        {
          unnamed(
            truthy: true
            falsy: false
            nullish: null
            int: -0
            float: -1.5E-3
            empty: ""
            obj: {}
          )
          query
        }

        {
          __typename
        }
        """#

    static let printedSchemaKitchenSink = #"""
        """The TutorGraph API, as a kitchen sink of the type-system language."""
        schema @contact(name: "TutorGraph") {
          query: Query
          mutation: Mutation
          subscription: Subscription
        }

        "An RFC 3339 timestamp."
        scalar DateTime @specifiedBy(url: "https://tools.ietf.org/html/rfc3339")

        scalar JSON

        """Anything with a global id."""
        interface Node {
          id: ID!
        }

        interface Person implements Node @entity {
          id: ID!
          "Shown in lists."
          displayName(
            """How formal the name is."""
            style: NameStyle = FULL
            locale: String = "en" @deprecated(reason: "use Accept-Language")
          ): String!
        }

        type Tutor implements Node & Person @key(fields: "id") {
          id: ID!
          displayName(style: NameStyle = FULL, locale: String = "en"): String!
          rate(currency: Currency = USD, round: Boolean = true): Money
          reviews(first: Int = 10, after: String, filter: ReviewFilter = {minRating: 3, tags: ["kind"]}): [Review!]! @cost(weight: 2)
          availability: [[Slot!]]
        }

        type Query {
          node(id: ID!): Node
          search(text: String!): [SearchResult!]!
        }

        type Mutation

        type Subscription

        union SearchResult @cached = Tutor | Subject

        union Empty

        enum NameStyle {
          "First and last name."
          FULL
          SHORT @deprecated
          INITIALS @deprecated(reason: """Use SHORT.""")
        }

        input ReviewFilter {
          minRating: Int = 1
          tags: [String!] = []
          "Only public ones?"
          publicOnly: Boolean! = false @deprecated
        }

        input TutorBy @oneOf {
          id: ID
          email: String
        }

        """Marks how expensive a field is."""
        directive @cost(
          weight: Int! = 1
          "Multiplier."
          multipliers: [String!]
        ) repeatable on FIELD_DEFINITION | OBJECT

        directive @key(fields: String!) on OBJECT | INTERFACE

        extend schema @audit {
          subscription: Subscription
        }

        extend schema @audit

        extend scalar DateTime @tag(name: "time")

        extend interface Person implements Node @tag(name: "person") {
          avatarUrl: String
        }

        extend interface Node @tag(name: "node")

        extend type Tutor implements Searchable {
          headline: String
        }

        extend type Tutor @tag(name: "tutor")

        extend union SearchResult @tag(name: "results")

        extend union SearchResult = Review

        extend enum NameStyle @tag(name: "style")

        extend enum NameStyle {
          NICKNAME
        }

        extend input ReviewFilter @tag(name: "filter")

        extend input ReviewFilter {
          since: DateTime
        }
        """#
}
