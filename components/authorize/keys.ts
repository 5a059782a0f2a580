// Keyboard logic of the scope combobox and the copy tabs, kept pure so it is tested on its own.
// The patterns are WAI-ARIA APG's: https://www.w3.org/WAI/ARIA/apg/patterns/combobox/ (editable
// combobox, list autocomplete without automatic selection) and https://www.w3.org/WAI/ARIA/apg/patterns/tabs/
// (automatic activation).

/** The next index in a list of `count` items for a movement key, wrapping at both ends; -1 when empty. */
export function moveIndex(key: "next" | "previous" | "first" | "last", index: number, count: number): number {
  if (count <= 0) return -1;
  if (key === "first") return 0;
  if (key === "last") return count - 1;
  if (key === "next") return index < 0 ? 0 : (index + 1) % count;
  return index < 0 ? count - 1 : (index - 1 + count) % count;
}

/** Tabs: ArrowRight/ArrowLeft (wrapping), Home and End; null for any other key. */
export function tabKey(key: string, index: number, count: number): number | null {
  const move = ({ ArrowRight: "next", ArrowLeft: "previous", Home: "first", End: "last" } as const)[key as "Home"];
  return move ? moveIndex(move, index, count) : null;
}

export type ComboState = { open: boolean; active: number };
export type ComboEffect = "add-active" | "add-typed" | "clear-text" | "remove-last";
export type ComboKeyResult = {
  state: ComboState;
  effect?: ComboEffect;
  /** The key was the combobox's: the browser's default (caret, form submission) is prevented. */
  handled: boolean;
};

/**
 * One key in the scope combobox. `count` is the number of options shown for the current text, `chips`
 * the number of scopes already chosen.
 * - ArrowDown/ArrowUp open the list (on the first/last option) or move, wrapping; Alt+ArrowDown opens
 *   it without choosing, Alt+ArrowUp closes it.
 * - Home/End go to the first/last option once an option is highlighted; while editing they move the caret.
 * - Enter adds the highlighted option, else the typed text; it never submits the form around it.
 * - A comma adds the typed text.
 * - Escape closes the list; with the list closed it clears the text.
 * - Tab closes the list and leaves: nothing is added, focus goes where the browser sends it.
 * - Backspace in an empty field removes the last chosen scope.
 */
export function comboboxKey(
  s: ComboState,
  e: { key: string; altKey?: boolean; query: string; count: number; chips: number },
): ComboKeyResult {
  const closed = { open: false, active: -1 };
  const typed = e.query.trim() !== "";
  switch (e.key) {
    case "ArrowDown":
      if (e.count === 0) return { state: closed, handled: true };
      if (e.altKey) return { state: { open: true, active: s.open ? s.active : -1 }, handled: true };
      return { state: { open: true, active: s.open ? moveIndex("next", s.active, e.count) : 0 }, handled: true };
    case "ArrowUp":
      if (e.altKey || e.count === 0) return { state: closed, handled: true };
      return { state: { open: true, active: s.open ? moveIndex("previous", s.active, e.count) : e.count - 1 }, handled: true };
    case "Home":
    case "End":
      if (!s.open || s.active < 0 || e.count === 0) return { state: s, handled: false };
      return { state: { open: true, active: moveIndex(e.key === "Home" ? "first" : "last", s.active, e.count) }, handled: true };
    case "Enter":
      if (s.open && s.active >= 0 && s.active < e.count) return { state: closed, effect: "add-active", handled: true };
      return typed ? { state: closed, effect: "add-typed", handled: true } : { state: s, handled: true };
    case ",":
      return typed ? { state: closed, effect: "add-typed", handled: true } : { state: s, handled: true };
    case "Escape":
      if (s.open) return { state: closed, handled: true };
      return typed ? { state: closed, effect: "clear-text", handled: true } : { state: s, handled: false };
    case "Tab":
      return { state: closed, handled: false };
    case "Backspace":
      return e.query === "" && e.chips > 0 ? { state: s, effect: "remove-last", handled: true } : { state: s, handled: false };
    default:
      return { state: s, handled: false };
  }
}
