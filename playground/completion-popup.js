// The suggestion popup under the caret: opens while typing names, `$` or `@` (or on Ctrl-Space), is driven
// by the arrow keys, Enter/Tab accept, Escape closes. Suggestions come from completion-context + autocomplete.

import { suggest } from "./autocomplete.js";
import { completionContextAt } from "./completion-context.js";

const maxVisible = 50;
/** Typed text that opens the popup: a name character, `$`, `@`, or the `()` pair that starts arguments. */
const triggerText = /^(?:[\w$@]|\(\)?)$/;

/** Adds schema-driven completion to `editor`; `getSchema()` returns the current Schema or null. */
export function attachAutocomplete(editor, getSchema) {
  const popup = new CompletionPopup(editor, getSchema);
  // Deferred to a microtask: an edit made by the editor itself (auto-closed brackets) fires `input` before the
  // editor has placed the caret, and the context must be read at the final caret.
  editor.textarea.addEventListener("input", (event) => {
    const triggered = event.inputType === "insertText" && triggerText.test(event.data ?? "");
    if (triggered || popup.isOpen) queueMicrotask(() => popup.open());
  });
  editor.textarea.addEventListener("blur", () => popup.close());
  editor.textarea.addEventListener("mousedown", () => popup.close());
  editor.addKeyHandler((event) => popup.handleKey(event));
  return popup;
}

class CompletionPopup {
  constructor(editor, getSchema) {
    this.editor = editor;
    this.getSchema = getSchema;
    this.items = [];
    this.selected = 0;
    this.element = document.createElement("div");
    this.element.className = "completions";
    this.element.hidden = true;
    this.list = document.createElement("ul");
    this.list.id = `${editor.textarea.id}-completions`;
    this.list.setAttribute("role", "listbox");
    this.list.setAttribute("aria-label", "Suggestions");
    this.detail = document.createElement("div");
    this.detail.className = "completion-detail";
    this.element.append(this.list, this.detail);
    this.element.addEventListener("mousedown", (event) => event.preventDefault());
    editor.surface.append(this.element);
    editor.textarea.setAttribute("aria-autocomplete", "list");
    editor.textarea.setAttribute("aria-controls", this.list.id);
  }

  get isOpen() {
    return !this.element.hidden;
  }

  /** Recomputes suggestions for the caret and shows them, or closes when there are none. */
  open() {
    const { value, cursor } = this.editor;
    this.context = completionContextAt(value, cursor, this.getSchema());
    this.items = suggest(this.context, this.getSchema()).slice(0, maxVisible);
    if (this.items.length === 0 || this.editor.textarea.selectionStart !== this.editor.textarea.selectionEnd) {
      this.close();
      return;
    }
    this.selected = 0;
    this.renderItems();
    this.element.hidden = false;
    this.position();
  }

  close() {
    if (!this.isOpen) return;
    this.element.hidden = true;
    this.editor.textarea.removeAttribute("aria-activedescendant");
  }

  handleKey(event) {
    if (event.key === " " && event.ctrlKey) {
      this.open();
      return true;
    }
    if (!this.isOpen) return false;
    switch (event.key) {
      case "ArrowDown":
        this.select(this.selected + 1);
        return true;
      case "ArrowUp":
        this.select(this.selected - 1);
        return true;
      case "PageDown":
        this.select(Math.min(this.selected + 8, this.items.length - 1));
        return true;
      case "PageUp":
        this.select(Math.max(this.selected - 8, 0));
        return true;
      case "Enter":
      case "Tab":
        if (event.ctrlKey || event.metaKey || event.shiftKey) return false;
        this.accept(this.selected);
        return true;
      case "Escape":
        this.close();
        return true;
      case "ArrowLeft":
      case "ArrowRight":
      case "Home":
      case "End":
        this.close();
        return false;
      default:
        return false;
    }
  }

  /** Inserts the chosen suggestion; after an argument name it offers that argument's values straight away. */
  accept(index) {
    const item = this.items[index];
    if (!item) return;
    const { replaceStart, replaceEnd, kind } = this.context;
    this.close();
    this.editor.replaceRange(replaceStart, replaceEnd, item.insertText ?? item.label);
    if (kind === "Argument") this.open();
  }

  select(index) {
    const count = this.items.length;
    this.selected = (index + count) % count;
    for (const [position, option] of [...this.list.children].entries()) {
      option.setAttribute("aria-selected", String(position === this.selected));
    }
    const current = this.list.children[this.selected];
    current.scrollIntoView({ block: "nearest" });
    this.editor.textarea.setAttribute("aria-activedescendant", current.id);
    this.showDetail();
  }

  renderItems() {
    const options = this.items.map((item, index) => {
      const option = document.createElement("li");
      option.id = `${this.list.id}-${index}`;
      option.setAttribute("role", "option");
      if (item.deprecated) option.classList.add("deprecated");
      const label = document.createElement("span");
      label.className = "completion-label";
      label.textContent = item.label;
      const detail = document.createElement("span");
      detail.className = "completion-type";
      detail.textContent = item.detail ?? "";
      option.append(label, detail);
      option.addEventListener("click", () => this.accept(index));
      return option;
    });
    this.list.replaceChildren(...options);
    this.select(0);
  }

  showDetail() {
    const item = this.items[this.selected];
    const documentation = item?.documentation ?? "";
    this.detail.textContent = item?.deprecated ? `Deprecated. ${documentation}` : documentation;
    this.detail.hidden = this.detail.textContent === "";
  }

  /** Places the popup below the caret, or above it when there is no room below. */
  position() {
    const caret = this.editor.caretPosition(this.context.replaceStart);
    const surface = this.editor.surface.getBoundingClientRect();
    const height = this.element.offsetHeight;
    const below = caret.top + caret.lineHeight + 2;
    const top = below + height > surface.height && caret.top > height ? caret.top - height - 2 : below;
    this.element.style.left = `${Math.max(0, Math.min(caret.left, surface.width - this.element.offsetWidth - 8))}px`;
    this.element.style.top = `${Math.max(0, top)}px`;
  }
}
