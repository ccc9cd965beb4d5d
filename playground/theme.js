// Light and dark themes: the system preference by default, `?theme=dark|light` for links and screenshots,
// and a toggle whose choice is remembered.

const storageKey = "tutorgraph.playground.theme";

/** Applies the initial theme and wires `button` to switch between light and dark. */
export function setUpTheme(button, parameters) {
  const requested = parameters.get("theme");
  const chosen = ["light", "dark"].includes(requested) ? requested : readChoice();
  if (chosen) document.documentElement.dataset.theme = chosen;
  updateButton(button);
  button.addEventListener("click", () => {
    const next = effectiveTheme() === "dark" ? "light" : "dark";
    document.documentElement.dataset.theme = next;
    try {
      localStorage.setItem(storageKey, next);
    } catch {
      // Storage disabled: the choice lasts until the page is reloaded.
    }
    updateButton(button);
  });
  matchMedia("(prefers-color-scheme: dark)").addEventListener("change", () => updateButton(button));
}

function readChoice() {
  try {
    return localStorage.getItem(storageKey);
  } catch {
    return null;
  }
}

function effectiveTheme() {
  return document.documentElement.dataset.theme ?? (matchMedia("(prefers-color-scheme: dark)").matches ? "dark" : "light");
}

function updateButton(button) {
  const dark = effectiveTheme() === "dark";
  button.setAttribute("aria-pressed", String(dark));
  button.setAttribute("aria-label", dark ? "Dark theme on; switch to light" : "Dark theme off; switch to dark");
  button.title = dark ? "Switch to light theme" : "Switch to dark theme";
}
