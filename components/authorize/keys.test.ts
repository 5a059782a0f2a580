import { describe, expect, it } from "vitest";
import { comboboxKey, moveIndex, tabKey, type ComboState } from "./keys";

describe("moveIndex: wrapping movement", () => {
  it.each<[Parameters<typeof moveIndex>[0], number, number, number]>([
    ["next", -1, 3, 0],
    ["next", 0, 3, 1],
    ["next", 2, 3, 0],
    ["previous", -1, 3, 2],
    ["previous", 0, 3, 2],
    ["previous", 2, 3, 1],
    ["first", 2, 3, 0],
    ["last", 0, 3, 2],
    ["next", 0, 0, -1],
    ["last", -1, 0, -1],
  ])("%s from %i of %i → %i", (key, from, count, to) => expect(moveIndex(key, from, count)).toBe(to));
});

describe("tabKey: APG tabs", () => {
  it.each<[string, number, number | null]>([
    ["ArrowRight", 0, 1],
    ["ArrowRight", 2, 0],
    ["ArrowLeft", 0, 2],
    ["ArrowLeft", 1, 0],
    ["Home", 2, 0],
    ["End", 0, 2],
    ["ArrowDown", 0, null],
    ["Enter", 0, null],
    ["Tab", 1, null],
  ])("%s from tab %i of 3 → %s", (key, from, to) => expect(tabKey(key, from, 3)).toBe(to));
});

const closed: ComboState = { open: false, active: -1 };
const openNone: ComboState = { open: true, active: -1 };
const key = (k: string, more: Partial<{ altKey: boolean; query: string; count: number; chips: number }> = {}) => ({
  key: k,
  query: "",
  count: 4,
  chips: 2,
  ...more,
});

describe("comboboxKey: APG editable combobox with list autocomplete", () => {
  it.each<[string, ComboState, ReturnType<typeof key>, ReturnType<typeof comboboxKey>]>([
    ["ArrowDown opens on the first option", closed, key("ArrowDown"), { state: { open: true, active: 0 }, handled: true }],
    ["ArrowDown moves down", { open: true, active: 1 }, key("ArrowDown"), { state: { open: true, active: 2 }, handled: true }],
    ["ArrowDown wraps to the first", { open: true, active: 3 }, key("ArrowDown"), { state: { open: true, active: 0 }, handled: true }],
    ["ArrowDown from the text highlights the first", openNone, key("ArrowDown"), { state: { open: true, active: 0 }, handled: true }],
    ["Alt+ArrowDown opens without choosing", closed, key("ArrowDown", { altKey: true }), { state: openNone, handled: true }],
    ["ArrowDown with nothing to offer stays closed", closed, key("ArrowDown", { count: 0 }), { state: closed, handled: true }],
    ["ArrowUp opens on the last option", closed, key("ArrowUp"), { state: { open: true, active: 3 }, handled: true }],
    ["ArrowUp wraps to the last", { open: true, active: 0 }, key("ArrowUp"), { state: { open: true, active: 3 }, handled: true }],
    ["Alt+ArrowUp closes", { open: true, active: 2 }, key("ArrowUp", { altKey: true }), { state: closed, handled: true }],
    ["Home goes to the first option", { open: true, active: 2 }, key("Home"), { state: { open: true, active: 0 }, handled: true }],
    ["End goes to the last option", { open: true, active: 1 }, key("End"), { state: { open: true, active: 3 }, handled: true }],
    ["Home while editing moves the caret", openNone, key("Home", { query: "lead" }), { state: openNone, handled: false }],
    ["End with the list closed moves the caret", closed, key("End", { query: "lead" }), { state: closed, handled: false }],
    ["Enter adds the highlighted option", { open: true, active: 1 }, key("Enter"), { state: closed, effect: "add-active", handled: true }],
    [
      "Enter with none highlighted adds the text",
      openNone,
      key("Enter", { query: "Custom.x.READ" }),
      { state: closed, effect: "add-typed", handled: true },
    ],
    ["Enter with nothing typed does not submit the form", closed, key("Enter"), { state: closed, handled: true }],
    ["a comma adds the text", openNone, key(",", { query: "A.b.READ" }), { state: closed, effect: "add-typed", handled: true }],
    ["a comma alone is swallowed", closed, key(","), { state: closed, handled: true }],
    ["Escape closes the list", { open: true, active: 2 }, key("Escape", { query: "lead" }), { state: closed, handled: true }],
    ["a second Escape clears the text", closed, key("Escape", { query: "lead" }), { state: closed, effect: "clear-text", handled: true }],
    ["Escape with nothing to do is not ours", closed, key("Escape"), { state: closed, handled: false }],
    ["Tab closes and leaves, adding nothing", { open: true, active: 1 }, key("Tab", { query: "lead" }), { state: closed, handled: false }],
    [
      "Backspace in an empty field removes the last chip",
      closed,
      key("Backspace"),
      { state: closed, effect: "remove-last", handled: true },
    ],
    ["Backspace in text edits the text", openNone, key("Backspace", { query: "le" }), { state: openNone, handled: false }],
    ["Backspace with no chips does nothing", closed, key("Backspace", { chips: 0 }), { state: closed, handled: false }],
    ["a letter is the input's", openNone, key("a"), { state: openNone, handled: false }],
  ])("%s", (_, state, input, expected) => expect(comboboxKey(state, input)).toEqual(expected));
});
