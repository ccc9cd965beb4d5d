import Foundation

/// Why the embedded cluster could not be prepared, started or stopped; each reads as one actionable line.
public enum EmbeddedPostgresError: Error, CustomStringConvertible {
    /// No PostgreSQL server installation was found.
    case binariesNotFound(searched: String)
    /// A PostgreSQL program (or a system tool it needs) exited unsuccessfully.
    case commandFailed(command: String, status: Int32, output: String)
    /// The unprivileged `postgres` user cannot write to the cluster's directory.
    case directoryNotAccessible(path: String)
    /// The server did not come up; `log` is the end of its log file.
    case startFailed(log: String)

    public var description: String {
        switch self {
        case .binariesNotFound(let searched):
            "PostgreSQL server binaries not found (looked in \(searched)); install them with "
                + "`apt-get install postgresql` or set PG_BIN to their directory"
        case .commandFailed(let command, let status, let output):
            "\(command) failed with exit status \(status): \(Self.lastLines(of: output))"
        case .directoryNotAccessible(let path):
            "the postgres user cannot write to \(path); choose a data directory outside /root "
                + "or make its parent directories searchable by others (chmod o+x)"
        case .startFailed(let log):
            "PostgreSQL did not start: \(Self.lastLines(of: log))"
        }
    }

    /// The end of a program's output, on one line, which is where PostgreSQL tools explain a failure.
    private static func lastLines(of output: String) -> String {
        let lines = output.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
        let tail = lines.suffix(3).joined(separator: " | ")
        return tail.isEmpty ? "no output" : tail
    }
}
