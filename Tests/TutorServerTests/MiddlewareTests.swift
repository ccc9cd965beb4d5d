import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
import TutorServer

/// The shared middleware chain on a router of test routes: error masking and the request body limit.
struct MiddlewareTests {
    /// A failure that is not an `HTTPResponseError`, whose text must never reach a client.
    struct DatabaseExploded: Error, CustomStringConvertible {
        var description: String { "password=secret in a stack trace" }
    }

    /// The server's middleware in the server's order, around routes that misbehave on purpose.
    func makeApplication(bodyLimit: Int = 1_024) -> some ApplicationProtocol {
        let router = Router(context: AppRequestContext.self)
        router.middlewares.add(RequestIDMiddleware())
        router.middlewares.add(AccessLogMiddleware())
        router.middlewares.add(RequestBodyLimitMiddleware(limit: bodyLimit))
        router.get("explode") { _, _ -> String in throw DatabaseExploded() }
        router.post("echo") { request, context -> ByteBuffer in
            try await request.body.collect(upTo: context.maxUploadSize)
        }
        return Application(router: router, logger: .test)
    }

    @Test func masksUnexpectedErrorsAs500WithTheRequestID() async throws {
        try await makeApplication().test(.router) { client in
            let response = try await client.execute(uri: "/explode", method: .get, headers: [.requestID: "boom-1"])
            #expect(response.status == .internalServerError)
            #expect(response.headers[.requestID] == "boom-1")
            #expect(!String(buffer: response.body).contains("secret"))
        }
    }

    @Test func refusesADeclaredOversizedBodyWith413() async throws {
        try await makeApplication(bodyLimit: 1_024).test(.router) { client in
            let body = ByteBuffer(repeating: UInt8(ascii: "x"), count: 2_048)
            let response = try await client.execute(uri: "/echo", method: .post, body: body)
            #expect(response.status == .contentTooLarge)
            #expect(response.headers[.requestID] != nil)
        }
    }

    @Test func passesABodyWithinTheLimit() async throws {
        try await makeApplication(bodyLimit: 1_024).test(.router) { client in
            let body = ByteBuffer(string: "{\"query\":\"{ __typename }\"}")
            let response = try await client.execute(uri: "/echo", method: .post, body: body)
            #expect(response.status == .ok)
            #expect(response.body == body)
        }
    }
}
