import { expect, type Locator, type Page } from "@playwright/test";

// Helpers for a keyboard-only walk: Tab (or Shift+Tab) until a control has focus, never a click, a
// fill or locator.focus(). Locators are only read (is it focused? what does it say?).

const isFocused = (target: Locator) => target.evaluate((el) => el === document.activeElement);

/** Presses Tab (or Shift+Tab) until `target` has focus; fails after `max` presses. Returns the count. */
export async function tabTo(page: Page, target: Locator, { back = false, max = 80 } = {}): Promise<number> {
  await expect(target).toBeVisible();
  for (let presses = 1; presses <= max; presses++) {
    await page.keyboard.press(back ? "Shift+Tab" : "Tab");
    if (await isFocused(target)) return presses;
  }
  throw new Error(`${target} not reached with ${max} ${back ? "Shift+Tab" : "Tab"} presses; focus is on ${await describeFocus(page)}`);
}

/** What has focus, for messages and checks: "body", or tag#id[role] "accessible-ish name". */
export function describeFocus(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return "body";
    const name = el.getAttribute("aria-label") ?? (el as HTMLInputElement).labels?.[0]?.textContent ?? el.textContent ?? "";
    const role = el.getAttribute("role");
    return `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""}${role ? `[${role}]` : ""} "${name.trim().slice(0, 60)}"`;
  });
}

/** Focus is somewhere real: never dropped to <body> (or nowhere). */
export async function expectFocusNotLost(page: Page) {
  expect(await describeFocus(page), "focus fell to <body>").not.toBe("body");
}

/** Select-all and type: replaces a field's text with the keyboard alone. */
export async function retype(page: Page, text: string) {
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.type(text);
}
