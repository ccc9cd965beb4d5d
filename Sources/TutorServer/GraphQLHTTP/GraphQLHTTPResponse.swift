import GraphQLEngine
import HTTPTypes
import Hummingbird
import NIOCore

/// Builds `/graphql` responses: a body of JSON bytes, its media type, and the status that media type implies.
enum GraphQLHTTPResponse {
    /// A GraphQL result: with `application/graphql-response+json` a result without `data` (the request failed
    /// to parse, validate or coerce its variables) is 400; with `application/json` every result is 200.
    static func result(_ result: GraphQLResult, as mediaType: GraphQLResponseMediaType) -> Response {
        encodedResult(JSON.encode(result), hasData: result.data != nil, as: mediaType)
    }

    /// A result already encoded as `body`, for callers that keep the bytes (an idempotent mutation stores them).
    static func encodedResult(_ body: [UInt8], hasData: Bool, as mediaType: GraphQLResponseMediaType) -> Response {
        let status: HTTPResponse.Status = mediaType == .graphQLResponseJSON && !hasData ? .badRequest : .ok
        return response(status: status, body: body, mediaType: mediaType)
    }

    /// An executed mutation's stored body answered again for a retry with the same idempotency key, marked
    /// `Idempotent-Replayed: true`. Only results with `data` are stored, so the status is the original 200 in
    /// either media type, and the retry gets the media type it negotiated.
    static func replayed(_ body: String, as mediaType: GraphQLResponseMediaType) -> Response {
        var response = encodedResult(Array(body.utf8), hasData: true, as: mediaType)
        response.headers[IdempotencyKeyHeader.replayedName] = "true"
        return response
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
