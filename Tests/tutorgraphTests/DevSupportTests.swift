import Foundation
import Testing

@testable import tutorgraph

/// The pieces `dev` and `serve` print or persist: URLs, the banner, the dev JWT secret, refusal messages.
struct DevSupportTests {
    @Test func showsLoopbackForWildcardBindAddresses() {
        #expect(ServerURLs(host: "0.0.0.0", port: 8080).graphQL == "http://127.0.0.1:8080/graphql")
        #expect(ServerURLs(host: "::", port: 80).playground == "http://127.0.0.1:80/playground")
        #expect(ServerURLs(host: "api.local", port: 9000).graphQL == "http://api.local:9000/graphql")
    }

    @Test func bannerNamesBothURLsAndTheDemoLogin() {
        let banner = DevCommand.banner(ServerURLs(host: "127.0.0.1", port: 8080))
        #expect(banner.contains("http://127.0.0.1:8080/playground"))
        #expect(banner.contains("http://127.0.0.1:8080/graphql"))
        #expect(banner.contains("admin@example.com / tutorgraph-demo"))
    }

    @Test func developmentSecretIsCreatedOncePrivatelyAndReused() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("tg-secret-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }

        let first = try DevelopmentSecret.loadOrCreate(in: directory)
        let second = try DevelopmentSecret.loadOrCreate(in: directory)
        #expect(first == second)
        #expect(first.utf8.count == 64)
        #expect(first.allSatisfy { $0.isHexDigit })

        let path = directory.appendingPathComponent(DevelopmentSecret.fileName).path
        let permissions = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
        #expect(permissions == 0o600)
    }

    @Test func developmentSecretReplacesATooShortStoredKey() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("tg-secret-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try Data("short".utf8).write(to: directory.appendingPathComponent(DevelopmentSecret.fileName))

        #expect(try DevelopmentSecret.loadOrCreate(in: directory).utf8.count == 64)
    }

    @Test func pendingMigrationRefusalIsOneActionableLine() {
        let message = CommandError.pendingMigrations(versions: ["007_payments", "008_reviews"]).description
        #expect(message == "the database has 2 pending migration(s) (007_payments, 008_reviews); run `tutorgraph migrate` first")
    }
}
