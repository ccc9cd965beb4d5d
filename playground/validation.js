// Live diagnostics for the editor: the first syntax error, or a few schema checks the server would
// also make (unknown field, argument, type, directive, fragment or variable; missing sub-selection or
// required argument). The server stays the authority; these exist so mistakes show while typing.

import { GraphQLSyntaxError, parse } from "./graphql-parser.js";
import { isComposite, namedTypeName, typeRefToString } from "./schema.js";

/** Returns `[{message, start, end, severity}]` for `source`; schema checks run only when `schema` is known. */
export function diagnose(source, schema) {
  if (source.trim() === "" || isOnlyComments(source)) return [];
  let document;
  try {
    document = parse(source);
  } catch (error) {
    if (!(error instanceof GraphQLSyntaxError)) throw error;
    const start = Math.min(error.start, Math.max(source.trimEnd().length - 1, 0));
    return [{ message: error.message, start, end: Math.max(error.end, start + 1), severity: "error" }];
  }
  return schema ? new SchemaChecker(schema, document).run() : [];
}

function isOnlyComments(source) {
  return source.split("\n").every((line) => line.trim() === "" || line.trim().startsWith("#"));
}

/** One walk over the document, collecting problems against the introspected schema. */
class SchemaChecker {
  constructor(schema, document) {
    this.schema = schema;
    this.document = document;
    this.fragments = new Map(
      document.definitions.filter((definition) => definition.kind === "FragmentDefinition").map((fragment) => [fragment.name.value, fragment]),
    );
    this.problems = [];
  }

  run() {
    for (const definition of this.document.definitions) {
      if (definition.kind === "OperationDefinition") this.checkOperation(definition);
      else this.checkFragment(definition);
    }
    return this.problems;
  }

  report(message, node) {
    this.problems.push({ message, start: node.start, end: node.end, severity: "error" });
  }

  checkOperation(operation) {
    const rootName = this.schema.rootTypeName(operation.operation);
    if (!rootName) {
      this.report(`Schema is not configured to execute ${operation.operation} operation.`, operation.name ?? operation.selectionSet);
      return;
    }
    const defined = new Set();
    for (const definition of operation.variableDefinitions) {
      defined.add(definition.variable.name.value);
      this.checkTypeExists(definition.type);
    }
    this.checkDirectives(operation.directives);
    this.checkSelectionSet(operation.selectionSet, rootName);
    this.checkVariablesDefined(operation, defined);
  }

  checkFragment(fragment) {
    const typeName = fragment.typeCondition.name.value;
    this.checkDirectives(fragment.directives);
    if (this.checkTypeExists(fragment.typeCondition)) this.checkSelectionSet(fragment.selectionSet, typeName);
  }

  /** Reports an unknown named type; returns whether the type exists. */
  checkTypeExists(typeNode) {
    let named = typeNode;
    while (named.kind !== "NamedType") named = named.type;
    if (this.schema.type(named.name.value)) return true;
    this.report(`Unknown type "${named.name.value}".`, named);
    return false;
  }

  checkSelectionSet(selectionSet, typeName) {
    for (const selection of selectionSet.selections) {
      this.checkDirectives(selection.directives);
      if (selection.kind === "Field") this.checkField(selection, typeName);
      else if (selection.kind === "FragmentSpread") this.checkSpread(selection);
      else this.checkInlineFragment(selection, typeName);
    }
  }

  checkField(field, parentTypeName) {
    const definition = this.schema.field(parentTypeName, field.name.value);
    if (!definition) {
      this.report(`Cannot query field "${field.name.value}" on type "${parentTypeName}".`, field.name);
      return;
    }
    const owner = { qualified: `field "${parentTypeName}.${field.name.value}"`, short: `Field "${field.name.value}"` };
    this.checkArguments(field.arguments, definition.args ?? [], owner, field.name);
    const fieldType = this.schema.type(namedTypeName(definition.type));
    if (isComposite(fieldType) && !field.selectionSet) {
      const printed = typeRefToString(definition.type);
      this.report(`Field "${field.name.value}" of type "${printed}" must have a selection of subfields. Did you mean "${field.name.value} { ... }"?`, field.name);
    } else if (!isComposite(fieldType) && field.selectionSet && fieldType) {
      this.report(`Field "${field.name.value}" must not have a selection since type "${typeRefToString(definition.type)}" has no subfields.`, field.selectionSet);
    }
    if (field.selectionSet && isComposite(fieldType)) this.checkSelectionSet(field.selectionSet, fieldType.name);
  }

  checkSpread(spread) {
    if (!this.fragments.has(spread.name.value)) this.report(`Unknown fragment "${spread.name.value}".`, spread.name);
  }

  checkInlineFragment(fragment, parentTypeName) {
    if (!fragment.typeCondition) {
      this.checkSelectionSet(fragment.selectionSet, parentTypeName);
    } else if (this.checkTypeExists(fragment.typeCondition)) {
      this.checkSelectionSet(fragment.selectionSet, fragment.typeCondition.name.value);
    }
  }

  checkDirectives(directives) {
    for (const directive of directives) {
      const definition = this.schema.directives.get(directive.name.value);
      if (!definition) this.report(`Unknown directive "@${directive.name.value}".`, directive);
      else {
        const owner = { qualified: `directive "@${directive.name.value}"`, short: `Directive "@${directive.name.value}"` };
        this.checkArguments(directive.arguments, definition.args ?? [], owner, directive.name);
      }
    }
  }

  /**
   * Unknown arguments, and required arguments (non-null without default) that are missing.
   * `owner` names the field or directive the way the server's two messages do: `{qualified, short}`.
   */
  checkArguments(argumentNodes, definitions, owner, ownerNode) {
    const given = new Set(argumentNodes.map((argument) => argument.name.value));
    for (const argument of argumentNodes) {
      if (!definitions.some((definition) => definition.name === argument.name.value)) {
        this.report(`Unknown argument "${argument.name.value}" on ${owner.qualified}.`, argument.name);
      }
    }
    for (const definition of definitions) {
      const required = definition.type?.kind === "NON_NULL" && definition.defaultValue == null;
      if (required && !given.has(definition.name)) {
        this.report(`${owner.short} argument "${definition.name}" of type "${typeRefToString(definition.type)}" is required, but it was not provided.`, ownerNode);
      }
    }
  }

  /** Every `$name` used in the operation, including inside the fragments it spreads, must be declared. */
  checkVariablesDefined(operation, defined) {
    const visitedFragments = new Set();
    const visit = (node) => {
      if (!node || typeof node !== "object") return;
      if (Array.isArray(node)) return node.forEach(visit);
      if (node.kind === "Variable" && !defined.has(node.name.value)) {
        const suffix = operation.name ? ` by operation "${operation.name.value}"` : "";
        this.report(`Variable "$${node.name.value}" is not defined${suffix}.`, node);
      }
      if (node.kind === "FragmentSpread" && !visitedFragments.has(node.name.value)) {
        visitedFragments.add(node.name.value);
        visit(this.fragments.get(node.name.value));
      }
      for (const key of ["selectionSet", "selections", "arguments", "directives", "value", "values", "fields"]) visit(node[key]);
    };
    visit(operation.selectionSet);
    visit(operation.directives);
  }
}
