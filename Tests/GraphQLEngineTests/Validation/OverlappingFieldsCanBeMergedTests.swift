import Testing

@testable import GraphQLEngine

@Suite("Validation: OverlappingFieldsCanBeMerged")
struct OverlappingFieldsCanBeMergedTests {
    private func conflict(_ key: String, _ reason: String) -> String {
        "Fields \"\(key)\" conflict because \(reason). Use different aliases on the fields to fetch both if this was intentional."
    }

    @Test("identical fields, arguments in any order, different directives, and distinct aliases merge")
    func mergeable() throws {
        let query = """
            fragment f on Dog {
              name
              name
              nickname
              doesKnowCommand(dogCommand: SIT)
              doesKnowCommand(dogCommand: SIT)
              isAtLocation(x: 0, y: 0)
              isAtLocation(y: 0, x: 0)
              barks @include(if: true)
              barks @include(if: false)
              sit: doesKnowCommand(dogCommand: SIT)
              heel: doesKnowCommand(dogCommand: HEEL)
            }
            """
        #expect(try errors(OverlappingFieldsCanBeMergedRule.self, query) == [])
    }

    @Test("one alias for two fields, and an alias masking a field")
    func differentFields() throws {
        let query = """
            fragment sameAliasesWithDifferentFieldTargets on Dog {
              fido: name
              fido: nickname
              name: nickname
              name
            }
            """
        #expect(
            try errors(OverlappingFieldsCanBeMergedRule.self, query) == [
                ReportedError(conflict("fido", "\"name\" and \"nickname\" are different fields"), (2, 3), (3, 3)),
                ReportedError(conflict("name", "\"nickname\" and \"name\" are different fields"), (4, 3), (5, 3)),
            ])
    }

    @Test("differing or missing arguments")
    func differingArguments() throws {
        let query = """
            fragment conflictingArgs on Dog {
              doesKnowCommand
              doesKnowCommand(dogCommand: HEEL)
              isAtLocation(x: 0)
              isAtLocation(x: 1)
            }
            """
        #expect(
            try errors(OverlappingFieldsCanBeMergedRule.self, query) == [
                ReportedError(conflict("doesKnowCommand", "they have differing arguments"), (2, 3), (3, 3)),
                ReportedError(conflict("isAtLocation", "they have differing arguments"), (4, 3), (5, 3)),
            ])
    }

    @Test("fields on distinct object types may differ in name and arguments, not in type")
    func mutuallyExclusiveParents() throws {
        let valid = """
            {
              pet {
                ... on Dog { name(surname: true) x: name }
                ... on Cat { name x: nickname }
              }
            }
            """
        #expect(try errors(OverlappingFieldsCanBeMergedRule.self, valid) == [])

        let query = """
            {
              catOrDog {
                ... on Dog { x: barkVolume }
                ... on Cat { x: name }
              }
              dogOrHuman {
                ... on Human { x: relatives { name } }
                ... on Dog { x: mother { name } }
              }
            }
            """
        #expect(
            try errors(OverlappingFieldsCanBeMergedRule.self, query) == [
                ReportedError(conflict("x", "they return conflicting types \"Int\" and \"String\""), (3, 18), (4, 18)),
                ReportedError(
                    conflict("x", "they return conflicting types \"[Human]!\" and \"Dog\""), (7, 20), (8, 18)),
            ])
    }

    @Test("conflicts between fragments are reported once per pair")
    func fragmentConflicts() throws {
        let query = """
            {
              f1 {
                ...A
                ...B
              }
              f2 {
                ...B
                ...A
              }
              f3 {
                ...A
                ...B
                x: c
              }
            }
            fragment A on Type {
              x: a
            }
            fragment B on Type {
              x: b
            }
            """
        #expect(
            try errors(OverlappingFieldsCanBeMergedRule.self, query) == [
                ReportedError(conflict("x", "\"a\" and \"b\" are different fields"), (17, 3), (20, 3)),
                ReportedError(conflict("x", "\"c\" and \"a\" are different fields"), (13, 5), (17, 3)),
                ReportedError(conflict("x", "\"c\" and \"b\" are different fields"), (13, 5), (20, 3)),
            ])
    }

    @Test("sub-field conflicts name the whole path and locate every field on it")
    func deepConflicts() throws {
        let query = """
            {
              field {
                x: a
                y: c
              }
              field {
                x: b
                y: d
              }
              other {
                deep {
                  x: a
                }
              }
              other {
                deep {
                  x: b
                }
              }
            }
            """
        #expect(
            try errors(OverlappingFieldsCanBeMergedRule.self, query) == [
                ReportedError(
                    conflict(
                        "field",
                        "subfields \"x\" conflict because \"a\" and \"b\" are different fields and subfields \"y\" conflict because \"c\" and \"d\" are different fields"
                    ),
                    (2, 3), (3, 5), (4, 5), (6, 3), (7, 5), (8, 5)),
                ReportedError(
                    conflict(
                        "other",
                        "subfields \"deep\" conflict because subfields \"x\" conflict because \"a\" and \"b\" are different fields"
                    ),
                    (10, 3), (11, 5), (12, 7), (15, 3), (16, 5), (17, 7)),
            ])
    }

    @Test("recursive fragments end, and a fragment spreading itself is not compared with itself")
    func recursiveFragments() throws {
        let valid = """
            {
              human { ...fragA }
            }
            fragment fragA on Human { name, relatives { name, ...fragA } }
            fragment fragB on Human { ...fragC }
            fragment fragC on Human { ...fragB name }
            """
        #expect(try errors(OverlappingFieldsCanBeMergedRule.self, valid) == [])

        let query = """
            fragment sameAliasesWithDifferentFieldTargets on Dog {
              ...sameAliasesWithDifferentFieldTargets
              fido: name
              fido: nickname
            }
            """
        #expect(
            try errors(OverlappingFieldsCanBeMergedRule.self, query) == [
                ReportedError(conflict("fido", "\"name\" and \"nickname\" are different fields"), (3, 3), (4, 3))
            ])
    }

    @Test("conflicts reached through nested fragments are reported at the nearest common field")
    func nestedFragmentConflicts() throws {
        let query = """
            {
              field {
                ...F
              }
              field {
                ...I
              }
            }
            fragment F on T {
              x: a
              ...G
            }
            fragment G on T {
              y: c
            }
            fragment I on T {
              y: d
              ...J
            }
            fragment J on T {
              x: b
            }
            """
        #expect(
            try errors(OverlappingFieldsCanBeMergedRule.self, query) == [
                ReportedError(
                    conflict(
                        "field",
                        "subfields \"x\" conflict because \"a\" and \"b\" are different fields and subfields \"y\" conflict because \"c\" and \"d\" are different fields"
                    ),
                    (2, 3), (10, 3), (14, 3), (5, 3), (21, 3), (17, 3))
            ])
    }

    @Test("unknown fragments are ignored")
    func unknownFragments() throws {
        let query = """
            {
              field
              ...Unknown
              ...Known
            }
            fragment Known on T {
              field
              ...OtherUnknown
            }
            """
        #expect(try errors(OverlappingFieldsCanBeMergedRule.self, query) == [])
    }

    @Test("1,000 identical fields are compared without pairwise work")
    func thousandIdenticalFields() throws {
        let query = "{ dog { " + String(repeating: "name mother { name } ", count: 1_000) + "} }"
        #expect(try comparisonsWithinFirstSelection(of: query) == 0)
        #expect(try errors(OverlappingFieldsCanBeMergedRule.self, query) == [])

        let withConflict = "{ dog { " + String(repeating: "name ", count: 1_000) + "name: nickname } }"
        #expect(try comparisonsWithinFirstSelection(of: withConflict) == 1)
        #expect(try errors(OverlappingFieldsCanBeMergedRule.self, withConflict).count == 1)
    }

    @Test("1,000 distinct aliases need no comparisons")
    func thousandAliases() throws {
        let fields = (0..<1_000).map { "a\($0): name" }.joined(separator: " ")
        let query = "{ dog { \(fields) } }"
        #expect(try comparisonsWithinFirstSelection(of: query) == 0)
        #expect(try errors(OverlappingFieldsCanBeMergedRule.self, query) == [])
    }

    /// How many field pairs the finder compares for the selection set of the first root field.
    private func comparisonsWithinFirstSelection(of query: String) throws -> Int {
        let schema = ValidationTestSchema.schema
        let document = try parse(query)
        let context = ValidationContext(schema: schema, document: document, source: nil, options: .init())
        guard case .operation(let operation)? = document.definitions.first,
            case .field(let root)? = operation.selectionSet.selections.first, let selectionSet = root.selectionSet
        else {
            Issue.record("expected a query with a root field")
            return -1
        }
        let finder = FieldConflictFinder(context: context)
        _ = finder.conflicts(within: selectionSet, parentType: schema.namedType("Dog"), fragmentName: nil)
        return finder.fieldComparisons
    }
}
