import Foundation
import TutorStore

/// A temporary copy of the real migrations directory, for tests that edit, add or remove files.
struct ScratchMigrations: ~Copyable {
    let directory: URL

    /// Copies the files one by one into a new real directory, so edits can never reach the originals even
    /// when the migrations directory is a symbolic link.
    init() throws {
        let fileManager = FileManager.default
        directory = fileManager.temporaryDirectory
            .appendingPathComponent("tutorgraph-migrations-\(UUID().uuidString)", isDirectory: true)
        try fileManager.createDirectory(at: directory, withIntermediateDirectories: false)
        let original = MigrationRunner.defaultDirectory().resolvingSymlinksInPath()
        for name in try fileManager.contentsOfDirectory(atPath: original.path) where name.hasSuffix(".sql") {
            let contents = try Data(contentsOf: original.appendingPathComponent(name))
            try contents.write(to: directory.appendingPathComponent(name))
        }
    }

    deinit {
        try? FileManager.default.removeItem(at: directory)
    }

    /// Adds text to the end of an existing file, which changes its checksum.
    func append(_ text: String, to name: String) throws {
        let handle = try FileHandle(forWritingTo: directory.appendingPathComponent(name))
        defer { try? handle.close() }
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(text.utf8))
    }

    /// Creates or replaces a file.
    func write(_ text: String, as name: String) throws {
        try Data(text.utf8).write(to: directory.appendingPathComponent(name))
    }

    func remove(_ name: String) throws {
        try FileManager.default.removeItem(at: directory.appendingPathComponent(name))
    }
}
