extension Executor {
    /// Records an error raised at `path` of `field`, exactly once.
    mutating func record(_ error: any Error, field: FieldPlan, path: ResponsePath) {
        errors.append(locatedError(error, field: field, path: path))
    }

    /// The error as the response carries it, like graphql-js's `locatedError`.
    ///
    /// `GraphQLError`s keep what they have and gain the path and locations they lack; `UserFacingError`s keep
    /// their message, code and extensions; anything else is logged and masked, so internals never leak.
    private func locatedError(_ error: any Error, field: FieldPlan, path: ResponsePath) -> GraphQLError {
        switch error {
        case var located as GraphQLError:
            if located.path == nil { located.path = path.components }
            if located.locations.isEmpty { located.locations = locations(of: field) }
            if located.extensions["code"] == nil { located.extensions["code"] = .string(ErrorCode.internalServerError.rawValue) }
            return located
        case let userFacing as any UserFacingError:
            return GraphQLError(
                userFacing.message, locations: locations(of: field), path: path.components, code: userFacing.code,
                extensions: userFacing.extensions)
        default:
            let components = path.components
            request.errorLogger?(error, components)
            return GraphQLError(
                "Internal server error", locations: locations(of: field), path: components, code: .internalServerError)
        }
    }

    private func locations(of field: FieldPlan) -> [SourcePosition] {
        request.source.positions(of: field.fieldNodes.lazy.map(\.loc))
    }
}
