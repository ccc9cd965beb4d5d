import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing

@testable import TutorServer

/// The playground is served from memory with the right types, caching validators and security headers, and
/// never reaches outside the server.
@Suite struct PlaygroundTests {
    let controller: PlaygroundController

    init() throws {
        controller = try PlaygroundController(directory: PlaygroundController.repositoryPlaygroundDirectory)
    }

    /// An application with only the playground's routes, so these tests need no database.
    func makeApplication() -> some ApplicationProtocol {
        let router = Router(context: BasicRequestContext.self)
        controller.addRoutes(to: router)
        return Application(router: router)
    }

    @Test func servesThePageWithSecurityAndCachingHeaders() async throws {
        try await makeApplication().test(.router) { client in
            try await client.execute(uri: "/playground", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "text/html; charset=utf-8")
                #expect(response.headers[.cacheControl] == "no-cache")
                #expect(response.headers[.eTag]?.hasPrefix("\"") == true)
                #expect(response.headers[.xContentTypeOptions] == "nosniff")
                let policy = try #require(response.headers[.contentSecurityPolicy])
                for directive in [
                    "default-src 'self'", "connect-src 'self'", "img-src 'self' data:", "style-src 'self'", "script-src 'self'",
                ] {
                    #expect(policy.contains(directive), "CSP lacks \(directive)")
                }
                let page = String(buffer: response.body)
                for id in ["editor", "run", "result", "docs", "status"] {
                    #expect(page.contains("id=\"\(id)\""), "the page lacks #\(id)")
                }
            }
        }
    }

    @Test func servesThePageWithATrailingSlashToo() async throws {
        try await makeApplication().test(.router) { client in
            try await client.execute(uri: "/playground/", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.eTag] == controller.index.entityTag.value)
            }
        }
    }

    @Test(arguments: [
        ("playground.css", "text/css; charset=utf-8"),
        ("main.js", "text/javascript; charset=utf-8"),
        ("graphql-lexer.js", "text/javascript; charset=utf-8"),
        ("favicon.svg", "image/svg+xml"),
        ("index.html", "text/html; charset=utf-8"),
    ])
    func servesAssetsWithTheirContentType(file: String, contentType: String) async throws {
        try await makeApplication().test(.router) { client in
            try await client.execute(uri: "/playground/\(file)", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == contentType)
                #expect(response.headers[.cacheControl] == "no-cache")
                #expect(response.headers[.xContentTypeOptions] == "nosniff")
                #expect(response.headers[.contentSecurityPolicy] != nil)
                let onDisk = try Data(contentsOf: PlaygroundController.repositoryPlaygroundDirectory.appendingPathComponent(file))
                #expect(Data(response.body.readableBytesView) == onDisk)
            }
        }
    }

    @Test func servesEveryFileOfThePlaygroundDirectory() async throws {
        let files = try playgroundFiles()
        #expect(files.count >= 10)
        try await makeApplication().test(.router) { client in
            for file in files {
                try await client.execute(uri: "/playground/\(file)", method: .get) { response in
                    #expect(response.status == .ok, "\(file) is not served")
                    #expect(response.headers[.contentType] != nil)
                }
            }
        }
    }

    @Test func answersNotModifiedWhenTheEntityTagMatches() async throws {
        try await makeApplication().test(.router) { client in
            let tag = try await client.execute(uri: "/playground/main.js", method: .get) { response in
                try #require(response.headers[.eTag])
            }
            for header in [tag, "W/\(tag)", "\"other\", \(tag)", "*"] {
                try await client.execute(uri: "/playground/main.js", method: .get, headers: [.ifNoneMatch: header]) { response in
                    #expect(response.status == .notModified, "If-None-Match: \(header)")
                    #expect(response.body.readableBytes == 0)
                    #expect(response.headers[.eTag] == tag)
                    #expect(response.headers[.cacheControl] == "no-cache")
                }
            }
            try await client.execute(uri: "/playground/main.js", method: .get, headers: [.ifNoneMatch: "\"stale\""]) { response in
                #expect(response.status == .ok)
                #expect(response.body.readableBytes > 0)
            }
        }
    }

    @Test func entityTagsDifferPerFileAndStayStable() throws {
        let again = try PlaygroundController(directory: PlaygroundController.repositoryPlaygroundDirectory)
        let tags = Set(controller.assets.values.map(\.entityTag.value))
        #expect(tags.count == controller.assets.count)
        #expect(again.assets["main.js"]?.entityTag == controller.assets["main.js"]?.entityTag)
    }

    @Test(arguments: [
        "/playground/../Package.swift",
        "/playground/..%2FPackage.swift",
        "/playground/%2e%2e/Package.swift",
        "/playground/./main.js",
        "/playground/.gitignore",
        "/playground/missing.js",
        "/playground/main.js/extra",
        "/playground//etc/passwd",
    ])
    func rejectsPathsOutsideThePlayground(path: String) async throws {
        try await makeApplication().test(.router) { client in
            try await client.execute(uri: path, method: .get) { response in
                #expect(response.status == .notFound)
            }
        }
    }

    @Test func refusesADirectoryWithoutAnIndex() throws {
        let empty = FileManager.default.temporaryDirectory.appendingPathComponent("playground-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: empty) }
        #expect(throws: PlaygroundError.self) { try PlaygroundController(directory: empty) }
    }

    @Test func locatesTheDirectoryFromTheEnvironmentFirst() {
        let configured = PlaygroundController.locateDirectory(environment: ["TUTORGRAPH_PLAYGROUND_DIR": "/srv/playground"])
        #expect(configured.path == "/srv/playground")
        let nowhere = URL(fileURLWithPath: "/nonexistent-\(UUID().uuidString)")
        let fallback = PlaygroundController.locateDirectory(environment: [:], workingDirectory: nowhere)
        #expect(fallback == PlaygroundController.repositoryPlaygroundDirectory)
        #expect(FileManager.default.fileExists(atPath: fallback.appendingPathComponent("index.html").path))
    }

    @Test(arguments: [
        ("text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8", "", true),
        ("text/html", "", true),
        ("text/html", "?query=%7B__typename%7D", false),
        ("application/json", "", false),
        ("application/graphql-response+json, application/json;q=0.9", "", false),
        ("*/*", "", false),
        ("", "", false),
        ("application/json, text/html;q=0.5", "", false),
        ("text/*;q=0.9, application/json;q=0.5", "", true),
    ])
    func tellsBrowsersFromGraphQLClients(accept: String, query: String, expected: Bool) {
        var headers = HTTPFields()
        if !accept.isEmpty { headers[.accept] = accept }
        let head = HTTPRequest(method: .get, scheme: "http", authority: "localhost", path: "/graphql\(query)", headerFields: headers)
        let request = Request(head: head, body: RequestBody(buffer: ByteBuffer()))
        #expect(PlaygroundController.prefersHTML(request) == expected)
    }

    @Test func indexResponseIsThePage() async throws {
        let head = HTTPRequest(method: .get, scheme: "http", authority: "localhost", path: "/graphql", headerFields: [:])
        let response = controller.indexResponse(for: Request(head: head, body: RequestBody(buffer: ByteBuffer())))
        #expect(response.status == .ok)
        #expect(response.headers[.contentType] == "text/html; charset=utf-8")
        #expect(response.headers[.eTag] == controller.index.entityTag.value)
    }

    /// No file may load or contact anything but this server: the page must work offline and under the CSP.
    @Test func referencesNothingOutsideTheServer() throws {
        let namespaceDeclaration = #"xmlns="http://www.w3.org/2000/svg""#
        let external = try Regex(#"(?i)(https?:)?//[a-z0-9.-]+\.[a-z]{2,}"#)
        let loads = try Regex(#"(?i)(src|href)\s*=\s*["']?\s*(https?:|//)|url\(\s*["']?\s*(https?:|//)|@import|fetch\(\s*["'`](https?:|//)|from\s+["'](https?:|//)|import\(\s*["'](https?:|//)"#)
        for file in try playgroundFiles() {
            let text = try playgroundText(file).replacingOccurrences(of: namespaceDeclaration, with: "")
            let load = text.firstMatch(of: loads).map { String(text[$0.range]) }
            #expect(load == nil, "\(file) loads something from outside the server: \(load ?? "")")
            let url = text.firstMatch(of: external).map { String(text[$0.range]) }
            #expect(url == nil, "\(file) mentions an external URL: \(url ?? "")")
            #expect(!text.contains("<script>") && !text.contains(" style=\""), "\(file) has inline script or style the CSP would block")
        }
    }

    /// Every script, stylesheet and module import names a file the server actually has.
    @Test func everyReferencedFileExists() throws {
        let files = Set(try playgroundFiles())
        let page = try playgroundText("index.html")
        for match in page.matches(of: try Regex(#"(?:src|href)="/playground/([^"]+)""#)) {
            let name = String(try #require(match.output[1].substring))
            #expect(files.contains(name), "index.html references missing \(name)")
        }
        for file in files where file.hasSuffix(".js") {
            for match in try playgroundText(file).matches(of: try Regex(#"from\s+"\./([^"]+)""#)) {
                let name = String(try #require(match.output[1].substring))
                #expect(files.contains(name), "\(file) imports missing \(name)")
            }
        }
    }

    private func playgroundFiles() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: PlaygroundController.repositoryPlaygroundDirectory.path)
            .filter { !$0.hasPrefix(".") }
            .sorted()
    }

    private func playgroundText(_ file: String) throws -> String {
        try String(contentsOf: PlaygroundController.repositoryPlaygroundDirectory.appendingPathComponent(file), encoding: .utf8)
    }
}
