import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";

// The accessibility bar (issue 14): WCAG 2.2 AA, experimental rules included, on every page state the
// suite visits, in light and dark, at 1280 and 390 px. The page is not reloaded between modes, so a
// state such as "form errors shown" is checked as it is.
const WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"];
const MODES = [
  { scheme: "light", width: 1280, height: 800 },
  { scheme: "dark", width: 1280, height: 800 },
  { scheme: "light", width: 390, height: 844 },
  { scheme: "dark", width: 390, height: 844 },
] as const;
// The narrowest phone we promise: nothing scrolls sideways.
const NARROWEST = 360;

// A streamed page is revealed by React after the document's load event (React 19 batches Suspense reveals),
// so a check right after page.goto can meet the loading skeleton instead of the page.
export async function waitForPage(page: Page) {
  await expect(page.getByTestId("page-skeleton")).toHaveCount(0);
}

// After a colour-scheme switch, Sonner re-themes its toasts from a matchMedia listener a render later, and
// buttons run their 150 ms colour transitions: axe would measure colours that are never shown at rest (a dark
// page measured 4.11:1 once). Wait for the toasts' theme, then jump every finite animation to its end, as
// Playwright's own screenshots do (`animations: "disabled"`); infinite ones (spinners) are left running.
async function settle(page: Page, scheme: "light" | "dark") {
  await page.waitForFunction(
    (want) =>
      [...document.querySelectorAll("[data-sonner-toaster]")].every((toaster) => toaster.getAttribute("data-sonner-theme") === want),
    scheme,
  );
  await page.evaluate(() => {
    for (const animation of document.getAnimations()) {
      if (Number.isFinite(animation.effect?.getComputedTiming().endTime)) animation.finish();
    }
  });
}

// Sonner dismisses a toast after 4 s with a fade, and one that started leaving during a check was measured half
// faded (a "Copied" toast, 1.04:1 once in CI). Sonner holds its toasts while the document is hidden, so the page
// is told it is hidden for the checks (toasts already leaving are waited out first) and visible again after.
// Hovering the toaster holds them too, but resizing the page to the next width moved it from under the pointer.
async function holdToasts(page: Page, hold: boolean) {
  if (hold) await expect(page.locator('[data-sonner-toast][data-removed="true"]')).toHaveCount(0);
  await page.evaluate((hidden) => {
    if (hidden) Object.defineProperty(document, "hidden", { configurable: true, get: () => true });
    else Reflect.deleteProperty(document, "hidden");
    document.dispatchEvent(new Event("visibilitychange"));
  }, hold);
}

export async function expectAccessible(page: Page, state: string) {
  await waitForPage(page);
  // Four axe runs take seconds on a busy machine: each check brings its own time, not the test's.
  test.info().setTimeout(test.info().timeout + 30_000);
  const before = page.viewportSize() ?? { width: 1280, height: 800 };
  const problems: string[] = [];
  await holdToasts(page, true);
  for (const mode of MODES) {
    await page.emulateMedia({ colorScheme: mode.scheme });
    await page.setViewportSize({ width: mode.width, height: mode.height });
    await settle(page, mode.scheme);
    // Experimental rules (label-content-name-mismatch, …) only run when asked for by tag; best-practice
    // rules that ride along with that tag are dropped below: the bar is WCAG.
    // Legacy mode runs axe inside the page. Otherwise analyze() finishes its run in a new blank tab
    // (axe-core-npm packages/playwright/src/index.ts, finishRun; microsoft/playwright#23183), which can take
    // the window's focus: the focused field blurs and an open listbox closes, so the check changed the
    // state it was checking (e2e/keyboard.spec.ts failed on it 2 runs in 4). The pages have no iframes.
    const result = await new AxeBuilder({ page })
      .withTags([...WCAG, "experimental"])
      .setLegacyMode()
      .analyze();
    for (const violation of result.violations) {
      if (!violation.tags.some((tag) => WCAG.includes(tag))) continue;
      for (const node of violation.nodes) {
        problems.push(
          `${mode.scheme} ${mode.width}px · ${violation.id} · ${node.target.join(" ")} · ${node.failureSummary?.split("\n")[1]?.trim() ?? ""}`,
        );
      }
    }
  }
  await page.setViewportSize({ width: NARROWEST, height: 740 });
  const overflow = await page.evaluate(() => {
    const width = document.documentElement.scrollWidth - window.innerWidth;
    if (width <= 0) return null;
    const wide = [...document.querySelectorAll("body *")]
      .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 1)
      .slice(0, 3)
      .map((el) => `${el.tagName.toLowerCase()}${el.id ? "#" + el.id : ""}.${[...el.classList].slice(0, 3).join(".")}`);
    return `${width}px too wide (${wide.join(", ")})`;
  });
  if (overflow) problems.push(`light ${NARROWEST}px · horizontal scroll · ${overflow}`);
  await holdToasts(page, false);
  await page.emulateMedia({ colorScheme: "light" });
  await page.setViewportSize(before);
  expect.soft(problems, `accessibility of ${state} (${page.url()})`).toEqual([]);
}
