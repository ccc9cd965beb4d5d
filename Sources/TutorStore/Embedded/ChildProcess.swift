import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs a program to completion with `posix_spawn`, its output captured in a file.
///
/// Foundation's `Process` cannot be used here: on Linux it learns of a child's exit through a socket the child
/// inherits, and `pg_ctl start` leaves a server behind that inherits it too, so the exit is never reported.
/// Here the exit comes straight from `waitpid`, and the child gets only stdin (`/dev/null`), stdout and stderr.
enum ChildProcess {
    /// Runs `command` and returns its exit status (128 + signal number when a signal ended it), waiting on a
    /// dedicated thread so no task thread blocks.
    static func run(_ command: [String], outputPath: String) async throws -> Int32 {
        let pid = try spawn(command, outputPath: outputPath)
        return await withCheckedContinuation { continuation in
            Thread.detachNewThread { continuation.resume(returning: waitForExit(pid)) }
        }
    }

    /// Runs `command` and waits for it on the calling thread; for exit handlers, which cannot await.
    static func runBlocking(_ command: [String], outputPath: String) throws -> Int32 {
        waitForExit(try spawn(command, outputPath: outputPath))
    }

    private static func spawn(_ command: [String], outputPath: String) throws -> pid_t {
        #if os(Linux)
        var fileActions = posix_spawn_file_actions_t()
        var attributes = posix_spawnattr_t()
        #else
        var fileActions: posix_spawn_file_actions_t?
        var attributes: posix_spawnattr_t?
        #endif
        posix_spawn_file_actions_init(&fileActions)
        defer { posix_spawn_file_actions_destroy(&fileActions) }
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }

        posix_spawn_file_actions_addopen(&fileActions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&fileActions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_adddup2(&fileActions, 1, 2)
        #if os(Linux)
        closeInheritedDescriptors(&fileActions)
        #else
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_CLOEXEC_DEFAULT))
        #endif

        let arguments = command.map { strdup($0) } + [nil]
        defer { arguments.forEach { free($0) } }
        var pid = pid_t()
        let result = posix_spawnp(&pid, command[0], &fileActions, &attributes, arguments, environ)
        guard result == 0 else {
            throw EmbeddedPostgresError.commandFailed(
                command: command[0], status: result, output: String(cString: strerror(result))
            )
        }
        return pid
    }

    #if os(Linux)
    /// Closes every descriptor above stderr in the child with glibc's `posix_spawn_file_actions_addclosefrom_np`
    /// (glibc 2.34+). Swift's Glibc module does not export it, so it is looked up at run time; on an older glibc
    /// the child inherits descriptors, which costs hygiene but not correctness, since exits come from `waitpid`.
    private static func closeInheritedDescriptors(_ fileActions: inout posix_spawn_file_actions_t) {
        typealias AddCloseFrom = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32
        guard let symbol = dlsym(nil, "posix_spawn_file_actions_addclosefrom_np") else { return }
        _ = unsafeBitCast(symbol, to: AddCloseFrom.self)(&fileActions, 3)
    }
    #endif

    private static func waitForExit(_ pid: pid_t) -> Int32 {
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 {
            guard errno == EINTR else { return -1 }
        }
        let signal = status & 0x7F
        return signal == 0 ? (status >> 8) & 0xFF : 128 + signal
    }
}
