/// Leaf fields (scalars, enums) take no selection set, and every other field needs one
/// (spec: "Leaf Field Selections").
final class ScalarLeafsRule: ValidationRule {
    private let context: ValidationContext

    init(context: ValidationContext) { self.context = context }

    func enterField(_ field: Field) {
        guard let type = context.type, let namedType = context.schema.namedType(type.namedType) else { return }
        let name = field.name.value
        if namedType.isLeaf {
            if let selectionSet = field.selectionSet {
                context.report(
                    "Field \"\(name)\" must not have a selection since type \"\(type)\" has no subfields.",
                    at: [selectionSet.loc])
            }
        } else if field.selectionSet == nil {
            context.report(
                "Field \"\(name)\" of type \"\(type)\" must have a selection of subfields. Did you mean \"\(name) { ... }\"?",
                at: [field.loc])
        }
    }
}
