import Foundation

extension PlaygroundController {
    /// Loads the playground from wherever `locateDirectory()` finds it.
    public init() throws {
        try self.init(directory: Self.locateDirectory())
    }

    /// Where the playground files live: `$TUTORGRAPH_PLAYGROUND_DIR` when set (deployments), else `playground/`
    /// in the working directory (running from the repository root), else the repository's `playground/` found
    /// from this source file's location (tests and `swift run` from elsewhere).
    public static func locateDirectory(
        environment: [String: String] = ProcessInfo.processInfo.environment,
        workingDirectory: URL = URL(fileURLWithPath: FileManager.default.currentDirectoryPath, isDirectory: true)
    ) -> URL {
        if let configured = environment["TUTORGRAPH_PLAYGROUND_DIR"], !configured.isEmpty {
            return URL(fileURLWithPath: configured, isDirectory: true)
        }
        let local = workingDirectory.appendingPathComponent("playground", isDirectory: true)
        if FileManager.default.fileExists(atPath: local.appendingPathComponent("index.html").path) {
            return local
        }
        return repositoryPlaygroundDirectory
    }

    /// `<repository>/playground`, three levels above this file (`Sources/TutorServer/Playground/`), following
    /// symbolic links so a package that links the sources in still finds the real repository.
    static var repositoryPlaygroundDirectory: URL {
        URL(fileURLWithPath: #filePath)
            .resolvingSymlinksInPath()
            .deletingLastPathComponent()
            .deletingLastPathComponent()
            .deletingLastPathComponent()
            .deletingLastPathComponent()
            .appendingPathComponent("playground", isDirectory: true)
    }
}
