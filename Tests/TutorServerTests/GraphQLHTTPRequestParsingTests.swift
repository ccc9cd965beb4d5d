import GraphQLEngine
import Testing

@testable import TutorServer

@Suite("GraphQLHTTP request parsing")
struct GraphQLHTTPRequestParsingTests {
    @Test("Accept negotiation picks the response media type", arguments: [
        (nil, GraphQLResponseMediaType.json),
        ("", .json),
        ("*/*", .json),
        ("application/*", .json),
        ("application/json", .json),
        ("application/graphql-response+json", .graphQLResponseJSON),
        ("application/graphql-response+json, application/json;q=0.9", .graphQLResponseJSON),
        ("application/json, application/graphql-response+json", .graphQLResponseJSON),
        ("application/graphql-response+json;q=0.5, application/json", .json),
        ("application/graphql-response+json, */*;q=0.1", .graphQLResponseJSON),
        ("text/html, */*;q=0.8", .json),
        ("APPLICATION/GRAPHQL-RESPONSE+JSON", .graphQLResponseJSON),
        ("application/json;q=0, */*", .graphQLResponseJSON),
    ] as [(String?, GraphQLResponseMediaType)])
    func negotiatesMediaType(accept: String?, expected: GraphQLResponseMediaType) {
        #expect(GraphQLResponseMediaType.negotiate(accept: accept) == expected)
    }

    @Test("Accept headers allowing neither GraphQL type are not acceptable", arguments: [
        "text/html", "application/xml", "text/*", "application/json;q=0",
    ])
    func refusesUnacceptable(accept: String) {
        #expect(GraphQLResponseMediaType.negotiate(accept: accept) == nil)
    }

    @Test("only application/json in UTF-8 is accepted as a POST body", arguments: [
        ("application/json", true), ("application/json; charset=utf-8", true), ("Application/JSON;Charset=UTF-8", true),
        ("application/json; charset=\"utf-8\"", true), ("application/json;charset=utf8", true),
        ("application/json; charset=iso-8859-1", false), ("application/json; charset=utf-16", false),
        ("application/graphql", false), ("text/plain", false), ("application/x-www-form-urlencoded", false),
        ("application/jsonx", false),
    ])
    func checksContentType(header: String, accepted: Bool) {
        #expect(((try? JSONRequestContentType.check(header)) != nil) == accepted)
    }

    @Test("a POST without Content-Type is unsupported")
    func missingContentType() {
        #expect(throws: GraphQLHTTPFailure.unsupportedMediaType(nil)) { try JSONRequestContentType.check(nil) }
    }

    @Test("URL queries decode + as space, percent escapes as UTF-8, and keep the first of repeated names")
    func decodesURLQueries() throws {
        let items = try URLQueryItems("query=%7B+__typename+%7D&name=Run%F0%9F%8F%83&name=second&empty=&flag&bad=%ZZ%4")
        #expect(items["query"] == "{ __typename }")
        #expect(items["name"] == "Run🏃")
        #expect(items["empty"] == "")
        #expect(items["flag"] == "")
        #expect(items["bad"] == "%ZZ%4")
        #expect(items["missing"] == nil)
        #expect(throws: GraphQLHTTPFailure.self) { try URLQueryItems("query=%FF") }
    }

    @Test("a JSON body yields its parameters; null operationName, variables and extensions are accepted")
    func parsesBodies() throws {
        let full = try GraphQLRequest(
            jsonBody: Array(#"{"query":"{ a }","operationName":"A","variables":{"x":1},"extensions":{"e":true}}"#.utf8))
        #expect(full == GraphQLRequest(query: "{ a }", operationName: "A", variables: ["x": .int(1)], extensions: ["e": .bool(true)]))
        let nulls = try GraphQLRequest(
            jsonBody: Array(#"{"query":"{ a }","operationName":null,"variables":null,"extensions":null}"#.utf8))
        #expect(nulls == GraphQLRequest(query: "{ a }"))
    }

    @Test("ill-formed bodies are bad requests", arguments: [
        "", "{ \"not a JSON", "[]", "\"query\"", "null", #"{"notquery":"{ a }"}"#, #"{"query":null}"#,
        #"{"query":{"obj":"ect"}}"#, #"{"query":0}"#, #"{"query":false}"#, #"{"query":["array"]}"#,
        #"{"query":"{ a }","operationName":0}"#, #"{"query":"{ a }","operationName":{}}"#,
        #"{"query":"{ a }","variables":"string"}"#, #"{"query":"{ a }","variables":[]}"#,
        #"{"query":"{ a }","variables":0}"#, #"{"query":"{ a }","extensions":false}"#,
        #"{"query":"{ a }","extensions":["array"]}"#,
    ])
    func rejectsBodies(body: String) {
        #expect(throws: GraphQLHTTPFailure.self) { try GraphQLRequest(jsonBody: Array(body.utf8)) }
    }

    @Test("GET parameters carry variables and extensions as JSON text")
    func parsesURLParameters() throws {
        let parameters = try GraphQLRequest(
            urlQuery: URLQueryItems("query=query+Q($n:Int){a}&operationName=Q&variables=%7B%22n%22%3A2%7D&extensions=null"))
        #expect(parameters == GraphQLRequest(query: "query Q($n:Int){a}", operationName: "Q", variables: ["n": .int(2)]))
        #expect(throws: GraphQLHTTPFailure.self) { try GraphQLRequest(urlQuery: URLQueryItems("query={a}&variables=%5B%5D")) }
        #expect(throws: GraphQLHTTPFailure.self) { try GraphQLRequest(urlQuery: URLQueryItems("query={a}&variables={bad")) }
        #expect(throws: GraphQLHTTPFailure.self) { try GraphQLRequest(urlQuery: URLQueryItems("operationName=Q")) }
    }
}
