import Foundation
import GraphQLEngine
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

@testable import TutorServer

/// The GraphQL-over-HTTP rules of DESIGN.md §3, checked against the graphql-http project's server audits
/// (their ids in brackets) through HummingbirdTesting.
@Suite("GraphQLHTTP controller")
struct GraphQLHTTPControllerTests {
    private let graphQLResponse = "application/graphql-response+json; charset=utf-8"
    private let json = "application/json; charset=utf-8"

    @Test("POST with Accept graphql-response+json answers in that type [22EB, 34A2]")
    func postGraphQLResponseJSON() async throws {
        try await GraphQLHTTPTestServer.withClient { client in
            let response = try await client.post(#"{"query":"{ hello }"}"#, accept: "application/graphql-response+json")
            #expect(response.status == .ok)
            #expect(response.headers[.contentType] == graphQLResponse)
            #expect(response.body == #"{"data":{"hello":"Hello, world!"}}"#)
        }
    }

    @Test("POST with Accept application/json, */* or no Accept answers application/json [4655, 47DE, 80D8, 2C94, 03D4]")
    func postJSON() async throws {
        try await GraphQLHTTPTestServer.withClient { client in
            for accept in ["application/json", "*/*", nil] {
                let response = try await client.post(#"{"query":"{ hello }"}"#, accept: accept)
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == json)
                #expect(response.body == #"{"data":{"hello":"Hello, world!"}}"#)
            }
        }
    }

    @Test("an Accept header allowing neither JSON type is 406")
    func notAcceptable() async throws {
        try await GraphQLHTTPTestServer.withClient { client in
            let response = try await client.post(#"{"query":"{ hello }"}"#, accept: "text/html")
            #expect(response.status == .notAcceptable)
            #expect(response.headers[.contentType] == json)
            #expect(response.json?["errors"] != nil)
        }
    }

    @Test("UTF-8 is accepted with or without charset and kept byte-exact in the response [BF61, 78D5, 82A3]")
    func utf8InAndOut() async throws {
        try await GraphQLHTTPTestServer.withClient { client in
            for contentType in ["application/json; charset=utf-8", "application/json"] {
                let response = try await client.post(
                    #"{"query":"{ hello(name: \"Run🏃Swim🏊 \\u00e9\") }"}"#, contentType: contentType)
                #expect(response.status == .ok)
                #expect(response.body == #"{"data":{"hello":"Hello, Run🏃Swim🏊 é!"}}"#)
            }
        }
    }

    @Test("a body that is not UTF-8 JSON is 415 [9ABE]", arguments: [
        "application/json; charset=iso-8859-1", "text/plain", "application/graphql", "application/x-www-form-urlencoded", nil,
    ])
    func unsupportedContentType(contentType: String?) async throws {
        try await GraphQLHTTPTestServer.withClient { client in
            let response = try await client.post(#"{"query":"{ hello }"}"#, contentType: contentType)
            #expect(response.status == .unsupportedMediaType)
            #expect(response.json?["errors"]?.listValue?.first?.objectValue?["extensions"]?.objectValue?["code"]?.stringValue == "BAD_REQUEST")
        }
    }

    @Test("malformed requests are 400 in either media type, without data [A5BF, 423L, LKJ*, 6C0*, 476*, 58B*, B6DC, BCF8, 8764, 3E3A, 34D6]",
        arguments: [
            "", "{ \"not a JSON", "[]", #"{"qeury":"{ hello }"}"#, #"{"query":{"obj":"ect"}}"#, #"{"query":0}"#,
            #"{"query":false}"#, #"{"query":["array"]}"#, #"{"query":"{ hello }","operationName":0}"#,
            #"{"query":"{ hello }","operationName":false}"#, #"{"query":"{ hello }","variables":"string"}"#,
            #"{"query":"{ hello }","variables":["array"]}"#, #"{"query":"{ hello }","extensions":0}"#,
            #"{"query":"{ hello }","extensions":"string"}"#,
        ])
    func malformedRequests(body: String) async throws {
        try await GraphQLHTTPTestServer.withClient { client in
            for accept in ["application/graphql-response+json", "application/json"] {
                let response = try await client.post(body, accept: accept)
                #expect(response.status == .badRequest)
                #expect(response.json?["errors"]?.listValue?.first?.objectValue?["extensions"]?.objectValue?["code"]?.stringValue == "BAD_REQUEST")
                #expect(response.json?["data"] == nil)
            }
        }
    }

    @Test("null operationName, variables and extensions are allowed, as are a string operationName and maps [94B*, 022*, 8161, B8B3, 2EA1, 28B9, 428F, 1B7A]")
    func optionalParameters() async throws {
        try await GraphQLHTTPTestServer.withClient { client in
            let bodies = [
                #"{"query":"{ hello }","operationName":null,"variables":null,"extensions":null}"#,
                #"{"query":"query Q { hello }","operationName":"Q"}"#,
                #"{"query":"query Q($n: String) { hello(name: $n) }","variables":{"n":"x"},"extensions":{"some":"value"}}"#,
            ]
            for body in bodies {
                for accept in ["application/graphql-response+json", "application/json"] {
                    let response = try await client.post(body, accept: accept)
                    #expect(response.status == .ok, "\(body)")
                    #expect(response.json?["errors"] == nil, "\(body)")
                }
            }
        }
    }

    @Test("parse, validation and variable failures: 200 with application/json, 400 without data with graphql-response+json [572B, FDE2, 7B9B, 865D, 556A, D586, 51FE, 74FF, 5E5B, 86EE]",
        arguments: [
            #"{"query":"{"}"#, #"{"query":"{ 8f31403dfe404bccbb0e835f2629c6a7 }"}"#,
            #"{"query":"query CoerceFailure($id: ID!) { __typename }","variables":{"id":null}}"#,
            #"{"query":"query A { hello } query B { hello }"}"#,
        ])
    func requestErrors(body: String) async throws {
        try await GraphQLHTTPTestServer.withClient { client in
            let legacy = try await client.post(body, accept: "application/json")
            #expect(legacy.status == .ok)
            #expect(legacy.json?["errors"]?.listValue?.isEmpty == false)
            #expect(legacy.json?["data"] == nil)

            let modern = try await client.post(body, accept: "application/graphql-response+json")
            #expect(modern.status == .badRequest)
            #expect(modern.headers[.contentType] == graphQLResponse)
            #expect(modern.json?["errors"]?.listValue?.isEmpty == false)
            #expect(modern.json?["data"] == nil)
        }
    }

    @Test("a syntax error reads as graphql-js's, with its location and code")
    func syntaxErrorBody() async throws {
        try await GraphQLHTTPTestServer.withClient { client in
            let response = try await client.post(#"{"query":"{"}"#)
            #expect(
                response.body
                    == #"{"errors":[{"message":"Syntax Error: Expected Name, found <EOF>.","locations":[{"line":1,"column":2}],"extensions":{"code":"GRAPHQL_PARSE_FAILED"}}]}"#
            )
        }
    }

    @Test("field errors keep 200 in both media types, with data and a masked message")
    func fieldErrors() async throws {
        try await GraphQLHTTPTestServer.withClient { client in
            for accept in ["application/graphql-response+json", "application/json"] {
                let response = try await client.post(#"{"query":"{ hello broken }"}"#, accept: accept)
                #expect(response.status == .ok)
                #expect(response.json?["data"] == .object(["hello": .string("Hello, world!"), "broken": .null]))
                let error = try #require(response.json?["errors"]?.listValue?.first)
                #expect(error["path"] == .list([.string("broken")]))
                #expect(error["extensions"]?["code"] == .string("INTERNAL_SERVER_ERROR"))
                #expect(!response.body.contains("DatabaseUnavailable"))
            }
        }
    }

    @Test("GET runs queries with URL-encoded parameters [5A70, D6D5, 6A70]")
    func getQueries() async throws {
        try await GraphQLHTTPTestServer.withClient { client in
            let plain = try await client.get("query=%7B+hello+%7D")
            #expect(plain.status == .ok)
            #expect(plain.headers[.contentType] == json)
            #expect(plain.body == #"{"data":{"hello":"Hello, world!"}}"#)

            let withVariables = try await client.get(
                "query=query+Q(%24n%3A+String)+%7B+hello(name%3A+%24n)+%7D&variables=%7B%22n%22%3A%22GET%22%7D&operationName=Q",
                accept: "application/graphql-response+json")
            #expect(withVariables.status == .ok)
            #expect(withVariables.headers[.contentType] == graphQLResponse)
            #expect(withVariables.body == #"{"data":{"hello":"Hello, GET!"}}"#)

            let missing = try await client.get("operationName=Q")
            #expect(missing.status == .badRequest)
        }
    }

    @Test("a mutation over GET is 405 with Allow: POST; over POST it runs [9C48]")
    func mutationsOnlyOverPOST() async throws {
        try await GraphQLHTTPTestServer.withClient { client in
            let overGET = try await client.get("query=mutation+%7B+touch+%7D", accept: "application/graphql-response+json")
            #expect(overGET.status == .methodNotAllowed)
            #expect(overGET.headers[.allow] == "POST")
            #expect(overGET.json?["data"] == nil)

            let named = try await client.get("query=query+Q+%7B+hello+%7D+mutation+M+%7B+touch+%7D&operationName=M")
            #expect(named.status == .methodNotAllowed)

            let overPOST = try await client.post(#"{"query":"mutation { touch }"}"#)
            #expect(overPOST.status == .ok)
            #expect(overPOST.body == #"{"data":{"touch":1}}"#)
        }
    }

    @Test("other methods are 405 with Allow: GET, POST", arguments: [HTTPRequest.Method.put, .patch, .delete])
    func otherMethods(method: HTTPRequest.Method) async throws {
        try await GraphQLHTTPTestServer.withClient { client in
            let response = try await client.send(method, body: #"{"query":"{ hello }"}"#)
            #expect(response.status == .methodNotAllowed)
            #expect(response.headers[.allow] == "GET, POST")
        }
    }

    @Test("a body above the configured limit is 413")
    func bodyLimit() async throws {
        try await GraphQLHTTPTestServer.withClient { client in
            let padding = String(repeating: " ", count: 5000)
            let response = try await client.post(#"{"query":"{ hello }"\#(padding)}"#)
            #expect(response.status == .contentTooLarge)
            #expect(response.json?["errors"] != nil)
        }
    }

    @Test("the bearer token reaches the context factory; a refused token is 401 UNAUTHENTICATED")
    func authorization() async throws {
        try await GraphQLHTTPTestServer.withClient { client in
            let body = #"{"query":"{ viewer }"}"#
            let anonymous = try await client.send(.post, headers: [.contentType: "application/json"], body: body)
            #expect(anonymous.body == #"{"data":{"viewer":null}}"#)

            let signedIn = try await client.send(
                .post, headers: [.contentType: "application/json", .authorization: "Bearer good"], body: body)
            #expect(signedIn.body == #"{"data":{"viewer":"alice"}}"#)

            let refused = try await client.send(
                .post, headers: [.contentType: "application/json", .authorization: "Bearer forged"], body: body)
            #expect(refused.status == .unauthorized)
            #expect(
                refused.body == #"{"errors":[{"message":"The access token is invalid.","extensions":{"code":"UNAUTHENTICATED"}}]}"#)
        }
    }

    @Test("the request's loaders batch each level: three item fields make one batch of two keys")
    func loadersBatch() async throws {
        try await GraphQLHTTPTestServer.withClient { client in
            let response = try await client.post(#"{"query":"{ a: item(id: 1) b: item(id: 2) c: item(id: 1) }"}"#)
            #expect(response.body == #"{"data":{"a":"item 1 of 2","b":"item 2 of 2","c":"item 1 of 2"}}"#)
        }
    }

    @Test("a browser opening /graphql gets the playground; a query in the URL still runs")
    func playgroundForBrowsers() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("graphql-http-\(UUID())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        try Data("<!doctype html><title>Playground</title>".utf8).write(to: directory.appendingPathComponent("index.html"))

        try await GraphQLHTTPTestServer.withClient(playgroundDirectory: directory) { client in
            let browserAccept = "text/html,application/xhtml+xml,*/*;q=0.8"
            let page = try await client.send(.get, headers: [.accept: browserAccept])
            #expect(page.status == .ok)
            #expect(page.body.contains("<title>Playground</title>"))

            let query = try await client.get("query=%7B+hello+%7D", accept: browserAccept)
            #expect(query.status == .ok)
            #expect(query.headers[.contentType] == json)
        }
    }
}
