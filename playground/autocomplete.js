// Turns a completion context into a ranked list of suggestions drawn from the introspected schema.

import { namedTypeName, typeRefToString } from "./schema.js";

/**
 * Suggestions `{label, detail, documentation, insertText, deprecated}` for the context from
 * completion-context.js, filtered by the typed prefix and ranked: prefix matches first, deprecated last.
 */
export function suggest(context, schema) {
  const candidates = candidatesFor(context, schema);
  const prefix = context.prefix.toLowerCase();
  return candidates
    .map((candidate) => ({ candidate, rank: rank(candidate.label.toLowerCase(), prefix) }))
    .filter(({ rank: score }) => score >= 0)
    .sort((a, b) => a.rank - b.rank || a.candidate.deprecated - b.candidate.deprecated || a.candidate.label.localeCompare(b.candidate.label))
    .map(({ candidate }) => candidate)
    .filter((candidate) => candidate.label !== context.prefix);
}

/**
 * 0 for a prefix match, 1 for a substring match, 2 for a subsequence match, -1 for no match; introspection
 * names (`__type`) rank after the schema's own unless the prefix asks for them.
 */
function rank(label, prefix) {
  const introspectionPenalty = label.startsWith("__") && !prefix.startsWith("_") ? 3 : 0;
  if (prefix === "" || label.startsWith(prefix)) return introspectionPenalty;
  if (label.includes(prefix)) return 1 + introspectionPenalty;
  let position = 0;
  for (const character of prefix) {
    position = label.indexOf(character, position) + 1;
    if (position === 0) return -1;
  }
  return 2 + introspectionPenalty;
}

/** Directive locations that can appear in an executable document (the rest belong to SDL). */
const executableLocations = new Set([
  "QUERY", "MUTATION", "SUBSCRIPTION", "FIELD", "FRAGMENT_DEFINITION", "FRAGMENT_SPREAD", "INLINE_FRAGMENT", "VARIABLE_DEFINITION",
]);

function candidatesFor(context, schema) {
  switch (context.kind) {
    case "Keyword":
      return context.keywords.map((keyword) => ({ label: keyword, detail: "keyword" }));
    case "Field":
      return schema ? schema.fields(context.typeName).map(fieldCandidate) : [];
    case "Argument":
      return context.definitions.map((argument) => ({
        ...inputValueCandidate(argument),
        insertText: `${argument.name}: `,
      }));
    case "Value":
      return valueCandidates(context, schema);
    case "Variable":
      return context.variables.map((variable) => ({ label: variable.name, detail: variable.type ?? "variable" }));
    case "Directive":
      return schema
        ? [...schema.directives.values()]
            .filter((directive) => directive.locations.some((location) => executableLocations.has(location)))
            .map((directive) => ({ label: directive.name, detail: "directive", documentation: directive.description }))
        : [];
    case "Type":
      return schema ? schema.compositeTypes().map(typeCandidate) : [];
    case "InputType":
      return schema ? schema.inputTypes().map(typeCandidate) : [];
    case "Spread":
      return [{ label: "on", detail: "inline fragment" }, ...context.fragments.map((name) => ({ label: name, detail: "fragment" }))];
    default:
      return [];
  }
}

function fieldCandidate(field) {
  return {
    label: field.name,
    detail: typeRefToString(field.type),
    documentation: field.description,
    deprecated: Boolean(field.isDeprecated),
  };
}

function inputValueCandidate(value) {
  return {
    label: value.name,
    detail: typeRefToString(value.type),
    documentation: value.description,
    deprecated: Boolean(value.isDeprecated),
  };
}

function typeCandidate(type) {
  return { label: type.name, detail: type.kind.toLowerCase().replace("_", " "), documentation: type.description };
}

/** Values that fit an input type: enum values, booleans, null for nullable types, and matching variables. */
function valueCandidates(context, schema) {
  const typeName = namedTypeName(context.typeRef);
  const type = schema?.type(typeName);
  const values = [];
  if (type?.kind === "ENUM") {
    for (const value of type.enumValues ?? []) {
      values.push({ label: value.name, detail: typeName, documentation: value.description, deprecated: Boolean(value.isDeprecated) });
    }
  }
  if (typeName === "Boolean") values.push({ label: "true", detail: "Boolean" }, { label: "false", detail: "Boolean" });
  if (context.typeRef && context.typeRef.kind !== "NON_NULL") values.push({ label: "null", detail: "null" });
  for (const variable of context.variables) {
    if (!typeName || !variable.type || variable.type === typeName) {
      values.push({ label: `$${variable.name}`, detail: variable.type ?? "variable" });
    }
  }
  return values;
}
