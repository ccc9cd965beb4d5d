/// Rejects `__schema` and `__type` when `ValidationOptions.allowIntrospection` is off, so a production
/// server need not publish its schema; `__typename` stays allowed because clients rely on it.
final class NoIntrospectionRule: ValidationRule {
    private let context: ValidationContext

    init(context: ValidationContext) { self.context = context }

    func enterField(_ field: Field) {
        let name = field.name.value
        guard name == "__schema" || name == "__type" else { return }
        context.report(
            "GraphQL introspection has been disabled, but the requested query contained the field \"\(name)\".",
            at: [field.loc])
    }
}
