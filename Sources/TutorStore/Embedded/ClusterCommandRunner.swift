import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs PostgreSQL's programs for the embedded cluster.
///
/// PostgreSQL refuses to run as root, so when this process is root every program runs as the unprivileged
/// `postgres` system user through `runuser`, and the cluster directory is handed to that user first.
struct ClusterCommandRunner: Sendable {
    /// The account PostgreSQL runs under when this process is root.
    static let serviceUser = "postgres"

    let binaries: PostgresBinaries
    /// Whether this process is root, so programs must be run as `serviceUser`.
    let isRoot: Bool

    init(binaries: PostgresBinaries) {
        self.binaries = binaries
        isRoot = geteuid() == 0
    }

    /// Runs a PostgreSQL program to completion; throws with its output when it exits non-zero.
    func run(_ program: String, _ arguments: [String]) async throws {
        try await Self.executeSuccessfully(invocation(of: program, arguments), named: program)
    }

    /// Runs a PostgreSQL program and returns its exit status, for programs like `pg_ctl status` whose status is
    /// the answer.
    func status(of program: String, _ arguments: [String]) async throws -> Int32 {
        try await Self.execute(invocation(of: program, arguments)).status
    }

    /// Runs a PostgreSQL program, blocking the calling thread; only for exit handlers, which cannot await.
    func runBlocking(_ program: String, _ arguments: [String]) {
        let output = Self.temporaryOutputPath()
        defer { try? FileManager.default.removeItem(atPath: output) }
        _ = try? ChildProcess.runBlocking(Self.resolved(invocation(of: program, arguments)), outputPath: output)
    }

    /// As root: makes sure the `postgres` user exists and owns `directory`, and that it can actually reach it.
    func prepareOwnership(of directory: URL) async throws {
        guard isRoot else { return }
        if getpwnam(Self.serviceUser) == nil {
            try await Self.executeSuccessfully(["useradd", "--system", "--no-create-home", Self.serviceUser], named: "useradd")
        }
        try await Self.executeSuccessfully(["chown", "-R", "\(Self.serviceUser):", directory.path], named: "chown")
        let (status, _) = try await Self.execute(invocation(of: "test", ["-w", directory.path], inBinaries: false))
        guard status == 0 else { throw EmbeddedPostgresError.directoryNotAccessible(path: directory.path) }
    }

    /// The executable and arguments to launch, wrapped in `runuser -u postgres --` when root.
    private func invocation(of program: String, _ arguments: [String], inBinaries: Bool = true) -> [String] {
        let command = [inBinaries ? binaries.path(of: program) : program] + arguments
        return isRoot ? ["runuser", "-u", Self.serviceUser, "--"] + command : command
    }

    /// Runs `command`; a non-zero exit throws with the command's output, under the program's `name`.
    private static func executeSuccessfully(_ command: [String], named name: String) async throws {
        let (status, output) = try await execute(command)
        guard status == 0 else { throw EmbeddedPostgresError.commandFailed(command: name, status: status, output: output) }
    }

    /// Runs `command` to completion; stdout and stderr are captured together.
    private static func execute(_ command: [String]) async throws -> (status: Int32, output: String) {
        let output = temporaryOutputPath()
        defer { try? FileManager.default.removeItem(atPath: output) }
        let status = try await ChildProcess.run(resolved(command), outputPath: output)
        return (status, (try? String(contentsOfFile: output, encoding: .utf8)) ?? "")
    }

    /// A file rather than a pipe for the child's output: it can never fill up and stall the child.
    private static func temporaryOutputPath() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("tutorgraph-\(UUID().uuidString).out").path
    }

    /// `command` with its program made absolute: found on the `PATH` or in the system directories
    /// (`runuser` and `useradd` live in `/usr/sbin`, which may not be on the `PATH`).
    private static func resolved(_ command: [String]) -> [String] {
        let name = command[0]
        guard !name.contains("/") else { return command }
        let pathDirectories = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").map(String.init)
        let candidates = (pathDirectories + ["/usr/sbin", "/sbin", "/usr/bin", "/bin"]).map { "\($0)/\(name)" }
        let path = candidates.first(where: FileManager.default.isExecutableFile(atPath:)) ?? name
        return [path] + command.dropFirst()
    }
}
