// Editor language for the JSON panes (variables, headers): a tokenizer that colours keys, strings,
// numbers and literals, and marks brackets so the editor can match them.

const tokenPattern = /"(?:[^"\\\n]|\\.)*"?|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null|[{}[\]:,]|\S/g;

/** Editor language for JSON: `{start, end, value, className}` tokens. */
export const jsonLanguage = {
  tokenize(source) {
    const tokens = [];
    for (const match of source.matchAll(tokenPattern)) {
      const value = match[0];
      tokens.push({ start: match.index, end: match.index + value.length, value, className: classFor(value, source, match.index + value.length) });
    }
    return tokens;
  },
};

function classFor(value, source, end) {
  if (value.startsWith('"')) {
    if (value.length < 2 || !value.endsWith('"')) return "tok-invalid";
    return /^\s*:/.test(source.slice(end, end + 40)) ? "tok-argument" : "tok-string";
  }
  if (/^-?\d/.test(value)) return "tok-number";
  if (value === "true" || value === "false" || value === "null") return "tok-constant";
  if ("{}[]:,".includes(value)) return "tok-punctuation";
  return "tok-invalid";
}
