// Loads the schema by introspection and answers the questions the editor, validation and docs ask of it.

/** The standard introspection query, asking for everything the September 2025 spec exposes. */
export const introspectionQuery = `query IntrospectionQuery {
  __schema {
    description
    queryType { name }
    mutationType { name }
    subscriptionType { name }
    types { ...FullType }
    directives {
      name
      description
      isRepeatable
      locations
      args(includeDeprecated: true) { ...InputValue }
    }
  }
}

fragment FullType on __Type {
  kind
  name
  description
  specifiedByURL
  isOneOf
  fields(includeDeprecated: true) {
    name
    description
    args(includeDeprecated: true) { ...InputValue }
    type { ...TypeRef }
    isDeprecated
    deprecationReason
  }
  inputFields(includeDeprecated: true) { ...InputValue }
  interfaces { ...TypeRef }
  enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason }
  possibleTypes { ...TypeRef }
}

fragment InputValue on __InputValue {
  name
  description
  type { ...TypeRef }
  defaultValue
  isDeprecated
  deprecationReason
}

fragment TypeRef on __Type {
  kind
  name
  ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } } }
}`;

/** Meta-fields every composite type answers, and the two only the query root answers (spec §4.1). */
const typenameField = {
  name: "__typename",
  description: "The name of the current Object type at runtime.",
  args: [],
  type: { kind: "NON_NULL", name: null, ofType: { kind: "SCALAR", name: "String", ofType: null } },
  isDeprecated: false,
};
const rootMetaFields = [
  {
    name: "__schema",
    description: "Access the current type schema of this server.",
    args: [],
    type: { kind: "NON_NULL", name: null, ofType: { kind: "OBJECT", name: "__Schema", ofType: null } },
    isDeprecated: false,
  },
  {
    name: "__type",
    description: "Request the type information of a single type.",
    args: [{ name: "name", type: { kind: "NON_NULL", name: null, ofType: { kind: "SCALAR", name: "String", ofType: null } } }],
    type: { kind: "OBJECT", name: "__Type", ofType: null },
    isDeprecated: false,
  },
];

/** An introspected schema with quick lookups by type, field and directive name. */
export class Schema {
  constructor(introspection) {
    const schema = introspection.__schema;
    this.description = schema.description ?? null;
    this.queryTypeName = schema.queryType?.name ?? null;
    this.mutationTypeName = schema.mutationType?.name ?? null;
    this.subscriptionTypeName = schema.subscriptionType?.name ?? null;
    this.types = new Map(schema.types.map((type) => [type.name, type]));
    this.directives = new Map((schema.directives ?? []).map((directive) => [directive.name, directive]));
  }

  /** The root type name for an operation keyword, or null when the schema has no such root. */
  rootTypeName(operation) {
    return { query: this.queryTypeName, mutation: this.mutationTypeName, subscription: this.subscriptionTypeName }[operation] ?? null;
  }

  type(name) {
    return this.types.get(name) ?? null;
  }

  /** The fields selectable on a composite type, meta-fields included, or an empty list for leaves. */
  fields(typeName) {
    const type = this.type(typeName);
    if (!type || !isComposite(type)) return [];
    const own = type.fields ?? [];
    const meta = typeName === this.queryTypeName ? [typenameField, ...rootMetaFields] : [typenameField];
    return [...own, ...meta];
  }

  field(typeName, fieldName) {
    return this.fields(typeName).find((field) => field.name === fieldName) ?? null;
  }

  /** Types a variable may be declared with: scalars, enums and input objects. */
  inputTypes() {
    return [...this.types.values()].filter((type) => ["SCALAR", "ENUM", "INPUT_OBJECT"].includes(type.kind));
  }

  /** Types a fragment may be declared on: objects, interfaces and unions. */
  compositeTypes() {
    return [...this.types.values()].filter(isComposite);
  }
}

export const isComposite = (type) => ["OBJECT", "INTERFACE", "UNION"].includes(type?.kind);

/** Strips list and non-null wrappers: `[Tutor!]!` → `Tutor`. */
export function namedTypeName(typeRef) {
  let current = typeRef;
  while (current && !current.name) current = current.ofType;
  return current?.name ?? null;
}

/** Prints a type reference in SDL notation, e.g. `[Review!]!`. */
export function typeRefToString(typeRef) {
  if (!typeRef) return "";
  if (typeRef.kind === "NON_NULL") return `${typeRefToString(typeRef.ofType)}!`;
  if (typeRef.kind === "LIST") return `[${typeRefToString(typeRef.ofType)}]`;
  return typeRef.name;
}

/** Fetches and wraps the schema; throws with a readable message when introspection fails. */
export async function loadSchema(execute) {
  const response = await execute({ query: introspectionQuery, operationName: "IntrospectionQuery" });
  const data = response.json?.data;
  if (!data?.__schema) {
    const reason = response.json?.errors?.map((error) => error.message).join("; ") || `HTTP ${response.status}`;
    throw new Error(`Could not load the schema: ${reason}`);
  }
  return new Schema(data);
}
