// A code editor made of a plain <textarea> (so typing, selection, undo, IME and screen readers behave
// natively) over a highlighted <pre> mirror that shows colours, matching brackets and diagnostics.

const pairs = { "{": "}", "(": ")", "[": "]", '"': '"' };
const closers = new Set(["}", ")", "]"]);
const indentUnit = "  ";

/** Wraps `textarea` with highlighting by `language.tokenize`, a line-number gutter and editing helpers. */
export class CodeEditor {
  constructor(textarea, language) {
    this.textarea = textarea;
    this.language = language;
    this.diagnostics = [];
    this.keyHandlers = [];
    this.changeListeners = [];
    this.tabMovesFocus = false;
    this.buildMirror();
    textarea.addEventListener("input", () => this.handleInput());
    textarea.addEventListener("keydown", (event) => this.handleKeydown(event));
    textarea.addEventListener("scroll", () => this.syncScroll());
    for (const type of ["select", "click", "keyup", "focus", "blur"]) textarea.addEventListener(type, () => this.scheduleRender());
    document.addEventListener("selectionchange", () => document.activeElement === textarea && this.scheduleRender());
    this.render();
  }

  /** Builds the gutter and the highlight layer around the textarea: body > gutter + surface > mirror + textarea. */
  buildMirror() {
    const body = document.createElement("div");
    body.className = "editor-body";
    this.gutter = document.createElement("div");
    this.gutter.className = "editor-gutter";
    this.gutter.setAttribute("aria-hidden", "true");
    this.surface = document.createElement("div");
    this.surface.className = "editor-surface";
    this.mirror = document.createElement("pre");
    this.mirror.className = "editor-mirror";
    this.mirror.setAttribute("aria-hidden", "true");
    this.textarea.classList.add("editor-input");
    this.textarea.spellcheck = false;
    this.textarea.setAttribute("autocapitalize", "off");
    this.textarea.setAttribute("autocomplete", "off");
    this.textarea.wrap = "off";
    this.textarea.replaceWith(body);
    this.surface.append(this.mirror, this.textarea);
    body.append(this.gutter, this.surface);
  }

  get value() {
    return this.textarea.value;
  }

  /** Replaces the whole text (for switching tabs or loading examples), which resets undo history. */
  set value(text) {
    this.textarea.value = text;
    this.handleInput();
  }

  get cursor() {
    return this.textarea.selectionStart;
  }

  /** Calls `listener(text)` after every change, typed or programmatic. */
  onChange(listener) {
    this.changeListeners.push(listener);
  }

  /** Lets a feature (autocomplete) see keys first; a handler returning true consumes the key. */
  addKeyHandler(handler) {
    this.keyHandlers.push(handler);
  }

  /** Shows `[{start, end, message, severity}]` as wavy underlines. */
  setDiagnostics(diagnostics) {
    this.diagnostics = diagnostics;
    this.scheduleRender();
  }

  /** Moves the caret to `offset` (optionally selecting up to `end`), focuses and scrolls it into view. */
  focusAt(offset, end = offset) {
    this.textarea.focus();
    this.textarea.setSelectionRange(offset, end);
    const { top } = this.caretPosition();
    if (top < 0 || top > this.textarea.clientHeight - 40) {
      this.textarea.scrollTop = Math.max(0, this.textarea.scrollTop + top - this.textarea.clientHeight / 3);
    }
    this.scheduleRender();
  }

  /**
   * Replaces `start…end` with `text` through the browser's editing command so Ctrl-Z undoes it, then puts
   * the caret at `caret` (default: after the inserted text).
   */
  replaceRange(start, end, text, caret = start + text.length) {
    this.textarea.focus();
    this.textarea.setSelectionRange(start, end);
    const applied = text === "" ? document.execCommand("delete") : document.execCommand("insertText", false, text);
    if (!applied) {
      this.textarea.setRangeText(text, start, end, "end");
      this.handleInput();
    }
    this.textarea.setSelectionRange(caret, caret);
  }

  /** Caret position in pixels within the visible editor surface (scrolling applied), for placing popups. */
  caretPosition(offset = this.cursor) {
    const before = this.value.slice(0, offset);
    const line = before.split("\n").length - 1;
    const column = expandTabs(before.slice(before.lastIndexOf("\n") + 1)).length;
    const style = getComputedStyle(this.textarea);
    const lineHeight = parseFloat(style.lineHeight);
    return {
      left: parseFloat(style.paddingLeft) + column * this.characterWidth() - this.textarea.scrollLeft,
      top: parseFloat(style.paddingTop) + line * lineHeight - this.textarea.scrollTop,
      lineHeight,
    };
  }

  /** Width of one monospace character, measured once the editor is visible (a hidden one measures 0). */
  characterWidth() {
    if (!this.measuredWidth) {
      const probe = document.createElement("span");
      probe.textContent = "0".repeat(40);
      this.mirror.append(probe);
      this.measuredWidth = probe.getBoundingClientRect().width / 40 || undefined;
      probe.remove();
    }
    return this.measuredWidth ?? 0;
  }

  handleInput() {
    this.render();
    for (const listener of this.changeListeners) listener(this.value);
  }

  handleKeydown(event) {
    if (this.keyHandlers.some((handler) => handler(event))) {
      event.preventDefault();
      return;
    }
    if (event.key === "Escape") {
      this.tabMovesFocus = true;
      return;
    }
    const handled = this.editingKey(event);
    if (event.key !== "Shift") this.tabMovesFocus = false;
    if (handled) event.preventDefault();
  }

  /** Editing conveniences: auto-closing pairs, smart Enter and Backspace, Tab indentation. */
  editingKey(event) {
    if (event.ctrlKey || event.metaKey || event.altKey || event.isComposing) return false;
    const { selectionStart: start, selectionEnd: end, value } = this.textarea;
    const next = value[end] ?? "";
    const previous = value[start - 1] ?? "";
    switch (event.key) {
      case "Tab":
        if (this.tabMovesFocus) return false;
        if (event.shiftKey || value.slice(start, end).includes("\n")) this.indentLines(event.shiftKey ? -1 : 1);
        else this.replaceRange(start, end, indentUnit);
        return true;
      case "Enter":
        return this.insertNewline(start, end);
      case "Backspace":
        if (start === end && pairs[previous] === next && next !== "") {
          this.replaceRange(start - 1, end + 1, "");
          return true;
        }
        return false;
      default:
        break;
    }
    if (closers.has(event.key) || (event.key === '"' && start === end)) {
      if (start === end && next === event.key) {
        this.textarea.setSelectionRange(start + 1, start + 1);
        this.scheduleRender();
        return true;
      }
      if (closers.has(event.key)) return this.dedentCloser(event.key, start, end);
    }
    if (pairs[event.key]) {
      if (start !== end) {
        this.replaceRange(start, end, event.key + value.slice(start, end) + pairs[event.key], end + 2);
        return true;
      }
      if (/[\w$]/.test(next) || (event.key === '"' && /[\w"]/.test(previous))) return false;
      this.replaceRange(start, end, event.key + pairs[event.key], start + 1);
      return true;
    }
    return false;
  }

  /** Enter keeps the current indentation and opens an indented line between a bracket pair. */
  insertNewline(start, end) {
    const value = this.value;
    const lineStart = value.lastIndexOf("\n", start - 1) + 1;
    const indent = /^[ \t]*/.exec(value.slice(lineStart, start))[0];
    const before = value.slice(lineStart, start).trimEnd().slice(-1);
    const afterOnLine = /^[ \t]*(.?)/.exec(value.slice(end))[1];
    if (pairs[before] && before !== '"') {
      const inner = `\n${indent}${indentUnit}`;
      const text = pairs[before] === afterOnLine ? `${inner}\n${indent}` : inner;
      this.replaceRange(start, end, text, start + inner.length);
    } else {
      this.replaceRange(start, end, `\n${indent}`);
    }
    return true;
  }

  /** Typing a closing bracket on a blank line outdents it one level to line up with its opener. */
  dedentCloser(key, start, end) {
    const value = this.value;
    const lineStart = value.lastIndexOf("\n", start - 1) + 1;
    const beforeOnLine = value.slice(lineStart, start);
    if (start !== end || !/^[ \t]+$/.test(beforeOnLine) || !beforeOnLine.endsWith(indentUnit)) return false;
    this.replaceRange(start - indentUnit.length, start, key);
    return true;
  }

  /** Indents (direction 1) or outdents (-1) every line the selection touches, keeping it selected. */
  indentLines(direction) {
    const { selectionStart: start, selectionEnd: end, value } = this.textarea;
    const blockStart = value.lastIndexOf("\n", start - 1) + 1;
    const blockEnd = end > start && value[end - 1] === "\n" ? end - 1 : end;
    const lines = value.slice(blockStart, blockEnd).split("\n");
    const changed = lines.map((line) => (direction > 0 ? indentUnit + line : line.replace(/^ {1,2}|^\t/, "")));
    const text = changed.join("\n");
    if (text === lines.join("\n")) return;
    const firstLineDelta = changed[0].length - lines[0].length;
    this.replaceRange(blockStart, blockEnd, text);
    this.textarea.setSelectionRange(Math.max(blockStart, start + firstLineDelta), blockStart + text.length);
  }

  syncScroll() {
    this.mirror.scrollTop = this.textarea.scrollTop;
    this.mirror.scrollLeft = this.textarea.scrollLeft;
    this.gutter.scrollTop = this.textarea.scrollTop;
  }

  scheduleRender() {
    if (this.renderPending) return;
    this.renderPending = true;
    requestAnimationFrame(() => {
      this.renderPending = false;
      this.render();
    });
  }

  /** Redraws the mirror: one span per run of text sharing token class, diagnostic and bracket-match state. */
  render() {
    const text = this.value;
    const tokens = this.language.tokenize(text);
    const focused = document.activeElement === this.textarea;
    const matched = focused ? matchingBrackets(tokens, this.textarea.selectionStart, this.textarea.selectionEnd) : [];
    const marks = [];
    for (const token of tokens) marks.push({ start: token.start, end: token.end, className: token.className });
    for (const diagnostic of this.diagnostics) marks.push({ start: diagnostic.start, end: diagnostic.end, className: `diagnostic diagnostic-${diagnostic.severity}` });
    for (const token of matched) marks.push({ start: token.start, end: token.end, className: "bracket-match" });
    this.mirror.innerHTML = `${renderMarks(text, marks)}\n `;
    const lineCount = text.split("\n").length;
    if (lineCount !== this.renderedLineCount) {
      this.gutter.textContent = Array.from({ length: lineCount }, (_, index) => index + 1).join("\n") + "\n ";
      this.renderedLineCount = lineCount;
    }
    this.syncScroll();
  }
}

/** Width of text in columns with tabs expanded the way the CSS `tab-size: 2` shows them. */
function expandTabs(text) {
  return text.replace(/\t/g, indentUnit);
}

/** The bracket token beside the caret and its partner, or nothing when unmatched or text is selected. */
function matchingBrackets(tokens, selectionStart, selectionEnd) {
  if (selectionStart !== selectionEnd) return [];
  const brackets = tokens.filter((token) => "{}()[]".includes(token.value) && token.value.length === 1 && token.className === "tok-punctuation");
  const partner = new Map();
  const open = [];
  for (const token of brackets) {
    if ("{([".includes(token.value)) {
      open.push(token);
    } else if (open.length && pairs[open[open.length - 1].value] === token.value) {
      const opener = open.pop();
      partner.set(opener, token);
      partner.set(token, opener);
    }
  }
  const atCaret = brackets.find((token) => token.end === selectionStart) ?? brackets.find((token) => token.start === selectionStart);
  return atCaret && partner.has(atCaret) ? [atCaret, partner.get(atCaret)] : [];
}

/** Renders text as HTML, splitting it at every mark boundary so overlapping marks combine their classes. */
function renderMarks(text, marks) {
  const sorted = marks.filter((mark) => mark.end > mark.start).sort((a, b) => a.start - b.start);
  const boundaries = new Set([0, text.length]);
  for (const mark of sorted) {
    boundaries.add(Math.min(mark.start, text.length));
    boundaries.add(Math.min(mark.end, text.length));
  }
  const points = [...boundaries].sort((a, b) => a - b);
  let active = [];
  let nextMark = 0;
  let html = "";
  for (let index = 0; index < points.length - 1; index += 1) {
    const from = points[index];
    const to = points[index + 1];
    active = active.filter((mark) => mark.end > from);
    while (nextMark < sorted.length && sorted[nextMark].start <= from) active.push(sorted[nextMark++]);
    const escaped = escapeHTML(text.slice(from, to));
    html += active.length ? `<span class="${active.map((mark) => mark.className).join(" ")}">${escaped}</span>` : escaped;
  }
  return html;
}

/** Escapes text for insertion into HTML markup. */
function escapeHTML(text) {
  return text.replace(/[&<>"]/g, (character) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[character]);
}
