import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
import TutorServer

/// `X-Request-Id`: an incoming sane id is echoed, anything else is replaced, and errors carry it too.
struct RequestIDTests {
    @Test func generatesAnIDWhenNoneIsSent() async throws {
        let app = try await buildApplication(configuration: .unreachableDatabase, logger: .test)
        try await app.test(.router) { client in
            let first = try await client.execute(uri: "/healthz", method: .get).headers[.requestID]
            let second = try await client.execute(uri: "/healthz", method: .get).headers[.requestID]
            #expect(first?.isEmpty == false)
            #expect(first != second)
        }
    }

    @Test func echoesASaneIncomingID() async throws {
        let app = try await buildApplication(configuration: .unreachableDatabase, logger: .test)
        try await app.test(.router) { client in
            let response = try await client.execute(uri: "/healthz", method: .get, headers: [.requestID: "lb-7f3a:42.1_x"])
            #expect(response.headers[.requestID] == "lb-7f3a:42.1_x")
        }
    }

    @Test(arguments: ["has spaces", "quote\"d", String(repeating: "a", count: 129), "ünïcode"])
    func replacesAnUnsafeIncomingID(_ incoming: String) async throws {
        let app = try await buildApplication(configuration: .unreachableDatabase, logger: .test)
        try await app.test(.router) { client in
            let response = try await client.execute(uri: "/healthz", method: .get, headers: [.requestID: incoming])
            let echoed = try #require(response.headers[.requestID])
            #expect(echoed != incoming)
            #expect(!echoed.isEmpty)
        }
    }

    @Test func tagsErrorResponsesToo() async throws {
        let app = try await buildApplication(configuration: .unreachableDatabase, logger: .test)
        try await app.test(.router) { client in
            let response = try await client.execute(uri: "/no-such-route", method: .get, headers: [.requestID: "trace-404"])
            #expect(response.status == .notFound)
            #expect(response.headers[.requestID] == "trace-404")
        }
    }
}
