// Shows a response: HTTP status and timing, the GraphQL errors with links back into the editor, and the body
// as a collapsible JSON tree. The tree's text is the compact JSON itself (indentation and fold markers come
// from CSS), so copying it or reading `#result`'s text gives valid JSON.

const statusTexts = { 200: "OK", 400: "Bad Request", 401: "Unauthorized", 403: "Forbidden", 404: "Not Found", 405: "Method Not Allowed", 413: "Payload Too Large", 415: "Unsupported Media Type", 429: "Too Many Requests", 500: "Internal Server Error", 503: "Service Unavailable" };

/** Renders responses into the result, status and errors elements; `onLocation(line, column)` jumps the editor. */
export class ResultView {
  constructor({ resultElement, statusElement, errorsElement, onLocation }) {
    this.resultElement = resultElement;
    this.statusElement = statusElement;
    this.errorsElement = errorsElement;
    this.onLocation = onLocation;
    this.lastBody = "";
  }

  /** The last response body, pretty-printed when it is JSON, for the copy button. */
  get copyableText() {
    return this.lastBody;
  }

  showRunning() {
    this.statusElement.textContent = "Running…";
    this.statusElement.dataset.state = "running";
    this.resultElement.setAttribute("aria-busy", "true");
  }

  show(response) {
    this.resultElement.removeAttribute("aria-busy");
    this.showStatus(response);
    this.showErrors(response.json?.errors);
    this.resultElement.replaceChildren();
    if (response.networkError) {
      this.lastBody = "";
      this.resultElement.append(message(`The request failed: ${response.networkError}`));
    } else if (response.json !== null) {
      this.lastBody = JSON.stringify(response.json, null, 2);
      this.resultElement.append(renderValue(response.json, "response"));
    } else {
      this.lastBody = response.text;
      const raw = document.createElement("pre");
      raw.className = "result-raw";
      raw.textContent = response.text || "(empty body)";
      this.resultElement.append(raw);
    }
  }

  showStatus({ status, durationMs, text, networkError }) {
    const element = this.statusElement;
    element.replaceChildren();
    if (networkError) {
      element.textContent = `Network error · ${Math.round(durationMs)} ms`;
      element.dataset.state = "error";
      return;
    }
    const code = document.createElement("strong");
    code.textContent = `${status} ${statusTexts[status] ?? ""}`.trim();
    element.append(code, ` · ${Math.round(durationMs)} ms · ${formatBytes(new Blob([text]).size)}`);
    element.dataset.state = status >= 200 && status < 300 ? "ok" : "error";
  }

  /** Lists each error's message and path, with a button per location that moves the editor's caret there. */
  showErrors(errors) {
    this.errorsElement.replaceChildren();
    this.errorsElement.hidden = !Array.isArray(errors) || errors.length === 0;
    if (this.errorsElement.hidden) return;
    const list = document.createElement("ul");
    for (const error of errors) {
      const item = document.createElement("li");
      const text = document.createElement("span");
      text.className = "result-error-message";
      text.textContent = error.message ?? JSON.stringify(error);
      item.append(text);
      if (error.extensions?.code) item.append(badge(error.extensions.code));
      if (Array.isArray(error.path)) item.append(badge(`at ${error.path.join(".")}`, "result-error-path"));
      for (const location of error.locations ?? []) {
        const link = document.createElement("button");
        link.type = "button";
        link.className = "link-button";
        link.textContent = `line ${location.line}, column ${location.column}`;
        link.setAttribute("aria-label", `Show line ${location.line}, column ${location.column} in the editor`);
        link.addEventListener("click", () => this.onLocation(location.line, location.column));
        item.append(" ", link);
      }
      list.append(item);
    }
    this.errorsElement.append(list);
  }
}

function message(text) {
  const element = document.createElement("p");
  element.className = "result-message";
  element.textContent = text;
  return element;
}

function badge(text, className = "badge") {
  const element = document.createElement("span");
  element.className = className;
  element.textContent = text;
  return element;
}

function formatBytes(bytes) {
  return bytes < 1024 ? `${bytes} B` : `${(bytes / 1024).toFixed(1)} kB`;
}

/** Builds the tree for one JSON value; `label` names it for the fold button's accessible name. */
function renderValue(value, label) {
  if (Array.isArray(value)) return renderContainer("[", "]", value.map((item, index) => [null, item, `${label}[${index}]`]), label, "items");
  if (value !== null && typeof value === "object") {
    return renderContainer("{", "}", Object.entries(value).map(([key, item]) => [key, item, key]), label, "keys");
  }
  const leaf = document.createElement("span");
  leaf.className = `json-${value === null ? "null" : typeof value}`;
  leaf.textContent = JSON.stringify(value);
  return leaf;
}

function renderContainer(open, close, entries, label, noun) {
  const container = document.createElement("span");
  container.className = "json-container";
  if (entries.length === 0) {
    container.textContent = open + close;
    return container;
  }
  const toggle = document.createElement("button");
  toggle.type = "button";
  toggle.className = "json-toggle";
  toggle.setAttribute("aria-expanded", "true");
  toggle.setAttribute("aria-label", `Fold ${label} (${entries.length} ${entries.length === 1 ? noun.slice(0, -1) : noun})`);
  toggle.addEventListener("click", () => {
    const folded = container.classList.toggle("folded");
    toggle.setAttribute("aria-expanded", String(!folded));
  });
  const members = document.createElement("ul");
  members.className = "json-members";
  entries.forEach(([key, item, itemLabel], index) => {
    const member = document.createElement("li");
    if (key !== null) {
      const keyElement = document.createElement("span");
      keyElement.className = "json-key";
      keyElement.textContent = JSON.stringify(key);
      member.append(keyElement, ":");
    }
    member.append(renderValue(item, itemLabel));
    if (index < entries.length - 1) member.append(",");
    members.append(member);
  });
  container.append(toggle, open, members, close);
  return container;
}
