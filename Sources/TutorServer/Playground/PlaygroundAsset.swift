import Foundation
import NIOCore

/// One playground file held in memory, with the validator and type it is served with.
struct PlaygroundAsset: Sendable {
    /// The file's bytes, shared by every response (a `ByteBuffer` copy is a reference, not a copy of the bytes).
    let body: ByteBuffer
    /// The `Content-Type` header value, chosen from the file extension.
    let contentType: String
    /// A strong validator derived from the bytes, so a browser can revalidate with `If-None-Match`.
    let entityTag: EntityTag

    /// Content types for the extensions the playground ships; other files in the folder are not served.
    static let contentTypes: [String: String] = [
        "html": "text/html; charset=utf-8",
        "css": "text/css; charset=utf-8",
        "js": "text/javascript; charset=utf-8",
        "svg": "image/svg+xml",
    ]

    init(bytes: [UInt8], contentType: String) {
        self.body = ByteBuffer(bytes: bytes)
        self.contentType = contentType
        self.entityTag = EntityTag(hashing: bytes)
    }

    /// Reads every servable file under `directory` (recursively, skipping hidden ones), keyed by its
    /// `/`-separated path relative to the directory, e.g. `main.js`.
    static func loadAll(from directory: URL) throws -> [String: PlaygroundAsset] {
        let root = directory.standardizedFileURL.resolvingSymlinksInPath()
        guard
            let enumerator = FileManager.default.enumerator(
                at: root,
                includingPropertiesForKeys: [.isRegularFileKey],
                options: [.skipsHiddenFiles]
            )
        else {
            throw PlaygroundError.unreadableDirectory(root.path)
        }
        var assets: [String: PlaygroundAsset] = [:]
        for case let file as URL in enumerator {
            guard try file.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile == true,
                let contentType = contentTypes[file.pathExtension.lowercased()]
            else { continue }
            let path = file.standardizedFileURL.path
            guard path.hasPrefix(root.path + "/") else { continue }
            let relativePath = String(path.dropFirst(root.path.count + 1))
            assets[relativePath] = PlaygroundAsset(bytes: Array(try Data(contentsOf: file)), contentType: contentType)
        }
        return assets
    }
}

/// Why the playground could not be set up at start-up.
public enum PlaygroundError: Error, CustomStringConvertible {
    case unreadableDirectory(String)
    case missingIndex(String)

    public var description: String {
        switch self {
        case .unreadableDirectory(let path): "The playground directory \(path) cannot be read."
        case .missingIndex(let path): "The playground directory \(path) has no index.html."
        }
    }
}
