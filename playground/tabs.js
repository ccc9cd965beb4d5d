// Tabs and run history, kept in localStorage so a reload or a new browser session finds them again.
// Request headers are kept apart, in sessionStorage only: they usually hold a bearer token, which should
// not outlive the browser session.

const tabsKey = "tutorgraph.playground.tabs.v1";
const historyKey = "tutorgraph.playground.history.v1";
const headersKey = "tutorgraph.playground.headers.v1";
const maxHistory = 30;

const defaultQuery = `# Welcome to the TutorGraph playground.
#   Run: Ctrl/Cmd-Enter    Suggest: Ctrl-Space
#   Prettify: Shift-Ctrl-P
# "Examples" above has the main use cases.

query SearchTutors {
  tutors(first: 5, filter: {search: "math"}) {
    edges {
      node {
        id
        title
        averageRating
      }
    }
  }
}
`;

/** The open tabs (`{id, title, query, variables, operationName}`), the active one, and the run history. */
export class TabStore {
  constructor(storage = window.localStorage, sessionStorage = window.sessionStorage) {
    this.storage = storage;
    this.sessionStorage = sessionStorage;
    const saved = read(storage, tabsKey);
    this.tabs = Array.isArray(saved?.tabs) && saved.tabs.length ? saved.tabs : [newTab({ query: defaultQuery })];
    this.activeId = this.tabs.some((tab) => tab.id === saved?.activeId) ? saved.activeId : this.tabs[0].id;
    this.history = read(storage, historyKey) ?? [];
    this.headers = this.sessionStorage.getItem(headersKey) ?? "{}";
  }

  get active() {
    return this.tabs.find((tab) => tab.id === this.activeId);
  }

  /** Opens a tab (reusing an identical one, so shared links opened twice do not pile up) and activates it. */
  open({ query, variables = "", operationName = null }) {
    const existing = this.tabs.find((tab) => tab.query === query && tab.variables === variables);
    const tab = existing ?? newTab({ query, variables, operationName });
    if (!existing) this.tabs.push(tab);
    this.activeId = tab.id;
    this.save();
    return tab;
  }

  /** Closes a tab; the last tab is never closed but reset, so there is always somewhere to type. */
  close(id) {
    const index = this.tabs.findIndex((tab) => tab.id === id);
    if (index < 0) return;
    this.tabs.splice(index, 1);
    if (this.tabs.length === 0) this.tabs.push(newTab({ query: "" }));
    if (this.activeId === id) this.activeId = this.tabs[Math.min(index, this.tabs.length - 1)].id;
    this.save();
  }

  activate(id) {
    if (!this.tabs.some((tab) => tab.id === id)) return;
    this.activeId = id;
    this.save();
  }

  /** Applies edits to the active tab and renames it after its first operation. */
  updateActive(changes) {
    Object.assign(this.active, changes);
    if ("query" in changes) this.active.title = titleFor(changes.query);
    this.save();
  }

  setHeaders(text) {
    this.headers = text;
    this.sessionStorage.setItem(headersKey, text);
  }

  /** Remembers a run (newest first, no consecutive duplicates, at most `maxHistory`). */
  recordRun({ query, variables, operationName }) {
    const entry = { query, variables, operationName, at: new Date().toISOString(), title: operationName || titleFor(query) };
    const latest = this.history[0];
    if (latest?.query === query && latest.variables === variables && latest.operationName === operationName) this.history.shift();
    this.history.unshift(entry);
    this.history.length = Math.min(this.history.length, maxHistory);
    write(this.storage, historyKey, this.history);
  }

  clearHistory() {
    this.history = [];
    write(this.storage, historyKey, this.history);
  }

  save() {
    write(this.storage, tabsKey, { tabs: this.tabs, activeId: this.activeId });
  }
}

function newTab({ query, variables = "", operationName = null }) {
  const id = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
  return { id, title: titleFor(query), query, variables, operationName };
}

/** Names a tab after its first named operation (`SearchTutors`), else its first field, else "Untitled". */
function titleFor(query) {
  const code = query.replace(/#.*$/gm, "");
  const named = /\b(?:query|mutation|subscription)\s+([_A-Za-z][_0-9A-Za-z]*)/.exec(code);
  if (named) return named[1];
  const field = /\{\s*([_A-Za-z][_0-9A-Za-z]*)/.exec(code);
  return field ? field[1] : "Untitled";
}

function read(storage, key) {
  try {
    return JSON.parse(storage.getItem(key));
  } catch {
    return null;
  }
}

/** Writes JSON, ignoring a full or disabled storage: losing saved tabs must not break the page. */
function write(storage, key, value) {
  try {
    storage.setItem(key, JSON.stringify(value));
  } catch {
    // Quota exceeded or storage disabled (private mode): the page keeps working from memory.
  }
}
