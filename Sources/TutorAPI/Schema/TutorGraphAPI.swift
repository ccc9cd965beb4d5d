import Foundation
import GraphQLEngine
import TutorStore

/// The TutorGraph API: `schema.graphql` bound to its resolvers, and the per-request context factory.
///
/// Built once at start-up. Building fails, with every missing coordinate listed, when a field of the
/// schema has no resolver: a schema the server does not fully implement never goes live.
public struct TutorGraphAPI: Sendable {
    public let schema: GraphQLSchema
    public let dependencies: APIDependencies

    public init(schemaSDL: String, dependencies: APIDependencies) throws {
        let schema = try buildSchema(schemaSDL, resolvers: APIResolvers.all())
        let missing = unresolvedFields(in: schema)
        guard missing.isEmpty else { throw UnresolvedFieldsError(coordinates: missing) }
        self.schema = schema
        self.dependencies = dependencies
    }

    /// The context for one request: the viewer from `Authorization: Bearer …`, fresh loaders.
    ///
    /// A malformed, forged or expired token is an error, not an anonymous request: a client whose
    /// token expired must learn so and refresh, instead of silently seeing less.
    public func makeContext(authorization: String?, requestID: String) throws(APIError) -> RequestContext {
        RequestContext(viewer: try viewer(from: authorization), requestID: requestID, dependencies: dependencies)
    }

    private func viewer(from authorization: String?) throws(APIError) -> Viewer? {
        guard let authorization, !authorization.isEmpty else { return nil }
        let parts = authorization.split(separator: " ", maxSplits: 1)
        guard parts.count == 2, parts[0].lowercased() == "bearer" else {
            throw APIError.unauthenticated("The Authorization header must be `Bearer <access token>`.")
        }
        do {
            return try dependencies.tokens.verify(String(parts[1]))
        } catch .expired {
            throw APIError.unauthenticated("The access token has expired; refresh it with the refreshToken mutation.")
        } catch {
            throw APIError.unauthenticated("The access token is invalid.")
        }
    }

    /// Reads `schema.graphql`: `$TUTORGRAPH_SCHEMA`, else `./schema.graphql`, else the source tree's copy.
    public static func loadSchemaSDL() throws -> String {
        let environment = ProcessInfo.processInfo.environment["TUTORGRAPH_SCHEMA"]
        let sourceTree = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("schema.graphql").path
        let candidates = [environment, FileManager.default.currentDirectoryPath + "/schema.graphql", sourceTree]
        for case let path? in candidates where FileManager.default.fileExists(atPath: path) {
            return try String(contentsOfFile: path, encoding: .utf8)
        }
        throw SchemaFileMissingError()
    }
}

/// Start-up refusal: fields of `schema.graphql` without a resolver.
public struct UnresolvedFieldsError: Error, CustomStringConvertible {
    public let coordinates: [String]

    public var description: String {
        "schema.graphql has \(coordinates.count) field(s) without a resolver: "
            + coordinates.joined(separator: ", ")
    }
}

/// Start-up refusal: no `schema.graphql` to serve.
public struct SchemaFileMissingError: Error, CustomStringConvertible {
    public var description: String {
        "schema.graphql not found: run from the repository root or set TUTORGRAPH_SCHEMA"
    }
}
