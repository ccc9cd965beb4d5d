// Finds the operations of a document from its tokens, tolerating unfinished text: the operation picker and
// "run the operation under the caret" need this while the document may not parse.

import { TokenKind, tokenize } from "./graphql-lexer.js";

/** The document's operations in order: `{name, type, start, end}` (name is null for anonymous ones). */
export function operationsIn(source) {
  const operations = [];
  let depth = 0;
  let current = null;
  let inFragment = false;
  const tokens = tokenize(source).filter((token) => token.kind !== TokenKind.Comment);
  tokens.forEach((token, index) => {
    if (depth === 0 && token.kind === TokenKind.Name && ["query", "mutation", "subscription"].includes(token.value)) {
      const next = tokens[index + 1];
      current = { name: next?.kind === TokenKind.Name ? next.value : null, type: token.value, start: token.start, end: source.length };
      operations.push(current);
    } else if (depth === 0 && token.value === "fragment") {
      inFragment = true;
    } else if (token.value === "{") {
      if (depth === 0 && !current && !inFragment) {
        current = { name: null, type: "query", start: token.start, end: source.length };
        operations.push(current);
      }
      depth += 1;
    } else if (token.value === "}" && depth > 0) {
      depth -= 1;
      if (depth === 0) {
        if (current) current.end = token.end;
        current = null;
        inFragment = false;
      }
    }
  });
  return operations;
}

/** The operation whose text contains `offset`, or null. */
export function operationAt(operations, offset) {
  return operations.find((operation) => operation.start <= offset && offset <= operation.end) ?? null;
}
