/// The two media types a GraphQL response can be sent as (GraphQL over HTTP, §Media Types).
///
/// They differ in status codes: `application/graphql-response+json` says with 4xx that a request never
/// executed; `application/json`, read by legacy clients that only look at the body, answers 200 to every
/// request that reached GraphQL.
enum GraphQLResponseMediaType: Sendable, Equatable {
    case graphQLResponseJSON
    case json

    /// The `Content-Type` header value, always UTF-8.
    var contentType: String {
        switch self {
        case .graphQLResponseJSON: "application/graphql-response+json; charset=utf-8"
        case .json: "application/json; charset=utf-8"
        }
    }

    /// The media type the client's `Accept` header prefers, or `nil` when it accepts neither (406).
    ///
    /// A missing header or a bare `*/*` gets `application/json`, what clients written before
    /// `application/graphql-response+json` existed expect; between equal qualities the more specific range wins.
    static func negotiate(accept header: String?) -> GraphQLResponseMediaType? {
        guard let header, !header.allSatisfy(\.isWhitespace) else { return .json }
        let accepted = AcceptedMediaTypes(header: header)
        let graphQL = preference(of: "graphql-response+json", in: accepted)
        let json = preference(of: "json", in: accepted)
        switch (graphQL, json) {
        case (nil, nil): return nil
        case (_?, nil): return .graphQLResponseJSON
        case (nil, _?): return .json
        case (let graphQL?, let json?):
            if graphQL.quality != json.quality { return graphQL.quality > json.quality ? .graphQLResponseJSON : .json }
            if graphQL.specificity != json.specificity {
                return graphQL.specificity > json.specificity ? .graphQLResponseJSON : .json
            }
            // Named both, equally: the newer type. Only through a wildcard: the one every client reads.
            return graphQL.specificity == 3 ? .graphQLResponseJSON : .json
        }
    }

    /// How much the client wants `application/<subtype>`: the quality and specificity of the most specific
    /// range covering it, or `nil` when none does or that range has quality 0.
    private static func preference(
        of subtype: Substring, in accepted: AcceptedMediaTypes
    ) -> (quality: Double, specificity: Int)? {
        let best = accepted.ranges
            .compactMap { range in range.specificity(matching: "application", subtype).map { (range.quality, $0) } }
            .max { $0.1 < $1.1 }
        guard let best, best.0 > 0 else { return nil }
        return best
    }
}
