import GraphQLEngine
import HTTPTypes
import Hummingbird
import NIOCore

/// Builds `/graphql` responses: a body of JSON bytes, its media type, and the status that media type implies.
enum GraphQLHTTPResponse {
    /// A GraphQL result: with `application/graphql-response+json` a result without `data` (the request failed
    /// to parse, validate or coerce its variables) is 400; with `application/json` every result is 200.
    static func result(_ result: GraphQLResult, as mediaType: GraphQLResponseMediaType) -> Response {
        let status: HTTPResponse.Status = mediaType == .graphQLResponseJSON && result.data == nil ? .badRequest : .ok
        return response(status: status, body: JSON.encode(result), mediaType: mediaType)
    }

    /// A refusal before GraphQL ran, as `{"errors":[{"message":…}]}` with its status and, for 405, `Allow`.
    static func failure(_ failure: GraphQLHTTPFailure, as mediaType: GraphQLResponseMediaType) -> Response {
        let error = GraphQLError(failure.message, code: failure.code)
        var response = response(status: failure.status, body: JSON.encode(.requestErrors([error])), mediaType: mediaType)
        if let allowed = failure.allowedMethods { response.headers[.allow] = allowed }
        return response
    }

    private static func response(status: HTTPResponse.Status, body: [UInt8], mediaType: GraphQLResponseMediaType) -> Response {
        Response(
            status: status,
            headers: [.contentType: mediaType.contentType, .contentLength: String(body.count)],
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: body)))
    }
}
