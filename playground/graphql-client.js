// Sends one GraphQL-over-HTTP request and reports what came back, including status and timing.

/** The endpoint the page talks to; index.html may override it with `<meta name="graphql-endpoint">`. */
const endpoint = document.querySelector('meta[name="graphql-endpoint"]')?.content || "/graphql";

/**
 * POSTs `{query, variables, operationName}` and resolves (never rejects) with
 * `{status, json, text, durationMs, networkError}`; `json` is null when the body is not JSON.
 */
export async function executeGraphQL({ query, variables, operationName, headers = {} }) {
  const body = { query };
  if (variables && Object.keys(variables).length > 0) body.variables = variables;
  if (operationName) body.operationName = operationName;
  const started = performance.now();
  try {
    const response = await fetch(endpoint, {
      method: "POST",
      headers: {
        "Content-Type": "application/json",
        Accept: "application/graphql-response+json, application/json",
        ...headers,
      },
      body: JSON.stringify(body),
      credentials: "same-origin",
    });
    const text = await response.text();
    return { status: response.status, json: parseJSON(text), text, durationMs: performance.now() - started, networkError: null };
  } catch (error) {
    return { status: 0, json: null, text: "", durationMs: performance.now() - started, networkError: error.message };
  }
}

function parseJSON(text) {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
