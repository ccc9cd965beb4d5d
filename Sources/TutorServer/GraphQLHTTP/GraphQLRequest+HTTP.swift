import GraphQLEngine

/// The four parameters of a GraphQL-over-HTTP request, checked for type, from a POST body or a GET URL.
extension GraphQLRequest {
    /// Reads a POST body: a UTF-8 JSON object whose `query` is a string and whose other parameters are absent,
    /// null, or of their type (string, object, object). With `persistedQueries`, a body carrying an
    /// `extensions.persistedQuery` hash may leave out a query the cache already knows.
    init(jsonBody body: some Collection<UInt8>, persistedQueries: PersistedQueryCache? = nil) throws(GraphQLHTTPFailure) {
        guard !body.isEmpty else { throw .badRequest("The request body is empty: send a JSON object with a query.") }
        let decoded: Value
        do {
            decoded = try JSON.decode(body)
        } catch {
            throw .badRequest("The request body is not valid JSON: \(error)")
        }
        guard let object = decoded.objectValue else { throw .badRequest("The request body must be a JSON object.") }
        try self.init(
            checkingQuery: object["query"], operationName: object["operationName"], variables: object["variables"],
            extensions: object["extensions"], persistedQueries: persistedQueries)
    }

    /// Reads a GET URL query: `query` and `operationName` as text, `variables` and `extensions` as JSON text.
    init(urlQuery: URLQueryItems, persistedQueries: PersistedQueryCache? = nil) throws(GraphQLHTTPFailure) {
        try self.init(
            checkingQuery: urlQuery["query"].map(Value.string), operationName: urlQuery["operationName"].map(Value.string),
            variables: try Self.decodeJSONParameter(urlQuery["variables"], named: "variables"),
            extensions: try Self.decodeJSONParameter(urlQuery["extensions"], named: "extensions"),
            persistedQueries: persistedQueries)
    }

    /// Checks each parameter's JSON type; `nil` means the parameter was absent.
    private init(
        checkingQuery query: Value?, operationName: Value?, variables: Value?, extensions: Value?,
        persistedQueries: PersistedQueryCache?
    ) throws(GraphQLHTTPFailure) {
        let extensions = try Self.object(extensions, named: "extensions")
        let text: String
        switch query {
        case .string(let string)?:
            text = string
            if let persistedQueries, let reference = try PersistedQueryReference(extensions: extensions) {
                try persistedQueries.register(text, hash: reference.sha256Hash)
            }
        case nil, .null?:
            guard let persistedQueries, let reference = try PersistedQueryReference(extensions: extensions) else {
                throw .badRequest("Missing query: the request must carry a \"query\" string.")
            }
            guard let known = persistedQueries.text(forHash: reference.sha256Hash) else { throw .persistedQueryNotFound }
            text = known
        default: throw .badRequest("The \"query\" parameter must be a string.")
        }
        let name: String?
        switch operationName {
        case .string(let string)?: name = string.isEmpty ? nil : string
        case nil, .null?: name = nil
        default: throw .badRequest("The \"operationName\" parameter must be a string or null.")
        }
        self.init(
            query: text, operationName: name, variables: try Self.object(variables, named: "variables"),
            extensions: extensions)
    }

    /// An object parameter's value; absent and null both mean none.
    private static func object(_ value: Value?, named name: String) throws(GraphQLHTTPFailure) -> ObjectValue? {
        switch value {
        case .object(let object)?: object
        case nil, .null?: nil
        default: throw .badRequest("The \"\(name)\" parameter must be an object or null.")
        }
    }

    /// Decodes a URL parameter that carries JSON text; an empty or absent parameter means none.
    private static func decodeJSONParameter(_ text: String?, named name: String) throws(GraphQLHTTPFailure) -> Value? {
        guard let text, !text.isEmpty else { return nil }
        do {
            return try JSON.decode(Array(text.utf8))
        } catch {
            throw .badRequest("The \"\(name)\" parameter is not valid JSON: \(error)")
        }
    }
}
