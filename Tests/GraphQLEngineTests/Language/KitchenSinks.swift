/// Documents that use every construct of the language once, shared by the parser and printer tests.
enum KitchenSink {
    /// The executable language: operations of each type, variables with defaults and directives,
    /// aliases, every value kind, fragments, inline fragments, descriptions, comments and commas.
    static let executable = #"""
        # Comments and commas are ignored tokens.
        """
        Finds tutors for the search page.
        """
        query TutorSearch(
          "What the student typed." $text: String! = "algebra",
          $first: Int = 10, $ratings: [Float!] = [4.5, 5.0e0],
          $filter: TutorFilter = {subjects: ["math", "physics"], online: true, level: ADVANCED, note: null}
          $withReviews: Boolean! @deprecated(reason: "always on")
        ) @cached(ttl: 60) {
          search: searchTutors(text: $text, first: $first, filter: {minRating: $ratings, nested: {deeper: [[1, 2], [3], []]}}) @live {
            totalCount
            edges {
              node {
                id,
                ...TutorCard @defer(label: "card")
                ... on Tutor @include(if: $withReviews) {
                  reviews(first: 3) { rating comment }
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
          requestBooking(input: $input, note: """
            Please bring the
              worksheet with \""" quotes
          """, escapes: "tab\t quote\" backslash\\ unicode \u00E9 \u{1F600} \uD83D\uDE00") {
            booking { id state }
          }
        }

        subscription OnMessage($conversation: ID!) @live {
          messageAdded(conversationId: $conversation) { id body sender { id } }
        }

        "A card with the basics."
        fragment TutorCard on Tutor @public {
          name
          rate: hourlyRate(currency: USD) { amountCents currency }
        }

        {
          unnamed(truthy: true, falsy: false, nullish: null, int: -0, float: -1.5E-3, empty: "", obj: {})
          query
        }

        query {
          __typename
        }
        """#

    /// The type-system language: schema, every kind of type with descriptions and directives,
    /// interfaces implementing interfaces, `@oneOf`, repeatable directives and every extension form.
    static let schema = #"""
        """
        The TutorGraph API, as a kitchen sink of the type-system language.
        """
        schema @contact(name: "TutorGraph") {
          query: Query
          mutation: Mutation
          subscription: Subscription
        }

        "An RFC 3339 timestamp."
        scalar DateTime @specifiedBy(url: "https://tools.ietf.org/html/rfc3339")

        scalar JSON

        """
        Anything with a global id.
        """
        interface Node {
          id: ID!
        }

        interface Person implements Node @entity {
          id: ID!
          "Shown in lists."
          displayName(
            """
            How formal the name is.
            """
            style: NameStyle = FULL
            locale: String = "en" @deprecated(reason: "use Accept-Language")
          ): String!
        }

        type Tutor implements & Node & Person @key(fields: "id") {
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

        union SearchResult @cached = | Tutor | Subject

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

        """
        Marks how expensive a field is.
        """
        directive @cost(weight: Int! = 1, "Multiplier." multipliers: [String!]) repeatable on FIELD_DEFINITION | OBJECT

        directive @key(fields: String!) on | OBJECT | INTERFACE

        extend schema @audit { subscription: Subscription }
        extend schema @audit
        extend scalar DateTime @tag(name: "time")
        extend interface Person implements Node @tag(name: "person") { avatarUrl: String }
        extend interface Node @tag(name: "node")
        extend type Tutor implements Searchable { headline: String }
        extend type Tutor @tag(name: "tutor")
        extend union SearchResult @tag(name: "results")
        extend union SearchResult = Review
        extend enum NameStyle @tag(name: "style")
        extend enum NameStyle { NICKNAME }
        extend input ReviewFilter @tag(name: "filter")
        extend input ReviewFilter { since: DateTime }
        """#
}
