// Classifies GraphQL tokens for colouring: keywords, fields, arguments, types, variables, values…
// A light pass over the token stream that only tracks which kind of bracket it is inside.

import { TokenKind, tokenize } from "./graphql-lexer.js";

const operationKeywords = new Set(["query", "mutation", "subscription", "fragment"]);
const constants = new Set(["true", "false", "null"]);

/** Editor language for GraphQL: `{start, end, value, className}` tokens, brackets marked for matching. */
export const graphqlLanguage = {
  tokenize(source) {
    const tokens = tokenize(source);
    const significant = tokens.filter((token) => token.kind !== TokenKind.Comment);
    const classes = classify(significant);
    return tokens.map((token) => ({ ...token, className: classes.get(token) ?? simpleClass(token) }));
  },
};

function simpleClass(token) {
  switch (token.kind) {
    case TokenKind.Comment:
      return "tok-comment";
    case TokenKind.String:
    case TokenKind.BlockString:
      return "tok-string";
    case TokenKind.Int:
    case TokenKind.Float:
      return "tok-number";
    case TokenKind.Invalid:
      return "tok-invalid";
    default:
      return "tok-punctuation";
  }
}

/** Maps each Name (and `$`/`@`) token to a class by looking at its neighbours and the enclosing bracket. */
function classify(tokens) {
  const classes = new Map();
  const stack = [];
  tokens.forEach((token, index) => {
    const previous = tokens[index - 1];
    const next = tokens[index + 1];
    const context = stack[stack.length - 1] ?? "top";
    if (token.kind === TokenKind.Punctuator) {
      if ((token.value === "$" || token.value === "@") && next?.kind === TokenKind.Name && next.start === token.end) {
        classes.set(token, token.value === "$" ? "tok-variable" : "tok-directive");
      }
      trackBrackets(stack, token, context);
    } else if (token.kind === TokenKind.Name) {
      classes.set(token, nameClass(token, previous, next, context));
    }
  });
  return classes;
}

function trackBrackets(stack, token, context) {
  const inValue = context === "args" || context === "object" || context === "list";
  if (token.value === "{") stack.push(inValue ? "object" : "selection");
  else if (token.value === "(") stack.push(context === "top" ? "variables" : "args");
  else if (token.value === "[" && inValue) stack.push("list");
  else if (token.value === "}" || token.value === ")" || (token.value === "]" && context === "list")) stack.pop();
}

function nameClass(token, previous, next, context) {
  if (previous?.value === "$") return "tok-variable";
  if (previous?.value === "@") return "tok-directive";
  if (previous?.value === "on" && previous.kind === TokenKind.Name) return "tok-type";
  if (token.value === "on" && (previous?.value === "..." || context === "top")) return "tok-keyword";
  switch (context) {
    case "top":
      return operationKeywords.has(token.value) ? "tok-keyword" : "tok-definition";
    case "variables":
      if (previous?.value === ":" || previous?.value === "[") return "tok-type";
      return constants.has(token.value) ? "tok-constant" : "tok-enum";
    case "args":
    case "object":
    case "list":
      if (next?.value === ":" && context !== "list") return "tok-argument";
      return constants.has(token.value) ? "tok-constant" : "tok-enum";
    default:
      if (previous?.value === "...") return "tok-definition";
      return next?.value === ":" ? "tok-alias" : "tok-field";
  }
}
