// The built-in directives' arguments as the builder reads them off SDL nodes.

extension [Directive] {
    /// `@deprecated(reason:)` → its reason (the default when none is written); `nil` when not deprecated.
    var deprecationReason: String? {
        guard let directive = first(where: { $0.name.value == BuiltInDirectives.deprecated.name }) else { return nil }
        if case .string(let reason)? = directive.arguments.first(where: { $0.name.value == "reason" })?.value {
            return reason.value
        }
        return BuiltInDirectives.defaultDeprecationReason
    }

    /// `@specifiedBy(url:)` → the URL.
    var specifiedByURL: String? {
        guard let directive = first(where: { $0.name.value == BuiltInDirectives.specifiedBy.name }),
            case .string(let url)? = directive.arguments.first(where: { $0.name.value == "url" })?.value
        else { return nil }
        return url.value
    }

    /// Whether `@oneOf` is applied.
    var hasOneOf: Bool { contains { $0.name.value == BuiltInDirectives.oneOf.name } }
}
