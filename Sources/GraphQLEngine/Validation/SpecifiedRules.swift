/// The rules of the specification's section 5, in graphql-js's order (so errors come out in the same
/// order), each in its own file under `Rules/`.
var specifiedRules: [any ValidationRule.Type] {
    [
        ExecutableDefinitionsRule.self,
        UniqueOperationNamesRule.self,
        LoneAnonymousOperationRule.self,
        SingleFieldSubscriptionsRule.self,
        KnownOperationTypesRule.self,
        KnownTypeNamesRule.self,
        FragmentsOnCompositeTypesRule.self,
        VariablesAreInputTypesRule.self,
        ScalarLeafsRule.self,
        FieldsOnCorrectTypeRule.self,
        UniqueFragmentNamesRule.self,
        KnownFragmentNamesRule.self,
        NoUnusedFragmentsRule.self,
        PossibleFragmentSpreadsRule.self,
        NoFragmentCyclesRule.self,
        UniqueVariableNamesRule.self,
        NoUndefinedVariablesRule.self,
        NoUnusedVariablesRule.self,
        KnownDirectivesRule.self,
        UniqueDirectivesPerLocationRule.self,
        KnownArgumentNamesRule.self,
        UniqueArgumentNamesRule.self,
        ValuesOfCorrectTypeRule.self,
        ProvidedRequiredArgumentsRule.self,
        VariablesInAllowedPositionRule.self,
        OverlappingFieldsCanBeMergedRule.self,
        UniqueInputFieldNamesRule.self,
    ]
}

/// The specified rules followed by the limit rules `options` switches on.
func rules(for options: ValidationOptions) -> [any ValidationRule.Type] {
    var rules = specifiedRules
    if options.maxDepth != nil { rules.append(MaxDepthRule.self) }
    if options.maxCost != nil { rules.append(MaxCostRule.self) }
    if options.maxAliases != nil { rules.append(MaxAliasesRule.self) }
    if !options.allowIntrospection { rules.append(NoIntrospectionRule.self) }
    return rules
}
