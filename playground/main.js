// Wires the playground together: editors, schema, validation, running, tabs, menus, docs and login.

import { attachAutocomplete } from "./completion-popup.js";
import { DocsExplorer } from "./docs.js";
import { CodeEditor } from "./editor.js";
import { examples } from "./examples.js";
import { executeGraphQL } from "./graphql-client.js";
import { graphqlLanguage } from "./graphql-highlight.js";
import { offsetOf } from "./graphql-lexer.js";
import { jsonLanguage } from "./json-language.js";
import { setUpLogin } from "./login.js";
import { fillMenu, setUpMenus } from "./menus.js";
import { operationAt, operationsIn } from "./operations.js";
import { prettify } from "./prettify.js";
import { renderProblems } from "./problems-view.js";
import { ResultView } from "./result-view.js";
import { loadSchema } from "./schema.js";
import { forgetSharedDocument, readSharedDocument, shareLink } from "./share.js";
import { setUpSidePanes } from "./side-panes.js";
import { TabBar } from "./tab-bar.js";
import { TabStore } from "./tabs.js";
import { setUpTheme } from "./theme.js";
import { diagnose } from "./validation.js";

const byId = (id) => document.getElementById(id);
const parameters = new URLSearchParams(window.location.search);
const validationDelayMs = 150;

setUpTheme(byId("toggle-theme"), parameters);
setUpMenus(document);
setUpSidePanes();

const store = new TabStore();
const shared = readSharedDocument(parameters);
if (shared) {
  store.open(shared);
  forgetSharedDocument(parameters);
}

const queryEditor = new CodeEditor(byId("editor"), graphqlLanguage);
const variablesEditor = new CodeEditor(byId("variables"), jsonLanguage);
const headersEditor = new CodeEditor(byId("headers"), jsonLanguage);
let schema = null;
attachAutocomplete(queryEditor, () => schema);

const docs = new DocsExplorer({
  content: byId("docs-content"),
  title: byId("docs-title"),
  backButton: byId("docs-back"),
  searchInput: byId("docs-search"),
});
const resultView = new ResultView({
  resultElement: byId("result"),
  statusElement: byId("status"),
  errorsElement: byId("result-errors"),
  onLocation: (line, column) => queryEditor.focusAt(offsetOf(queryEditor.value, line, column)),
});
const tabBar = new TabBar(byId("tabs"), {
  onSelect: (id) => {
    store.activate(id);
    showActiveTab();
  },
  onClose: (id) => {
    store.close(id);
    showActiveTab();
  },
  onAdd: () => {
    store.open({ query: "" });
    showActiveTab();
    queryEditor.focusAt(0);
  },
});

/** Loads the active tab into the editors and refreshes everything derived from its text. */
function showActiveTab() {
  const tab = store.active;
  queryEditor.value = tab.query;
  variablesEditor.value = tab.variables;
  tabBar.render(store.tabs, store.activeId);
}

// Editing: keep the tab saved, its title current, the operation picker and the diagnostics up to date.
let validationTimer;
queryEditor.onChange((query) => {
  const titleBefore = store.active.title;
  store.updateActive({ query });
  if (store.active.title !== titleBefore) tabBar.render(store.tabs, store.activeId);
  updateOperationPicker();
  clearTimeout(validationTimer);
  validationTimer = setTimeout(validateQuery, validationDelayMs);
});
variablesEditor.onChange((variables) => store.updateActive({ variables }));
headersEditor.onChange((headers) => {
  store.setHeaders(headers);
  showAuthState();
});
headersEditor.value = store.headers;

function validateQuery() {
  const source = queryEditor.value;
  const diagnostics = diagnose(source, schema);
  queryEditor.setDiagnostics(diagnostics);
  renderProblems(byId("problems"), source, diagnostics, (diagnostic) => queryEditor.focusAt(diagnostic.start, diagnostic.end));
}

/** Shows the operation picker only when the document holds several operations. */
function updateOperationPicker() {
  const names = operationsIn(queryEditor.value).map((operation) => operation.name).filter(Boolean);
  const picker = byId("operation");
  byId("operation-picker").hidden = names.length < 2;
  if (names.join("\n") === [...picker.options].map((option) => option.value).join("\n")) return;
  const previous = store.active.operationName;
  picker.replaceChildren(...names.map((name) => new Option(name, name)));
  if (names.includes(previous)) picker.value = previous;
}
byId("operation").addEventListener("change", (event) => store.updateActive({ operationName: event.target.value }));

/** Parses a JSON pane; reports a problem in the pane's error line and returns undefined when it is invalid. */
function readJSON(editor, label) {
  const text = editor.value.trim();
  if (text === "") return {};
  try {
    const value = JSON.parse(text);
    if (value === null || typeof value !== "object" || Array.isArray(value)) throw new Error("expected a JSON object");
    return value;
  } catch (error) {
    const element = byId("json-error");
    element.textContent = `${label}: ${error.message}`;
    element.hidden = false;
    return undefined;
  }
}

/** The operation to run: the one the caret is in when run from the editor, else the picker's choice. */
function chosenOperationName(fromEditor) {
  const operations = operationsIn(queryEditor.value);
  if (operations.length < 2) return operations[0]?.name ?? null;
  if (fromEditor) {
    const atCaret = operationAt(operations, queryEditor.cursor);
    if (atCaret?.name) return atCaret.name;
  }
  return byId("operation").value || null;
}

let running = null;
/** Sends the active document and shows the response; a new run cancels waiting for the previous one. */
async function run({ fromEditor = false } = {}) {
  byId("json-error").hidden = true;
  const variables = readJSON(variablesEditor, "Variables");
  const headers = readJSON(headersEditor, "Headers");
  if (variables === undefined || headers === undefined) return;
  const query = queryEditor.value;
  const operationName = chosenOperationName(fromEditor);
  const ticket = {};
  running = ticket;
  resultView.showRunning();
  byId("run").setAttribute("aria-busy", "true");
  const response = await executeGraphQL({ query, variables, operationName, headers: stringValues(headers) });
  if (running !== ticket) return;
  byId("run").removeAttribute("aria-busy");
  resultView.show(response);
  store.recordRun({ query, variables: variablesEditor.value, operationName });
  refreshHistoryMenu();
}

function stringValues(headers) {
  return Object.fromEntries(Object.entries(headers).map(([name, value]) => [name, String(value)]));
}

// Schema: loaded once at start and again after logging in (a viewer may see more).
async function refreshSchema() {
  try {
    schema = await loadSchema((request) => executeGraphQL({ ...request, headers: stringValues(readJSON(headersEditor, "Headers") ?? {}) }));
    docs.setSchema(schema);
  } catch (error) {
    schema = null;
    docs.setMessage(error.message);
  }
  validateQuery();
}

/** Notes in the toolbar whether requests carry an Authorization header (quietly ignoring unfinished JSON). */
function showAuthState() {
  let headers = {};
  try {
    headers = JSON.parse(headersEditor.value || "{}") ?? {};
  } catch {
    // Unfinished JSON counts as no Authorization header.
  }
  const authorized = Object.keys(headers).some((name) => name.toLowerCase() === "authorization");
  byId("auth-state").textContent = authorized ? "Authorization header set" : "";
}

function setBearerToken(token) {
  const headers = readJSON(headersEditor, "Headers") ?? {};
  for (const name of Object.keys(headers)) if (name.toLowerCase() === "authorization") delete headers[name];
  headers.Authorization = `Bearer ${token}`;
  headersEditor.value = JSON.stringify(headers, null, 2);
  byId("headers-tab").click();
  refreshSchema();
}

function refreshHistoryMenu() {
  const items = store.history.map((entry) => ({ ...entry, label: entry.title, detail: new Date(entry.at).toLocaleString() }));
  fillMenu(byId("history-menu"), items, (entry) => openDocument(entry), "No runs yet");
}

function openDocument({ query, variables, operationName }) {
  store.open({ query, variables, operationName });
  showActiveTab();
  queryEditor.focusAt(0);
}

function prettifyQuery() {
  const pretty = prettify(queryEditor.value);
  if (pretty !== queryEditor.value) queryEditor.replaceRange(0, queryEditor.value.length, pretty, 0);
  const variables = variablesEditor.value.trim();
  try {
    if (variables) variablesEditor.value = JSON.stringify(JSON.parse(variables), null, 2);
  } catch {
    // Invalid JSON stays as typed; running reports the problem.
  }
}

async function copyToClipboard(text, button) {
  const label = button.textContent;
  try {
    await navigator.clipboard.writeText(text);
    button.textContent = "Copied";
  } catch {
    button.textContent = "Copy failed";
  }
  setTimeout(() => (button.textContent = label), 1500);
}

// Toolbar and keyboard shortcuts.
byId("run").addEventListener("click", () => run());
byId("prettify").addEventListener("click", prettifyQuery);
byId("share").addEventListener("click", (event) => {
  const link = shareLink({ query: queryEditor.value, variables: variablesEditor.value, operationName: chosenOperationName(false) });
  copyToClipboard(link, event.currentTarget);
});
byId("copy-result").addEventListener("click", (event) => copyToClipboard(resultView.copyableText, event.currentTarget));
byId("clear-history").addEventListener("click", () => {
  store.clearHistory();
  refreshHistoryMenu();
});
byId("toggle-docs").addEventListener("click", (event) => {
  const hidden = document.body.classList.toggle("docs-hidden");
  event.currentTarget.setAttribute("aria-expanded", String(!hidden));
});
document.addEventListener("keydown", (event) => {
  const modifier = event.ctrlKey || event.metaKey;
  if (modifier && event.key === "Enter") {
    event.preventDefault();
    run({ fromEditor: document.activeElement === byId("editor") });
  } else if (modifier && event.shiftKey && event.key.toLowerCase() === "p") {
    event.preventDefault();
    prettifyQuery();
  }
});

fillMenu(
  byId("examples-menu"),
  examples.map((example) => ({ ...example, label: example.title, detail: example.description })),
  (example) => openDocument({ query: example.query, variables: JSON.stringify(example.variables, null, 2), operationName: null }),
);
setUpLogin({ dialog: byId("login-dialog"), openButton: byId("login"), onToken: setBearerToken });

showActiveTab();
refreshHistoryMenu();
showAuthState();
refreshSchema();
if (shared?.run) run();
