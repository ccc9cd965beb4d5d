/// A field or directive is given each argument at most once (spec: "Argument Uniqueness").
final class UniqueArgumentNamesRule: ValidationRule {
    private let context: ValidationContext

    init(context: ValidationContext) { self.context = context }

    func enterField(_ field: Field) { check(field.arguments) }

    func enterDirective(_ directive: Directive, at location: DirectiveLocation) { check(directive.arguments) }

    private func check(_ arguments: [Argument]) {
        guard arguments.count > 1 else { return }
        for (name, occurrences) in groupedInOrder(arguments.map(\.name), by: \.value) where occurrences.count > 1 {
            context.report("There can be only one argument named \"\(name)\".", at: occurrences.map(\.loc))
        }
    }
}
