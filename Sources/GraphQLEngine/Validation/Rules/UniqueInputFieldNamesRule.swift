/// An input object literal gives each field at most once (spec: "Input Object Field Uniqueness").
final class UniqueInputFieldNamesRule: ValidationRule {
    private let context: ValidationContext

    init(context: ValidationContext) { self.context = context }

    func enterArgument(_ argument: Argument) { check(argument.value) }

    func enterVariableDefinition(_ definition: VariableDefinition) {
        if let value = definition.defaultValue { check(value) }
    }

    private func check(_ value: ValueNode) {
        switch value {
        case .list(let items, _):
            for item in items { check(item) }
        case .object(let fields, _):
            var known: [String: Name] = [:]
            for field in fields {
                if let first = known[field.name.value] {
                    context.report(
                        "There can be only one input field named \"\(field.name.value)\".",
                        at: [first.loc, field.name.loc])
                } else {
                    known[field.name.value] = field.name
                }
                check(field.value)
            }
        case .variable, .int, .float, .string, .boolean, .null, .enumValue:
            break
        }
    }
}
