/// A non-repeatable directive appears at most once on a node (spec: "Directives Are Unique Per Location").
final class UniqueDirectivesPerLocationRule: ValidationRule {
    private let context: ValidationContext

    init(context: ValidationContext) { self.context = context }

    func enterDirectives(_ directives: [Directive], at location: DirectiveLocation) {
        guard directives.count > 1 else { return }
        var seen: [String: Directive] = [:]
        for directive in directives {
            let name = directive.name.value
            // Unknown directives are KnownDirectives' to report; repeatable ones may repeat.
            guard let definition = context.schema.directive(named: name), !definition.isRepeatable else { continue }
            if let first = seen[name] {
                context.report(
                    "The directive \"@\(name)\" can only be used once at this location.", at: [first.loc, directive.loc])
            } else {
                seen[name] = directive
            }
        }
    }
}
