// Drop-down menus built on <details>/<summary> (keyboard accessible without script): filling them, closing
// them on choice, on Escape and on a click elsewhere.

/** Fills a menu's list with buttons `{label, detail}`; choosing one closes the menu and calls `onChoose(item)`. */
export function fillMenu(menu, items, onChoose, emptyText = "Nothing here yet") {
  const list = menu.querySelector(".menu-list");
  list.replaceChildren();
  if (items.length === 0) {
    const empty = document.createElement("li");
    empty.className = "menu-empty";
    empty.textContent = emptyText;
    list.append(empty);
    return;
  }
  for (const item of items) {
    const entry = document.createElement("li");
    const button = document.createElement("button");
    button.type = "button";
    const label = document.createElement("span");
    label.className = "menu-label";
    label.textContent = item.label;
    button.append(label);
    if (item.detail) {
      const detail = document.createElement("span");
      detail.className = "menu-detail";
      detail.textContent = item.detail;
      button.append(detail);
    }
    button.addEventListener("click", () => {
      menu.open = false;
      onChoose(item);
    });
    entry.append(button);
    list.append(entry);
  }
}

/** Makes every `<details class="menu">` close on Escape (returning focus to its summary) and on outside clicks. */
export function setUpMenus(root) {
  const menus = [...root.querySelectorAll("details.menu")];
  for (const menu of menus) {
    menu.addEventListener("keydown", (event) => {
      if (event.key !== "Escape" || !menu.open) return;
      menu.open = false;
      menu.querySelector("summary").focus();
    });
    menu.addEventListener("toggle", () => {
      if (menu.open) for (const other of menus) if (other !== menu) other.open = false;
    });
  }
  document.addEventListener("click", (event) => {
    for (const menu of menus) if (menu.open && !menu.contains(event.target)) menu.open = false;
  });
}
