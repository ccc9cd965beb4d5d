import Foundation

/// Reads the migration files of one directory: `NNN_description.sql` files paired with their optional
/// `NNN_description.down.sql` twins, checksummed, in version order.
enum MigrationCatalog {
    /// Every migration in the directory, ordered by version; a misnamed or duplicated file is an error, not skipped.
    static func load(from directory: URL) throws -> [Migration] {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
        } catch {
            throw MigrationError.directoryNotFound(path: directory.path)
        }
        var upFiles: [(name: String, parts: FileNameParts)] = []
        var downFiles: Set<String> = []
        for name in names where name.hasSuffix(".sql") {
            guard let parts = FileNameParts(name) else { throw MigrationError.malformedFileName(name) }
            if parts.isDown {
                downFiles.insert(name)
            } else {
                upFiles.append((name, parts))
            }
        }
        let migrations = try upFiles.map { file in
            try migration(named: file.name, parts: file.parts, in: directory, downFiles: downFiles)
        }
        try checkUniqueVersions(migrations)
        let pairedDownFiles = Set(migrations.compactMap { $0.downURL?.lastPathComponent })
        if let orphan = downFiles.subtracting(pairedDownFiles).sorted().first {
            throw MigrationError.orphanDownFile(orphan)
        }
        return migrations.sorted { $0.version < $1.version }
    }

    /// Lower-case hex SHA-256 of a file's bytes.
    private static func checksum(of fileURL: URL) throws -> String {
        SHA256Hex.of(try Data(contentsOf: fileURL))
    }

    private static func migration(
        named name: String, parts: FileNameParts, in directory: URL, downFiles: Set<String>
    ) throws -> Migration {
        let downName = "\(name.dropLast(".sql".count)).down.sql"
        let fileURL = directory.appendingPathComponent(name, isDirectory: false)
        return Migration(
            version: parts.version,
            description: parts.words.replacingOccurrences(of: "_", with: " "),
            fileURL: fileURL,
            downURL: downFiles.contains(downName) ? directory.appendingPathComponent(downName, isDirectory: false) : nil,
            checksum: try checksum(of: fileURL)
        )
    }

    private static func checkUniqueVersions(_ migrations: [Migration]) throws {
        let byVersion = Dictionary(grouping: migrations, by: \.version)
        if let (version, clashing) = byVersion.filter({ $0.value.count > 1 }).min(by: { $0.key < $1.key }) {
            throw MigrationError.duplicateVersion(version, files: clashing.map(\.fileName).sorted())
        }
    }
}

/// The pieces of a `NNN_words.sql` or `NNN_words.down.sql` file name; `nil` for any other shape.
private struct FileNameParts {
    let version: Int
    let words: String
    let isDown: Bool

    init?(_ name: String) {
        isDown = name.hasSuffix(".down.sql")
        let stem = name.dropLast(isDown ? ".down.sql".count : ".sql".count)
        guard let separator = stem.firstIndex(of: "_") else { return nil }
        let digits = stem[..<separator]
        let words = stem[stem.index(after: separator)...]
        let isWordCharacter: (Character) -> Bool = { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }
        guard !digits.isEmpty, digits.allSatisfy(\.isASCII), let version = Int(digits),
            !words.isEmpty, words.allSatisfy(isWordCharacter)
        else { return nil }
        self.version = version
        self.words = String(words)
    }
}
