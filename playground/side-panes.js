// The Variables / Headers switcher under the query editor, following the ARIA tabs pattern.

/** Wires the two tabs so clicking or arrow keys show one panel and hide the other. */
export function setUpSidePanes() {
  const tabs = [...document.querySelectorAll(".side-tabs [role=tab]")];
  const show = (chosen) => {
    for (const tab of tabs) {
      const selected = tab === chosen;
      tab.setAttribute("aria-selected", String(selected));
      tab.tabIndex = selected ? 0 : -1;
      document.getElementById(tab.getAttribute("aria-controls")).hidden = !selected;
    }
  };
  for (const tab of tabs) {
    tab.addEventListener("click", () => show(tab));
    tab.addEventListener("keydown", (event) => {
      if (event.key !== "ArrowLeft" && event.key !== "ArrowRight") return;
      const next = tabs[(tabs.indexOf(tab) + 1) % tabs.length];
      show(next);
      next.focus();
    });
  }
}
