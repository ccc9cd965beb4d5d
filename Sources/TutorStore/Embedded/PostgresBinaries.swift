import Foundation

/// The directory holding this machine's PostgreSQL server programs (`initdb`, `pg_ctl`, `postgres`).
struct PostgresBinaries: Sendable {
    /// The programs an embedded cluster needs; a directory missing one of them is not a server installation.
    private static let requiredPrograms = ["initdb", "pg_ctl", "postgres"]
    /// Where Debian and Ubuntu install each major version side by side.
    private static let debianRoot = "/usr/lib/postgresql"

    let directory: URL

    /// The absolute path of one program.
    func path(of program: String) -> String {
        directory.appendingPathComponent(program, isDirectory: false).path
    }

    /// Finds the binaries: `$PG_BIN`, else `/usr/lib/postgresql/<major>/bin` (the `preferredMajor` an existing
    /// cluster was made with, otherwise the highest version), else `pg_ctl` on the `PATH`.
    static func locate(preferredMajor: Int? = nil, environment: [String: String]) throws -> PostgresBinaries {
        if let explicit = environment["PG_BIN"], !explicit.isEmpty {
            let directory = URL(fileURLWithPath: explicit, isDirectory: true)
            guard isComplete(directory) else { throw EmbeddedPostgresError.binariesNotFound(searched: explicit) }
            return PostgresBinaries(directory: directory)
        }
        let majors = installedDebianMajors()
        let ordered = majors.filter { $0 == preferredMajor } + majors.filter { $0 != preferredMajor }
        if let major = ordered.first {
            return PostgresBinaries(directory: debianBinDirectory(major))
        }
        let pathDirectories = (environment["PATH"] ?? "").split(separator: ":").map {
            URL(fileURLWithPath: String($0), isDirectory: true)
        }
        if let directory = pathDirectories.first(where: isComplete) {
            return PostgresBinaries(directory: directory)
        }
        throw EmbeddedPostgresError.binariesNotFound(searched: "\(debianRoot)/*/bin and PATH")
    }

    /// Major versions under `/usr/lib/postgresql` that have every required program, highest first.
    private static func installedDebianMajors() -> [Int] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: debianRoot)) ?? []
        return names.compactMap(Int.init).filter { isComplete(debianBinDirectory($0)) }.sorted(by: >)
    }

    private static func debianBinDirectory(_ major: Int) -> URL {
        URL(fileURLWithPath: "\(debianRoot)/\(major)/bin", isDirectory: true)
    }

    private static func isComplete(_ directory: URL) -> Bool {
        requiredPrograms.allSatisfy {
            FileManager.default.isExecutableFile(atPath: directory.appendingPathComponent($0, isDirectory: false).path)
        }
    }
}
