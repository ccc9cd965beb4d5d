import Foundation

/// Runs Debian's headless Chromium to load a page, let its scripts and fetches finish, and return the DOM.
///
/// `--virtual-time-budget` makes Chromium wait until the page has been idle for that much virtual time, so the
/// dump includes what the page's modules fetched and rendered; a wall-clock timeout guards against a hang.
struct HeadlessChromium {
    /// The browser executable, or nil when none is installed.
    let executable: URL

    /// The first Chromium found on `PATH` (Debian names it `chromium`), or nil.
    static let installed: HeadlessChromium? = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for directory in path.split(separator: ":") {
            for name in ["chromium", "chromium-browser", "google-chrome"] {
                let candidate = URL(fileURLWithPath: String(directory)).appendingPathComponent(name)
                if FileManager.default.isExecutableFile(atPath: candidate.path) { return HeadlessChromium(executable: candidate) }
            }
        }
        return nil
    }()

    static var isInstalled: Bool { installed != nil }

    /// Loads `url` and returns the serialised DOM once the page settled.
    func dumpDOM(of url: URL, virtualTimeBudgetMilliseconds: Int = 8000, timeout: Duration = .seconds(90)) async throws -> String {
        let profile = FileManager.default.temporaryDirectory.appendingPathComponent("chromium-profile-\(UUID().uuidString)")
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("chromium-dom-\(UUID().uuidString).html")
        guard FileManager.default.createFile(atPath: output.path, contents: nil) else { throw ChromiumError.cannotCreate(output.path) }
        defer {
            try? FileManager.default.removeItem(at: profile)
            try? FileManager.default.removeItem(at: output)
        }
        let process = Process()
        process.executableURL = executable
        process.arguments = [
            "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-extensions",
            "--user-data-dir=\(profile.path)", "--virtual-time-budget=\(virtualTimeBudgetMilliseconds)",
            "--dump-dom", url.absoluteString,
        ]
        process.standardOutput = try FileHandle(forWritingTo: output)
        process.standardError = FileHandle.nullDevice
        try await run(process, timeout: timeout)
        guard process.terminationStatus == 0 else { throw ChromiumError.exited(process.terminationStatus) }
        return try String(contentsOf: output, encoding: .utf8)
    }

    /// Waits for the process without blocking a thread of the concurrency pool, terminating it on timeout.
    private func run(_ process: Process, timeout: Duration) async throws {
        let watchdog = Task {
            try await Task.sleep(for: timeout)
            if process.isRunning { process.terminate() }
        }
        defer { watchdog.cancel() }
        try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
            process.terminationHandler = { _ in continuation.resume() }
            do {
                try process.run()
            } catch {
                process.terminationHandler = nil
                continuation.resume(throwing: error)
            }
        }
    }
}

/// Why a Chromium run produced no DOM.
enum ChromiumError: Error {
    case cannotCreate(String)
    case exited(Int32)
}
