// The line under the query editor listing live diagnostics, each a button that puts the caret on it.

import { locationOf } from "./graphql-lexer.js";

const maxShown = 3;

/** Shows `diagnostics` for `source` in `element`; `onSelect(diagnostic)` jumps to one. */
export function renderProblems(element, source, diagnostics, onSelect) {
  element.replaceChildren();
  element.dataset.state = diagnostics.length ? "error" : "ok";
  if (diagnostics.length === 0) {
    element.textContent = "No problems";
    return;
  }
  const list = document.createElement("ul");
  for (const diagnostic of diagnostics.slice(0, maxShown)) {
    const { line, column } = locationOf(source, diagnostic.start);
    const item = document.createElement("li");
    const button = document.createElement("button");
    button.type = "button";
    button.className = "link-button problem-location";
    button.textContent = `${line}:${column}`;
    button.setAttribute("aria-label", `Go to line ${line}, column ${column}`);
    button.addEventListener("click", () => onSelect(diagnostic));
    item.append(button, ` ${diagnostic.message}`);
    list.append(item);
  }
  element.append(list);
  if (diagnostics.length > maxShown) element.append(`and ${diagnostics.length - maxShown} more`);
}
