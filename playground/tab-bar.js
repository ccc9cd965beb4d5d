// The strip of query tabs: an ARIA tablist where arrow keys move between tabs, each with a close button,
// and a "+" button that opens a blank tab.

/** Renders `store`'s tabs into `element`; `onSelect(id)`, `onClose(id)` and `onAdd()` change them. */
export class TabBar {
  constructor(element, { onSelect, onClose, onAdd }) {
    this.element = element;
    this.callbacks = { onSelect, onClose, onAdd };
    element.addEventListener("keydown", (event) => this.handleKey(event));
  }

  render(tabs, activeId) {
    const items = tabs.map((tab) => this.renderTab(tab, tab.id === activeId));
    const add = document.createElement("button");
    add.type = "button";
    add.className = "tab-add";
    add.textContent = "+";
    add.title = "New tab";
    add.setAttribute("aria-label", "New tab");
    add.addEventListener("click", () => this.callbacks.onAdd());
    this.element.replaceChildren(...items, add);
  }

  renderTab(tab, isActive) {
    const wrapper = document.createElement("div");
    wrapper.className = "tab";
    wrapper.classList.toggle("active", isActive);
    const select = document.createElement("button");
    select.type = "button";
    select.className = "tab-title";
    select.id = `tab-${tab.id}`;
    select.setAttribute("role", "tab");
    select.setAttribute("aria-selected", String(isActive));
    select.setAttribute("aria-controls", "editor");
    select.tabIndex = isActive ? 0 : -1;
    select.textContent = tab.title;
    select.dataset.tabId = tab.id;
    select.addEventListener("click", () => this.callbacks.onSelect(tab.id));
    const close = document.createElement("button");
    close.type = "button";
    close.className = "tab-close";
    close.textContent = "×";
    close.setAttribute("aria-label", `Close tab ${tab.title}`);
    close.tabIndex = isActive ? 0 : -1;
    close.addEventListener("click", () => this.callbacks.onClose(tab.id));
    wrapper.append(select, close);
    return wrapper;
  }

  /** Left/Right (and Home/End) move between tabs as the ARIA tabs pattern expects. */
  handleKey(event) {
    const tabs = [...this.element.querySelectorAll('[role="tab"]')];
    const index = tabs.indexOf(document.activeElement);
    if (index < 0) return;
    const target = { ArrowLeft: index - 1, ArrowRight: index + 1, Home: 0, End: tabs.length - 1 }[event.key];
    if (target === undefined) return;
    event.preventDefault();
    const next = tabs[(target + tabs.length) % tabs.length];
    this.callbacks.onSelect(next.dataset.tabId);
    this.element.querySelector(`#${CSS.escape(next.id)}`)?.focus();
  }
}
