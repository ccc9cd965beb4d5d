// Works out what belongs at the cursor (a field of some type, an argument, a value of some input type,
// a directive, a type…) by replaying the tokens before it through a small stack machine. Unlike the
// parser it tolerates the half-typed documents that exist while someone is typing.

import { TokenKind, tokenize } from "./graphql-lexer.js";
import { namedTypeName } from "./schema.js";

/**
 * Describes the cursor position in `source`:
 * `{kind, prefix, replaceStart, replaceEnd, …}` where kind is one of
 * Keyword, Field, Argument, Value, Variable, Directive, Type, InputType, Spread, or None.
 */
export function completionContextAt(source, offset, schema) {
  const tokens = tokenize(source);
  const current = tokens.find((token) => token.start < offset && offset <= token.end);
  if (current && current.kind !== TokenKind.Name && !(current.kind === TokenKind.Punctuator && offset === current.end)) {
    return none(offset);
  }
  const editingName = current?.kind === TokenKind.Name;
  const replaceStart = editingName ? current.start : offset;
  const replaceEnd = editingName ? current.end : offset;
  const prior = tokens.filter((token) => token.end <= replaceStart && token.kind !== TokenKind.Comment);
  const machine = new ContextMachine(schema);
  prior.forEach((token, index) => machine.consume(token, prior[index - 1]));
  return {
    ...machine.describe(prior[prior.length - 1]),
    prefix: source.slice(replaceStart, offset),
    replaceStart,
    replaceEnd,
    variables: machine.variables,
    fragments: tokens.filter((token, index) => tokens[index - 1]?.value === "fragment" && token.kind === TokenKind.Name).map((token) => token.value),
  };
}

const none = (offset) => ({ kind: "None", prefix: "", replaceStart: offset, replaceEnd: offset, variables: [], fragments: [] });
const isValueToken = (token) => [TokenKind.Name, TokenKind.Int, TokenKind.Float, TokenKind.String, TokenKind.BlockString].includes(token.kind);
const is = (token, value) => token?.kind === TokenKind.Punctuator && token.value === value;

/** Strips one list wrapper (and the non-null around it) to get a list's item type. */
function listItemType(typeRef) {
  let current = typeRef?.kind === "NON_NULL" ? typeRef.ofType : typeRef;
  return current?.kind === "LIST" ? current.ofType : current;
}

class ContextMachine {
  constructor(schema) {
    this.schema = schema;
    this.stack = [{ kind: "document", operation: null, typeCondition: null, afterAt: false, callable: null }];
    this.variables = [];
  }

  get top() {
    return this.stack[this.stack.length - 1];
  }

  consume(token, previous) {
    const frame = this.top;
    switch (frame.kind) {
      case "document":
        return this.consumeInDocument(frame, token, previous);
      case "selection":
        return this.consumeInSelection(frame, token);
      case "arguments":
      case "object":
        return this.consumeInArguments(frame, token);
      case "list":
        return this.consumeInList(frame, token);
      case "variables":
        return this.consumeInVariables(frame, token, previous);
    }
  }

  consumeInDocument(frame, token, previous) {
    if (token.kind === TokenKind.Name) {
      if (frame.afterAt) return this.nameDirective(frame, token.value);
      if (["query", "mutation", "subscription", "fragment"].includes(token.value) && !frame.operation) {
        frame.operation = token.value;
        this.variables = [];
      } else if (frame.operation === "fragment" && previous?.value === "on") {
        frame.typeCondition = token.value;
      }
    } else if (is(token, "@")) {
      frame.afterAt = true;
    } else if (is(token, "(")) {
      this.stack.push(frame.callable ? this.argumentsFrame(frame.callable) : { kind: "variables", expectingType: false, expectingValue: false });
      frame.callable = null;
    } else if (is(token, "{")) {
      const typeName = frame.operation === "fragment" ? frame.typeCondition : this.schema?.rootTypeName(frame.operation ?? "query");
      this.stack.push(this.selectionFrame(typeName));
      Object.assign(frame, { operation: null, typeCondition: null, callable: null });
    }
  }

  consumeInSelection(frame, token) {
    if (token.kind === TokenKind.Name) {
      if (frame.afterAt) return this.nameDirective(frame, token.value);
      if (frame.expectTypeCondition) {
        Object.assign(frame, { pendingType: token.value, expectTypeCondition: false, spread: false });
      } else if (frame.spread) {
        Object.assign(frame, token.value === "on" ? { expectTypeCondition: true } : { spread: false });
      } else {
        frame.lastField = this.schema?.field(frame.typeName, token.value) ?? null;
        frame.callable = frame.lastField?.args ?? [];
      }
    } else if (is(token, "...")) {
      frame.spread = true;
    } else if (is(token, "@")) {
      frame.afterAt = true;
    } else if (is(token, "(")) {
      this.stack.push(this.argumentsFrame(frame.callable ?? []));
    } else if (is(token, "{")) {
      const typeName = frame.pendingType ?? (frame.spread ? frame.typeName : namedTypeName(frame.lastField?.type));
      this.stack.push(this.selectionFrame(typeName));
      Object.assign(frame, { pendingType: null, spread: false, lastField: null, callable: null });
    } else if (is(token, "}")) {
      this.stack.pop();
    }
  }

  consumeInArguments(frame, token) {
    const closing = frame.kind === "arguments" ? ")" : "}";
    if (is(token, closing)) {
      this.stack.pop();
    } else if (frame.expectingValue) {
      if (is(token, "{")) this.stack.push(this.objectFrame(frame.currentArg?.type));
      else if (is(token, "[")) this.stack.push({ kind: "list", itemType: listItemType(frame.currentArg?.type) });
      if (is(token, "$")) return;
      if (is(token, "{") || is(token, "[") || isValueToken(token)) frame.expectingValue = false;
    } else if (token.kind === TokenKind.Name) {
      frame.currentArg = frame.definitions.find((definition) => definition.name === token.value) ?? null;
      frame.used.add(token.value);
    } else if (is(token, ":")) {
      frame.expectingValue = true;
    }
  }

  consumeInList(frame, token) {
    if (is(token, "]")) this.stack.pop();
    else if (is(token, "{")) this.stack.push(this.objectFrame(frame.itemType));
    else if (is(token, "[")) this.stack.push({ kind: "list", itemType: listItemType(frame.itemType) });
  }

  consumeInVariables(frame, token, previous) {
    if (is(token, ")")) {
      this.stack.pop();
    } else if (is(token, ":")) {
      frame.expectingType = true;
    } else if (is(token, "=")) {
      frame.expectingValue = true;
    } else if (token.kind === TokenKind.Name && is(previous, "$")) {
      this.variables.push({ name: token.value, type: null });
      Object.assign(frame, { expectingType: false, expectingValue: false });
    } else if (token.kind === TokenKind.Name && frame.expectingType) {
      const variable = this.variables[this.variables.length - 1];
      if (variable && !variable.type) variable.type = token.value;
      frame.expectingType = false;
    } else if (isValueToken(token) && frame.expectingValue) {
      frame.expectingValue = false;
    }
  }

  nameDirective(frame, name) {
    frame.afterAt = false;
    frame.callable = this.schema?.directives.get(name)?.args ?? [];
  }

  selectionFrame(typeName) {
    return { kind: "selection", typeName, lastField: null, callable: null, spread: false, expectTypeCondition: false, pendingType: null, afterAt: false };
  }

  argumentsFrame(definitions) {
    return { kind: "arguments", definitions, used: new Set(), currentArg: null, expectingValue: false };
  }

  objectFrame(typeRef) {
    const inputType = this.schema?.type(namedTypeName(typeRef));
    const frame = this.argumentsFrame(inputType?.inputFields ?? []);
    frame.kind = "object";
    return frame;
  }

  /** Turns the machine's final state into the completion kind for the cursor. */
  describe(previous) {
    const frame = this.top;
    if (is(previous, "@")) return { kind: "Directive" };
    switch (frame.kind) {
      case "document":
        if (frame.operation === "fragment" && previous?.value === "on") return { kind: "Type" };
        return frame.operation ? { kind: "None" } : { kind: "Keyword", keywords: ["query", "mutation", "subscription", "fragment"] };
      case "selection":
        if (frame.expectTypeCondition) return { kind: "Type" };
        if (frame.spread) return { kind: "Spread" };
        return { kind: "Field", typeName: frame.typeName };
      case "arguments":
      case "object":
        if (is(previous, "$")) return { kind: "Variable" };
        if (frame.expectingValue) return { kind: "Value", typeRef: frame.currentArg?.type ?? null };
        return { kind: "Argument", definitions: frame.definitions.filter((definition) => !frame.used.has(definition.name)) };
      case "list":
        return is(previous, "$") ? { kind: "Variable" } : { kind: "Value", typeRef: frame.itemType };
      case "variables":
        if (frame.expectingType || is(previous, "[")) return { kind: "InputType" };
        return { kind: "None" };
    }
    return { kind: "None" };
  }
}
