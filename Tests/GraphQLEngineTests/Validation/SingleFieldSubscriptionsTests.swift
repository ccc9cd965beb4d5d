import Testing

@testable import GraphQLEngine

@Suite("Validation: SingleFieldSubscriptions")
struct SingleFieldSubscriptionsTests {
    @Test("one root field, directly, through a fragment, or repeated under one response key")
    func valid() throws {
        #expect(try errors(SingleFieldSubscriptionsRule.self, "subscription ImportantEmails { importantEmails }") == [])
        let viaFragment = """
            subscription sub {
              newMessage {
                body
              }
              ...newMessageFields
            }

            fragment newMessageFields on SubscriptionRoot {
              newMessage {
                body
                sender
              }
            }
            """
        #expect(try errors(SingleFieldSubscriptionsRule.self, viaFragment) == [])
    }

    @Test("a literally skipped field does not count")
    func skippedField() throws {
        let query = "subscription { importantEmails notImportantEmails @skip(if: true) }"
        #expect(try errors(SingleFieldSubscriptionsRule.self, query) == [])
    }

    @Test("extra root fields are reported where they are selected")
    func multipleFields() throws {
        let query = """
            subscription ImportantEmails {
              importantEmails
              notImportantEmails
              spamEmails
            }
            """
        #expect(
            try errors(SingleFieldSubscriptionsRule.self, query) == [
                ReportedError(
                    "Subscription \"ImportantEmails\" must select only one top level field.", (3, 3), (4, 3))
            ])
    }

    @Test("extra root fields reached through fragments in an anonymous subscription")
    func multipleFieldsViaFragments() throws {
        let query = """
            subscription {
              importantEmails
              ...Spread
              ... on SubscriptionRoot {
                moreImportantEmails
              }
            }

            fragment Spread on SubscriptionRoot {
              notImportantEmails
            }
            """
        #expect(
            try errors(SingleFieldSubscriptionsRule.self, query) == [
                ReportedError("Anonymous Subscription must select only one top level field.", (10, 3), (5, 5))
            ])
    }

    @Test("introspection root fields are rejected, alone or beside another field")
    func introspectionField() throws {
        #expect(
            try errors(SingleFieldSubscriptionsRule.self, "subscription { __typename }") == [
                ReportedError("Anonymous Subscription must not select an introspection top level field.", (1, 16))
            ])
        let query = """
            subscription ImportantEmails {
              importantEmails
              __typename
            }
            """
        #expect(
            try errors(SingleFieldSubscriptionsRule.self, query) == [
                ReportedError("Subscription \"ImportantEmails\" must select only one top level field.", (3, 3)),
                ReportedError(
                    "Subscription \"ImportantEmails\" must not select an introspection top level field.", (3, 3)),
            ])
    }

    @Test("a schema without subscriptions leaves the operation to KnownOperationTypes")
    func noSubscriptionType() throws {
        let schema = try buildSchema("type Query { field: String }")
        #expect(try errors(SingleFieldSubscriptionsRule.self, "subscription { a b }", schema: schema) == [])
    }
}
