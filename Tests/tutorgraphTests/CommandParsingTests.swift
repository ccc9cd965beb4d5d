import ArgumentParser
import Testing

@testable import tutorgraph

/// How `tutorgraph` parses its subcommands and options, without running them.
struct CommandParsingTests {
    @Test func runsDevWhenNoSubcommandIsGiven() throws {
        let command = try #require(try Tutorgraph.parseAsRoot([]) as? DevCommand)
        #expect(command.port == nil)
        #expect(command.dataDirectory == ".tutorgraph")
    }

    @Test func parsesDevOptions() throws {
        let command = try #require(try Tutorgraph.parseAsRoot(["dev", "--port", "9000", "--data-dir", "/tmp/tg"]) as? DevCommand)
        #expect(command.port == 9000)
        #expect(command.dataDirectory == "/tmp/tg")
    }

    @Test func laterDataDirectoryWins() throws {
        // scripts/dev prepends a --data-dir for root-owned clones; one the user passes must still win.
        let command = try #require(try Tutorgraph.parseAsRoot(["dev", "--data-dir", "/var/tmp/a", "--data-dir", "b"]) as? DevCommand)
        #expect(command.dataDirectory == "b")
    }

    @Test func parsesServePort() throws {
        let command = try #require(try Tutorgraph.parseAsRoot(["serve", "--port", "8443"]) as? ServeCommand)
        #expect(command.port == 8443)
    }

    @Test(arguments: [["serve", "--port", "70000"], ["dev", "--port", "-1"], ["serve", "--port", "http"]])
    func rejectsPortsOutsideTCPRange(_ arguments: [String]) {
        #expect(throws: (any Error).self) { try Tutorgraph.parseAsRoot(arguments) }
    }

    @Test func parsesMigrateModes() throws {
        let apply = try #require(try Tutorgraph.parseAsRoot(["migrate"]) as? MigrateCommand)
        #expect(!apply.status && apply.downCount == nil)
        let status = try #require(try Tutorgraph.parseAsRoot(["migrate", "--status"]) as? MigrateCommand)
        #expect(status.status)
        let down = try #require(try Tutorgraph.parseAsRoot(["migrate", "--down", "2"]) as? MigrateCommand)
        #expect(down.downCount == 2)
    }

    @Test(arguments: [["migrate", "--status", "--down", "1"], ["migrate", "--down", "0"], ["migrate", "--down"]])
    func rejectsContradictoryMigrateOptions(_ arguments: [String]) {
        #expect(throws: (any Error).self) { try Tutorgraph.parseAsRoot(arguments) }
    }

    @Test func seedNeedsToBeToldWhatToSeed() throws {
        #expect(throws: (any Error).self) { try Tutorgraph.parseAsRoot(["seed"]) }
        let command = try #require(try Tutorgraph.parseAsRoot(["seed", "--demo"]) as? SeedCommand)
        #expect(command.demo)
    }

    @Test func rejectsUnknownSubcommands() {
        #expect(throws: (any Error).self) { try Tutorgraph.parseAsRoot(["deploy"]) }
    }
}
