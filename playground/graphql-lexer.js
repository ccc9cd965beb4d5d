// Tokenizer for GraphQL documents, used for highlighting, parsing, prettifying and completion context.
// It never throws: malformed input becomes an "Invalid" token carrying an error message, so the
// highlighter can keep colouring the rest of a half-typed document.

/** Token kinds the lexer produces; whitespace and commas are skipped (commas are insignificant in GraphQL). */
export const TokenKind = Object.freeze({
  Punctuator: "Punctuator",
  Name: "Name",
  Int: "Int",
  Float: "Float",
  String: "String",
  BlockString: "BlockString",
  Comment: "Comment",
  Invalid: "Invalid",
});

const punctuators = new Set(["!", "$", "&", "(", ")", ":", "=", "@", "[", "]", "{", "|", "}"]);

const isNameStart = (c) => (c >= "a" && c <= "z") || (c >= "A" && c <= "Z") || c === "_";
const isNameContinue = (c) => isNameStart(c) || isDigit(c);
const isDigit = (c) => c >= "0" && c <= "9";

/**
 * Splits `source` into tokens `{kind, value, start, end}` where `start`/`end` are UTF-16 offsets.
 * `value` is the raw source text of the token; Invalid tokens also carry `error`.
 */
export function tokenize(source) {
  const tokens = [];
  let i = 0;
  const push = (kind, start, end, extra) => tokens.push({ kind, value: source.slice(start, end), start, end, ...extra });

  while (i < source.length) {
    const c = source[i];
    if (c === " " || c === "\t" || c === "\n" || c === "\r" || c === "," || c === "\uFEFF") {
      i += 1;
    } else if (c === "#") {
      const start = i;
      while (i < source.length && source[i] !== "\n" && source[i] !== "\r") i += 1;
      push(TokenKind.Comment, start, i);
    } else if (c === ".") {
      if (source.startsWith("...", i)) {
        push(TokenKind.Punctuator, i, i + 3);
        i += 3;
      } else {
        push(TokenKind.Invalid, i, i + 1, { error: 'Unexpected ".", did you mean "..."?' });
        i += 1;
      }
    } else if (punctuators.has(c)) {
      push(TokenKind.Punctuator, i, i + 1);
      i += 1;
    } else if (isNameStart(c)) {
      const start = i;
      while (i < source.length && isNameContinue(source[i])) i += 1;
      push(TokenKind.Name, start, i);
    } else if (isDigit(c) || c === "-") {
      i = readNumber(source, i, push);
    } else if (c === '"') {
      i = source.startsWith('"""', i) ? readBlockString(source, i, push) : readString(source, i, push);
    } else {
      push(TokenKind.Invalid, i, i + 1, { error: `Unexpected character ${JSON.stringify(c)}.` });
      i += 1;
    }
  }
  return tokens;
}

/** IntValue / FloatValue: `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`. */
function readNumber(source, start, push) {
  let i = start;
  let isFloat = false;
  const digits = () => {
    const from = i;
    while (i < source.length && isDigit(source[i])) i += 1;
    return i > from;
  };
  if (source[i] === "-") i += 1;
  if (!digits()) return invalid(source, start, i, push, "Invalid number, expected digit.");
  if (source[i] === ".") {
    isFloat = true;
    i += 1;
    if (!digits()) return invalid(source, start, i, push, "Invalid number, expected digit after \".\".");
  }
  if (source[i] === "e" || source[i] === "E") {
    isFloat = true;
    i += 1;
    if (source[i] === "+" || source[i] === "-") i += 1;
    if (!digits()) return invalid(source, start, i, push, "Invalid number, expected digit in exponent.");
  }
  if (i < source.length && (isNameStart(source[i]) || source[i] === ".")) {
    return invalid(source, start, i + 1, push, `Invalid number, unexpected ${JSON.stringify(source[i])}.`);
  }
  push(isFloat ? TokenKind.Float : TokenKind.Int, start, i);
  return i;
}

/** StringValue on one line, with escapes checked only enough to find its end. */
function readString(source, start, push) {
  let i = start + 1;
  while (i < source.length) {
    const c = source[i];
    if (c === '"') {
      push(TokenKind.String, start, i + 1);
      return i + 1;
    }
    if (c === "\n" || c === "\r") break;
    i += c === "\\" ? 2 : 1;
  }
  return invalid(source, start, Math.min(i, source.length), push, "Unterminated string.");
}

/** BlockString: `"""` … `"""`, where `\"""` does not close it. */
function readBlockString(source, start, push) {
  let i = start + 3;
  while (i < source.length) {
    if (source.startsWith('\\"""', i)) {
      i += 4;
    } else if (source.startsWith('"""', i)) {
      push(TokenKind.BlockString, start, i + 3);
      return i + 3;
    } else {
      i += 1;
    }
  }
  return invalid(source, start, source.length, push, "Unterminated block string.");
}

function invalid(source, start, end, push, error) {
  push(TokenKind.Invalid, start, end, { error });
  return end;
}

/** Converts a UTF-16 offset into a 1-based `{line, column}`, the way GraphQL errors report locations. */
export function locationOf(source, offset) {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < source.length; i += 1) {
    if (source[i] === "\n") {
      line += 1;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/** Converts a 1-based `{line, column}` back into an offset, clamped to the source. */
export function offsetOf(source, line, column) {
  let offset = 0;
  for (let current = 1; current < line; current += 1) {
    const next = source.indexOf("\n", offset);
    if (next < 0) return source.length;
    offset = next + 1;
  }
  const lineEnd = source.indexOf("\n", offset);
  const limit = lineEnd < 0 ? source.length : lineEnd;
  return Math.min(offset + Math.max(column - 1, 0), limit);
}
