// The field-merging algorithm of OverlappingFieldsCanBeMerged, following graphql-js's structure:
// fields are compared "within" each selection set once, then "between" a set and the fragments it
// spreads, fragment pairs are memoized, and each fragment's fields are collected once.
//
// On top of graphql-js, fields that are identical (same parent type, name, arguments and
// sub-selection, wherever written) are compared once, so `{ a a a … }` costs linear time, and
// collecting stops once more conflicts were found than could ever be reported.

/// A field as it occurs in a selection: the type it was selected on, the node, and its definition.
struct FieldOccurrence {
    let parentType: GraphQLNamedType?
    let node: Field
    let definition: GraphQLField?
}

/// The fields of a selection set (inline fragments included) by response key in order of first
/// appearance, and the names of the fragments it spreads.
struct CollectedFields {
    private(set) var responseKeys: [String] = []
    private(set) var fieldsByResponseKey: [String: [FieldOccurrence]] = [:]
    private(set) var fragmentNames: [String] = []
    /// The fragment whose own top-level fields these are, so a fragment is never compared with itself.
    var fragmentName: String?

    mutating func append(_ occurrence: FieldOccurrence) {
        let key = occurrence.node.responseKey
        if fieldsByResponseKey[key] == nil { responseKeys.append(key) }
        fieldsByResponseKey[key, default: []].append(occurrence)
    }

    mutating func appendFragment(_ name: String) {
        if !fragmentNames.contains(name) { fragmentNames.append(name) }
    }
}

/// Why two fields with one response key cannot merge: a reason, or the sub-fields that conflict.
indirect enum ConflictReason {
    case reason(String)
    case subfields([(responseKey: String, reason: ConflictReason)])

    /// graphql-js's wording, nesting sub-field conflicts with "and".
    var message: String {
        switch self {
        case .reason(let text): text
        case .subfields(let conflicts):
            conflicts.map { "subfields \"\($0.responseKey)\" conflict because \($0.reason.message)" }
                .joined(separator: " and ")
        }
    }
}

/// Two groups of fields that cannot be merged, and why.
struct FieldConflict {
    let responseKey: String
    let reason: ConflictReason
    let fields1: [Field]
    let fields2: [Field]
}

/// Finds conflicts in the selection sets of one document, memoizing across calls.
final class FieldConflictFinder {
    private let context: ValidationContext
    private var comparedFragmentPairs = FragmentPairSet()
    private var fieldsByFragment: [String: CollectedFields] = [:]
    /// More conflicts than this in one list would never be reported (validation stops at `maxErrors`).
    private let conflictLimit: Int
    /// How many pairs of fields were compared: the measure of work that tests hold to stay linear.
    private(set) var fieldComparisons = 0

    init(context: ValidationContext) {
        self.context = context
        conflictLimit = context.options.maxErrors + 1
    }

    /// Every conflict among the fields of `selectionSet`, including fields reached through fragments.
    func conflicts(within selectionSet: SelectionSet, parentType: GraphQLNamedType?, fragmentName: String?)
        -> [FieldConflict]
    {
        var conflicts: [FieldConflict] = []
        var fields = collectFields(selectionSet, parentType: parentType)
        fields.fragmentName = fragmentName
        collectConflictsWithin(&conflicts, fields)
        guard !fields.fragmentNames.isEmpty else { return conflicts }
        var discovered: [(fragment: String, referenced: String)] = []
        for (index, name) in fields.fragmentNames.enumerated() {
            collectConflicts(&conflicts, exclusive: false, between: fields, andFragment: name, discovered: &discovered)
            for other in fields.fragmentNames[(index + 1)...] {
                collectConflicts(&conflicts, exclusive: false, betweenFragments: name, other)
            }
        }
        processDiscovered(&conflicts, exclusive: false, fields, &discovered)
        return conflicts
    }

    // MARK: - Comparing collections of fields

    private func collectConflictsWithin(_ conflicts: inout [FieldConflict], _ fields: CollectedFields) {
        for key in fields.responseKeys {
            guard let group = fields.fieldsByResponseKey[key], group.count > 1 else { continue }
            let distinct = distinctFields(group)
            for i in distinct.indices {
                for j in distinct.indices.dropFirst(i + 1) {
                    guard !isFull(conflicts) else { return }
                    if let conflict = findConflict(exclusive: false, key, distinct[i].field, distinct[j].field) {
                        conflicts.append(conflict)
                    }
                }
            }
        }
    }

    private func collectConflicts(
        _ conflicts: inout [FieldConflict], exclusive: Bool, between fields1: CollectedFields, _ fields2: CollectedFields
    ) {
        for key in fields1.responseKeys {
            guard let group1 = fields1.fieldsByResponseKey[key], let group2 = fields2.fieldsByResponseKey[key] else {
                continue
            }
            let distinct2 = distinctFields(group2)
            for first in distinctFields(group1) {
                for second in distinct2 {
                    guard !isFull(conflicts) else { return }
                    if let signature = first.signature, signature == second.signature { continue }
                    if let conflict = findConflict(exclusive: exclusive, key, first.field, second.field) {
                        conflicts.append(conflict)
                    }
                }
            }
        }
    }

    private func collectConflicts(
        _ conflicts: inout [FieldConflict], exclusive: Bool, between fields: CollectedFields,
        andFragment fragmentName: String, discovered: inout [(fragment: String, referenced: String)]
    ) {
        guard fields.fragmentName != fragmentName, let fragmentFields = fieldsOfFragment(named: fragmentName) else {
            return
        }
        collectConflicts(&conflicts, exclusive: exclusive, between: fields, fragmentFields)
        for referenced in fragmentFields.fragmentNames { discovered.append((fragmentName, referenced)) }
    }

    /// Compares `fields` with the fragments spread inside fragments it was compared with, each pair once.
    private func processDiscovered(
        _ conflicts: inout [FieldConflict], exclusive: Bool, _ fields: CollectedFields,
        _ discovered: inout [(fragment: String, referenced: String)]
    ) {
        while let (fragment, referenced) = discovered.popLast() {
            guard !comparedFragmentPairs.contains(referenced, fragment, exclusive: exclusive) else { continue }
            comparedFragmentPairs.insert(referenced, fragment, exclusive: exclusive)
            collectConflicts(&conflicts, exclusive: exclusive, between: fields, andFragment: referenced, discovered: &discovered)
        }
    }

    private func collectConflicts(
        _ conflicts: inout [FieldConflict], exclusive: Bool, betweenFragments name1: String, _ name2: String
    ) {
        guard name1 != name2, !comparedFragmentPairs.contains(name1, name2, exclusive: exclusive) else { return }
        comparedFragmentPairs.insert(name1, name2, exclusive: exclusive)
        guard let fields1 = fieldsOfFragment(named: name1), let fields2 = fieldsOfFragment(named: name2) else { return }
        collectConflicts(&conflicts, exclusive: exclusive, between: fields1, fields2)
        for referenced in fields2.fragmentNames {
            collectConflicts(&conflicts, exclusive: exclusive, betweenFragments: name1, referenced)
        }
        for referenced in fields1.fragmentNames {
            collectConflicts(&conflicts, exclusive: exclusive, betweenFragments: referenced, name2)
        }
    }

    /// Conflicts between the sub-selections of two fields with the same response key.
    private func conflictsBetweenSubSelections(
        exclusive: Bool, _ parentType1: GraphQLNamedType?, _ selectionSet1: SelectionSet,
        _ parentType2: GraphQLNamedType?, _ selectionSet2: SelectionSet
    ) -> [FieldConflict] {
        var conflicts: [FieldConflict] = []
        let fields1 = collectFields(selectionSet1, parentType: parentType1)
        let fields2 = collectFields(selectionSet2, parentType: parentType2)
        collectConflicts(&conflicts, exclusive: exclusive, between: fields1, fields2)
        var discovered: [(fragment: String, referenced: String)] = []
        for name in fields2.fragmentNames {
            collectConflicts(&conflicts, exclusive: exclusive, between: fields1, andFragment: name, discovered: &discovered)
        }
        processDiscovered(&conflicts, exclusive: exclusive, fields1, &discovered)
        for name in fields1.fragmentNames {
            collectConflicts(&conflicts, exclusive: exclusive, between: fields2, andFragment: name, discovered: &discovered)
        }
        processDiscovered(&conflicts, exclusive: exclusive, fields2, &discovered)
        for name1 in fields1.fragmentNames {
            for name2 in fields2.fragmentNames {
                collectConflicts(&conflicts, exclusive: exclusive, betweenFragments: name1, name2)
            }
        }
        return conflicts
    }

    // MARK: - Comparing two fields

    /// Whether two fields with one response key conflict: different fields or arguments (unless their
    /// parents are distinct object types, so they never both apply), incompatible types, or conflicting
    /// sub-fields.
    private func findConflict(
        exclusive parentsAreExclusive: Bool, _ responseKey: String, _ field1: FieldOccurrence, _ field2: FieldOccurrence
    ) -> FieldConflict? {
        fieldComparisons += 1
        let node1 = field1.node, node2 = field2.node
        let areExclusive =
            parentsAreExclusive
            || (field1.parentType?.name != field2.parentType?.name && field1.parentType?.kind == .object
                && field2.parentType?.kind == .object)
        if !areExclusive {
            if node1.name.value != node2.name.value {
                return FieldConflict(
                    responseKey: responseKey,
                    reason: .reason("\"\(node1.name.value)\" and \"\(node2.name.value)\" are different fields"),
                    fields1: [node1], fields2: [node2])
            }
            if canonicalText(of: node1.arguments) != canonicalText(of: node2.arguments) {
                return FieldConflict(
                    responseKey: responseKey, reason: .reason("they have differing arguments"),
                    fields1: [node1], fields2: [node2])
            }
        }
        let type1 = field1.definition?.type, type2 = field2.definition?.type
        if let type1, let type2, typesConflict(type1, type2) {
            return FieldConflict(
                responseKey: responseKey, reason: .reason("they return conflicting types \"\(type1)\" and \"\(type2)\""),
                fields1: [node1], fields2: [node2])
        }
        guard let selectionSet1 = node1.selectionSet, let selectionSet2 = node2.selectionSet else { return nil }
        let schema = context.schema
        let subConflicts = conflictsBetweenSubSelections(
            exclusive: areExclusive, type1.flatMap { schema.namedType($0.namedType) }, selectionSet1,
            type2.flatMap { schema.namedType($0.namedType) }, selectionSet2)
        guard !subConflicts.isEmpty else { return nil }
        return FieldConflict(
            responseKey: responseKey,
            reason: .subfields(subConflicts.map { ($0.responseKey, $0.reason) }),
            fields1: [node1] + subConflicts.flatMap(\.fields1),
            fields2: [node2] + subConflicts.flatMap(\.fields2))
    }

    /// Lists and non-null must wrap alike; leaf types must be the same; composite types are compared
    /// through their sub-fields instead.
    private func typesConflict(_ type1: TypeReference, _ type2: TypeReference) -> Bool {
        switch (type1, type2) {
        case (.list(let inner1), .list(let inner2)), (.nonNull(let inner1), .nonNull(let inner2)):
            return typesConflict(inner1, inner2)
        case (.list, _), (_, .list), (.nonNull, _), (_, .nonNull):
            return true
        case (.named(let name1), .named(let name2)):
            let isLeaf = { (name: String) in self.context.schema.namedType(name)?.isLeaf ?? false }
            return (isLeaf(name1) || isLeaf(name2)) && name1 != name2
        }
    }

    // MARK: - Collecting fields

    private func collectFields(_ selectionSet: SelectionSet, parentType: GraphQLNamedType?) -> CollectedFields {
        var fields = CollectedFields()
        collectFields(selectionSet, parentType: parentType, into: &fields)
        return fields
    }

    private func collectFields(_ selectionSet: SelectionSet, parentType: GraphQLNamedType?, into fields: inout CollectedFields) {
        for selection in selectionSet.selections {
            switch selection {
            case .field(let field):
                let definition = parentType.flatMap { context.schema.fieldDefinition(named: field.name.value, on: $0) }
                fields.append(FieldOccurrence(parentType: parentType, node: field, definition: definition))
            case .fragmentSpread(let spread):
                fields.appendFragment(spread.name.value)
            case .inlineFragment(let inline):
                let type = inline.typeCondition.map { context.schema.namedType($0) } ?? parentType
                collectFields(inline.selectionSet, parentType: type, into: &fields)
            }
        }
    }

    /// A fragment's top-level fields, collected once per document.
    private func fieldsOfFragment(named name: String) -> CollectedFields? {
        if let cached = fieldsByFragment[name] { return cached }
        guard let fragment = context.fragment(named: name) else { return nil }
        var fields = collectFields(fragment.selectionSet, parentType: context.schema.namedType(fragment.typeCondition))
        fields.fragmentName = name
        fieldsByFragment[name] = fields
        return fields
    }

    /// The fields of one response key with identical ones (same parent type and signature) kept once;
    /// signatures are computed only for keys that occur more than once.
    private func distinctFields(_ group: [FieldOccurrence]) -> [(field: FieldOccurrence, signature: String?)] {
        guard group.count > 1 else { return [(group[0], nil)] }
        var seen: Set<String> = []
        var distinct: [(field: FieldOccurrence, signature: String?)] = []
        for occurrence in group {
            let signature = (occurrence.parentType?.name ?? "") + "." + occurrence.node.canonicalSignature
            if seen.insert(signature).inserted { distinct.append((occurrence, signature)) }
        }
        return distinct
    }

    private func isFull(_ conflicts: [FieldConflict]) -> Bool {
        conflicts.count >= conflictLimit || context.isAborted
    }
}

/// Unordered pairs of fragment names already compared, remembering whether the comparison assumed the
/// parents mutually exclusive: a non-exclusive comparison covers an exclusive one, not the reverse.
struct FragmentPairSet {
    private var exclusiveByPair: [String: Bool] = [:]

    func contains(_ a: String, _ b: String, exclusive: Bool) -> Bool {
        guard let recordedExclusive = exclusiveByPair[key(a, b)] else { return false }
        return exclusive || !recordedExclusive
    }

    mutating func insert(_ a: String, _ b: String, exclusive: Bool) {
        exclusiveByPair[key(a, b)] = exclusive
    }

    private func key(_ a: String, _ b: String) -> String { a < b ? a + "\u{0}" + b : b + "\u{0}" + a }
}
