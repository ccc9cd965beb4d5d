/// Fields that share a response key, directly or through fragments, can be merged into one value:
/// same field, same arguments, compatible types, mergeable sub-fields (spec: "Field Selection Merging").
///
/// The comparison work lives in `FieldConflictFinder`, which memoizes across the document's
/// selection sets and compares identical fields once.
final class OverlappingFieldsCanBeMergedRule: ValidationRule {
    private let context: ValidationContext
    private let finder: FieldConflictFinder
    /// Set between entering a fragment definition and entering its selection set.
    private var enteredFragmentName: String?

    init(context: ValidationContext) {
        self.context = context
        finder = FieldConflictFinder(context: context)
    }

    func enterFragmentDefinition(_ fragment: FragmentDefinition) {
        enteredFragmentName = fragment.name.value
    }

    func enterSelectionSet(_ selectionSet: SelectionSet) {
        let fragmentName = enteredFragmentName
        enteredFragmentName = nil
        let conflicts = finder.conflicts(
            within: selectionSet, parentType: context.parentType, fragmentName: fragmentName)
        for conflict in conflicts {
            context.report(
                "Fields \"\(conflict.responseKey)\" conflict because \(conflict.reason.message). Use different aliases on the fields to fetch both if this was intentional.",
                at: (conflict.fields1 + conflict.fields2).map(\.loc))
        }
    }
}
