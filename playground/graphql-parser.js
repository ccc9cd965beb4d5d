// Recursive-descent parser for executable GraphQL documents (operations and fragments).
// Every node keeps `start`/`end` offsets so validation can underline the exact text it complains about.

import { TokenKind, tokenize } from "./graphql-lexer.js";

/** A syntax error at a source range, worded like the server's (`Syntax Error: Expected Name, found "}".`). */
export class GraphQLSyntaxError extends Error {
  constructor(message, start, end) {
    super(`Syntax Error: ${message}`);
    this.start = start;
    this.end = end;
  }
}

/** Parses `source` into a Document node, throwing GraphQLSyntaxError at the first problem. */
export function parse(source) {
  return new Parser(source).parseDocument();
}

class Parser {
  constructor(source) {
    this.source = source;
    this.tokens = tokenize(source).filter((token) => token.kind !== TokenKind.Comment);
    this.index = 0;
  }

  /** Document : ExecutableDefinition+ */
  parseDocument() {
    const definitions = [];
    do {
      definitions.push(this.parseDefinition());
    } while (this.peek());
    return { kind: "Document", definitions, start: 0, end: this.source.length };
  }

  /** ExecutableDefinition : OperationDefinition | FragmentDefinition */
  parseDefinition() {
    const token = this.peek();
    if (token?.value === "{") return this.parseOperation("query", token.start, null);
    if (token?.kind === TokenKind.Name) {
      if (["query", "mutation", "subscription"].includes(token.value)) {
        this.advance();
        const name = this.peekKind(TokenKind.Name) ? this.parseName() : null;
        return this.parseOperation(token.value, token.start, name);
      }
      if (token.value === "fragment") return this.parseFragmentDefinition();
    }
    throw this.unexpected(token);
  }

  /** OperationDefinition : OperationType Name? VariableDefinitions? Directives? SelectionSet */
  parseOperation(operation, start, name) {
    const variableDefinitions = this.peekValue("(") ? this.parseList("(", ")", () => this.parseVariableDefinition()) : [];
    const directives = this.parseDirectives();
    const selectionSet = this.parseSelectionSet();
    return { kind: "OperationDefinition", operation, name, variableDefinitions, directives, selectionSet, start, end: selectionSet.end };
  }

  /** FragmentDefinition : fragment FragmentName TypeCondition Directives? SelectionSet */
  parseFragmentDefinition() {
    const start = this.advance().start;
    const name = this.parseName();
    if (name.value === "on") throw new GraphQLSyntaxError('Unexpected Name "on".', name.start, name.end);
    this.expectKeyword("on");
    const typeCondition = this.parseNamedType();
    const directives = this.parseDirectives();
    const selectionSet = this.parseSelectionSet();
    return { kind: "FragmentDefinition", name, typeCondition, directives, selectionSet, start, end: selectionSet.end };
  }

  /** VariableDefinition : Variable : Type DefaultValue? Directives? */
  parseVariableDefinition() {
    const variable = this.parseVariable();
    this.expect(":");
    const type = this.parseType();
    const defaultValue = this.skipValue("=") ? this.parseValue(true) : null;
    const directives = this.parseDirectives();
    return { kind: "VariableDefinition", variable, type, defaultValue, directives, start: variable.start, end: this.previousEnd() };
  }

  /** Type : NamedType | ListType | NonNullType */
  parseType() {
    const start = this.peek()?.start;
    let type;
    if (this.skipValue("[")) {
      const ofType = this.parseType();
      this.expect("]");
      type = { kind: "ListType", type: ofType, start, end: this.previousEnd() };
    } else {
      type = this.parseNamedType();
    }
    if (this.skipValue("!")) return { kind: "NonNullType", type, start, end: this.previousEnd() };
    return type;
  }

  parseNamedType() {
    const name = this.parseName();
    return { kind: "NamedType", name, start: name.start, end: name.end };
  }

  /** SelectionSet : { Selection+ } */
  parseSelectionSet() {
    const start = this.peek()?.start;
    const selections = this.parseList("{", "}", () => this.parseSelection());
    return { kind: "SelectionSet", selections, start, end: this.previousEnd() };
  }

  /** Selection : Field | FragmentSpread | InlineFragment */
  parseSelection() {
    if (this.peekValue("...")) return this.parseFragment();
    return this.parseField();
  }

  /** Field : Alias? Name Arguments? Directives? SelectionSet? */
  parseField() {
    const first = this.parseName();
    let alias = null;
    let name = first;
    if (this.skipValue(":")) {
      alias = first;
      name = this.parseName();
    }
    const args = this.peekValue("(") ? this.parseList("(", ")", () => this.parseArgument(false)) : [];
    const directives = this.parseDirectives();
    const selectionSet = this.peekValue("{") ? this.parseSelectionSet() : null;
    return { kind: "Field", alias, name, arguments: args, directives, selectionSet, start: first.start, end: this.previousEnd() };
  }

  /** FragmentSpread : ... FragmentName Directives?   InlineFragment : ... TypeCondition? Directives? SelectionSet */
  parseFragment() {
    const start = this.advance().start;
    const next = this.peek();
    if (next?.kind === TokenKind.Name && next.value !== "on") {
      const name = this.parseName();
      return { kind: "FragmentSpread", name, directives: this.parseDirectives(), start, end: this.previousEnd() };
    }
    const typeCondition = next?.value === "on" ? (this.advance(), this.parseNamedType()) : null;
    const directives = this.parseDirectives();
    const selectionSet = this.parseSelectionSet();
    return { kind: "InlineFragment", typeCondition, directives, selectionSet, start, end: selectionSet.end };
  }

  /** Argument : Name : Value */
  parseArgument(isConst) {
    const name = this.parseName();
    this.expect(":");
    const value = this.parseValue(isConst);
    return { kind: "Argument", name, value, start: name.start, end: value.end };
  }

  /** Directives : Directive+   Directive : @ Name Arguments? */
  parseDirectives() {
    const directives = [];
    while (this.peekValue("@")) {
      const start = this.advance().start;
      const name = this.parseName();
      const args = this.peekValue("(") ? this.parseList("(", ")", () => this.parseArgument(false)) : [];
      directives.push({ kind: "Directive", name, arguments: args, start, end: this.previousEnd() });
    }
    return directives;
  }

  /** Value : Variable | IntValue | FloatValue | StringValue | BooleanValue | NullValue | EnumValue | ListValue | ObjectValue */
  parseValue(isConst) {
    const token = this.peek();
    if (!token) throw this.unexpected(token);
    if (token.value === "$" && !isConst) return this.parseVariable();
    if (token.value === "[") {
      const values = this.parseList("[", "]", () => this.parseValue(isConst), true);
      return { kind: "ListValue", values, start: token.start, end: this.previousEnd() };
    }
    if (token.value === "{") {
      const fields = this.parseList("{", "}", () => this.parseArgument(isConst), true)
        .map((field) => ({ ...field, kind: "ObjectField" }));
      return { kind: "ObjectValue", fields, start: token.start, end: this.previousEnd() };
    }
    const simple = { Int: "IntValue", Float: "FloatValue", String: "StringValue", BlockString: "StringValue" }[token.kind];
    if (simple) {
      this.advance();
      return { kind: simple, value: token.value, start: token.start, end: token.end };
    }
    if (token.kind === TokenKind.Name) {
      this.advance();
      const kind = token.value === "true" || token.value === "false" ? "BooleanValue" : token.value === "null" ? "NullValue" : "EnumValue";
      return { kind, value: token.value, start: token.start, end: token.end };
    }
    throw this.unexpected(token);
  }

  /** Variable : $ Name */
  parseVariable() {
    const start = this.expect("$").start;
    const name = this.parseName();
    return { kind: "Variable", name, start, end: name.end };
  }

  parseName() {
    const token = this.peek();
    if (token?.kind !== TokenKind.Name) throw this.expected("Name", token);
    this.advance();
    return { kind: "Name", value: token.value, start: token.start, end: token.end };
  }

  /** Parses `open item+ close` (or `item*` when `allowEmpty`), the shape of every bracketed list in the grammar. */
  parseList(open, close, parseItem, allowEmpty = false) {
    this.expect(open);
    const items = [];
    if (allowEmpty && this.skipValue(close)) return items;
    do {
      items.push(parseItem());
    } while (!this.skipValue(close));
    return items;
  }

  peek() {
    const token = this.tokens[this.index];
    if (token?.kind === TokenKind.Invalid) throw new GraphQLSyntaxError(token.error, token.start, token.end);
    return token;
  }

  peekKind(kind) {
    return this.peek()?.kind === kind;
  }

  peekValue(value) {
    const token = this.peek();
    return token?.kind === TokenKind.Punctuator && token.value === value;
  }

  advance() {
    const token = this.peek();
    this.index += 1;
    return token;
  }

  skipValue(value) {
    if (!this.peekValue(value)) return false;
    this.advance();
    return true;
  }

  expect(value) {
    if (!this.peekValue(value)) throw this.expected(`"${value}"`, this.peek());
    return this.advance();
  }

  expectKeyword(value) {
    const token = this.peek();
    if (token?.kind !== TokenKind.Name || token.value !== value) throw this.expected(`"${value}"`, token);
    return this.advance();
  }

  previousEnd() {
    return this.tokens[this.index - 1]?.end ?? 0;
  }

  expected(what, token) {
    return this.errorAt(token, `Expected ${what}, found ${describe(token)}.`);
  }

  unexpected(token) {
    return this.errorAt(token, `Unexpected ${describe(token)}.`);
  }

  errorAt(token, message) {
    const start = token ? token.start : this.source.length;
    return new GraphQLSyntaxError(message, start, token ? token.end : start);
  }
}

function describe(token) {
  if (!token) return "<EOF>";
  if (token.kind === TokenKind.Punctuator) return `"${token.value}"`;
  if (token.kind === TokenKind.Name) return `Name "${token.value}"`;
  return `${token.kind} ${JSON.stringify(token.value)}`;
}
