/// Every directive used is defined by the schema and allowed where it is used
/// (spec: "Directives Are Defined" and "Directives Are In Valid Locations").
final class KnownDirectivesRule: ValidationRule {
    private let context: ValidationContext

    init(context: ValidationContext) { self.context = context }

    func enterDirective(_ directive: Directive, at location: DirectiveLocation) {
        let name = directive.name.value
        guard let definition = context.directive else {
            context.report("Unknown directive \"@\(name)\".", at: [directive.loc])
            return
        }
        if !definition.locations.contains(location) {
            context.report("Directive \"@\(name)\" may not be used on \(location.rawValue).", at: [directive.loc])
        }
    }
}
