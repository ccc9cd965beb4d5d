// Reformats a GraphQL document from its tokens: one selection per line, two-space indentation, arguments
// and input objects on one line (`tutors(first: 5, filter: {search: "math"})`). Working from tokens rather
// than the AST keeps comments where the author put them.

import { TokenKind, tokenize } from "./graphql-lexer.js";

const indentUnit = "  ";
const definitionKeywords = new Set(["query", "mutation", "subscription", "fragment"]);

/** Returns the prettified document, or `source` unchanged when it has a lexical error. */
export function prettify(source) {
  const tokens = tokenize(source);
  if (tokens.some((token) => token.kind === TokenKind.Invalid)) return source;
  const printer = new Printer(source);
  tokens.forEach((token, index) => printer.print(token, nextSignificant(tokens, index)));
  return printer.finish();
}

function nextSignificant(tokens, index) {
  for (let next = index + 1; next < tokens.length; next += 1) {
    if (tokens[next].kind !== TokenKind.Comment) return tokens[next];
  }
  return undefined;
}

const isPunctuator = (token, value) => token?.kind === TokenKind.Punctuator && token.value === value;
const isValueStart = (token, previous) =>
  [TokenKind.Int, TokenKind.Float, TokenKind.String, TokenKind.BlockString].includes(token.kind) ||
  (token.kind === TokenKind.Name && !isPunctuator(previous, "$")) ||
  ["$", "{", "["].some((value) => isPunctuator(token, value));

class Printer {
  constructor(source) {
    this.source = source;
    this.output = "";
    this.depth = 0;
    this.stack = [];
    this.previous = null;
    this.afterComment = false;
  }

  get context() {
    return this.stack[this.stack.length - 1] ?? "top";
  }

  print(token, next) {
    if (token.kind === TokenKind.Comment) return this.printComment(token);
    const separator = this.afterComment ? "\n" : this.separatorBefore(token, next);
    this.afterComment = false;
    this.write(separator, token);
    this.track(token);
    this.previous = token;
  }

  /** Whitespace (or `, `) between the previous token and this one, decided by the bracket context. */
  separatorBefore(token, next) {
    const previous = this.previous;
    if (!previous) return "";
    const context = this.context;
    if (context === "top") {
      const startsDefinition = isPunctuator(token, "{") && isPunctuator(previous, "}")
        || (token.kind === TokenKind.Name && definitionKeywords.has(token.value) && isPunctuator(previous, "}"));
      if (startsDefinition) return "\n\n";
    }
    if (context === "selection" && this.startsSelection(token, previous)) return isPunctuator(previous, "{") ? "" : "\n";
    if (context === "selection" && isPunctuator(token, "}")) return "\n";
    if (["args", "object", "variables", "list"].includes(context) && this.startsItem(token, previous, next, context)) return ", ";
    if (isPunctuator(token, "{")) return ["args", "object", "list", "variables"].includes(context) || isPunctuator(previous, "(") ? "" : " ";
    if ([":", "!", ")", "]", "}", "("].some((value) => isPunctuator(token, value))) return "";
    if (isPunctuator(token, "=")) return " ";
    if (["(", "[", "$", "@", "{", "...", ":", "="].some((value) => isPunctuator(previous, value))) {
      return isPunctuator(previous, "...") && token.value === "on" ? " " : "";
    }
    return " ";
  }

  /** In a selection set, a field or a `...` begins a new line unless it continues an alias, directive or fragment. */
  startsSelection(token, previous) {
    if (isPunctuator(token, "...")) return true;
    if (token.kind !== TokenKind.Name) return false;
    if ([":", "$", "@", "..."].some((value) => isPunctuator(previous, value))) return false;
    return !(previous.kind === TokenKind.Name && previous.value === "on");
  }

  /** In arguments, variables, objects and lists, the second and later entries are preceded by `, `. */
  startsItem(token, previous, next, context) {
    if (["(", "{", "["].some((value) => isPunctuator(previous, value))) return false;
    if (context === "variables") return isPunctuator(token, "$");
    if (context === "list") return isValueStart(token, previous);
    return token.kind === TokenKind.Name && isPunctuator(next, ":") && !isPunctuator(previous, ":");
  }

  write(separator, token) {
    if (separator.includes("\n")) this.output = this.output.replace(/[ \t]+$/, "");
    const text = isPunctuator(token, ":") ? ": " : isPunctuator(token, "=") ? "= " : token.value;
    const indentation = separator.endsWith("\n") ? indentUnit.repeat(this.depth - (isPunctuator(token, "}") && this.context === "selection" ? 1 : 0)) : "";
    this.output += separator + indentation + text;
  }

  /** Keeps the bracket stack and indentation depth in step with the token just written. */
  track(token) {
    if (token.kind !== TokenKind.Punctuator) return;
    const context = this.context;
    const inValue = ["args", "object", "list"].includes(context) || (context === "variables" && isPunctuator(this.previous, "="));
    switch (token.value) {
      case "{":
        if (inValue || context === "variables") {
          this.stack.push("object");
        } else {
          this.stack.push("selection");
          this.depth += 1;
          this.output += "\n" + indentUnit.repeat(this.depth);
        }
        break;
      case "}":
        if (this.stack.pop() === "selection") this.depth -= 1;
        break;
      case "(":
        this.stack.push(context === "top" ? "variables" : "args");
        break;
      case "[":
        if (inValue) this.stack.push("list");
        break;
      case ")":
        this.stack.pop();
        break;
      case "]":
        if (context === "list") this.stack.pop();
        break;
    }
  }

  /** A comment stays on its own line if it had one, or trails the previous token otherwise. */
  printComment(token) {
    const lineStart = this.source.lastIndexOf("\n", token.start - 1) + 1;
    const ownLine = this.source.slice(lineStart, token.start).trim() === "";
    if (!this.previous && this.output === "") {
      this.output += token.value;
    } else if (ownLine) {
      this.output = this.output.replace(/[ \t]+$/, "");
      const atLineStart = this.output.endsWith("\n") || this.output === "";
      this.output += (atLineStart ? "" : "\n") + indentUnit.repeat(this.depth) + token.value;
    } else {
      this.output = this.output.replace(/[ \t]+$/, "") + " " + token.value;
    }
    this.afterComment = true;
  }

  finish() {
    return this.output.replace(/[ \t]+$/gm, "").trimEnd();
  }
}
