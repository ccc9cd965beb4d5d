import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import Testing

/// What a developer checks by eye, done by headless Chromium against a live server: a query given in the URL
/// runs on load and its result shows, the docs explorer lists the `Query` fields, and the editor flags a field
/// the schema does not have.
enum PlaygroundBrowserCheck {
    /// Loads `/playground?query={__typename}&run=1` in Chromium and reads the result, status and docs panes,
    /// then opens an invalid query and reads the editor's live validation error against the introspected schema.
    static func run(client: some TestClientProtocol) async throws {
        let port = try #require(client.port)
        let queryFields = try await queryFieldNames(client: client)
        #expect(!queryFields.isEmpty)

        let url = try #require(URL(string: "http://127.0.0.1:\(port)/playground?query=%7B__typename%7D&run=1"))
        let chromium = try #require(HeadlessChromium.installed)
        let page = PlaygroundPage(html: try await chromium.dumpDOM(of: url))

        #expect(try page.text(ofElement: "section", id: "result") == #"{"data":{"__typename":"Query"}}"#)
        let status = try #require(try page.text(ofElement: "span", id: "status"))
        #expect(status.hasPrefix("200"))
        let docs = try #require(try page.text(ofElement: "aside", id: "docs"))
        for field in queryFields {
            #expect(docs.contains(field), "the docs explorer does not list Query.\(field)")
        }

        let invalid = try #require(URL(string: "http://127.0.0.1:\(port)/playground?query=%7B%20notAField%20%7D"))
        let problems = try PlaygroundPage(html: try await chromium.dumpDOM(of: invalid)).text(ofElement: "div", id: "problems")
        #expect(problems?.contains(#"Cannot query field "notAField" on type "Query"."#) == true, "no live validation error: \(problems ?? "")")
    }

    /// The names of the `Query` type's fields, asked of the server directly so the test follows the schema.
    static func queryFieldNames(client: some TestClientProtocol) async throws -> [String] {
        let body = ByteBuffer(string: #"{"query":"{ __schema { queryType { fields { name } } } }"}"#)
        let response = try await client.execute(
            uri: "/graphql",
            method: .post,
            headers: [.contentType: "application/json", .accept: "application/graphql-response+json"],
            body: body
        )
        #expect(response.status == .ok)
        let introspection = try JSONDecoder().decode(Introspection.self, from: Data(response.body.readableBytesView))
        return introspection.data.__schema.queryType.fields.map(\.name)
    }

    /// The shape of `{ __schema { queryType { fields { name } } } }`'s answer.
    private struct Introspection: Decodable {
        struct Data: Decodable { let __schema: Schema }
        struct Schema: Decodable { let queryType: QueryType }
        struct QueryType: Decodable { let fields: [Field] }
        struct Field: Decodable { let name: String }
        let data: Data
    }
}
