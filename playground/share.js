// Shareable links: `?query=…&variables=…&operationName=…` opens a tab with that document and `&run=1` runs it
// on load, for links in documentation and for browser tests.

/** The document a link carries, or null: `{query, variables, operationName, run}`. */
export function readSharedDocument(parameters) {
  const query = parameters.get("query");
  if (query === null) return null;
  return {
    query,
    variables: parameters.get("variables") ?? "",
    operationName: parameters.get("operationName"),
    run: parameters.get("run") === "1",
  };
}

/** A link to this page that reopens the given document (variables only when there are any). */
export function shareLink({ query, variables, operationName }) {
  const url = new URL(window.location.pathname, window.location.origin);
  url.searchParams.set("query", query);
  if (variables.trim() && variables.trim() !== "{}") url.searchParams.set("variables", variables);
  if (operationName) url.searchParams.set("operationName", operationName);
  return url.toString();
}

/** Drops the document from the address bar once opened, so a reload shows saved tabs and does not run again. */
export function forgetSharedDocument(parameters) {
  const kept = new URLSearchParams();
  if (parameters.has("theme")) kept.set("theme", parameters.get("theme"));
  const search = kept.toString();
  history.replaceState(null, "", window.location.pathname + (search ? `?${search}` : ""));
}
