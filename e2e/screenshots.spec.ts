import { expect, test } from "@playwright/test";
import { waitForPage } from "./a11y";
import { signIn, slug } from "./owner";

// The README's pictures (docs/screenshots/): the main pages, light and dark, desktop and phone, taken after
// the other specs ran (playwright.config.ts: project "a11y"), so they show a workspace with data.
const MODES = [
  { name: "light-desktop", scheme: "light", width: 1280, height: 800 },
  { name: "dark-desktop", scheme: "dark", width: 1280, height: 800 },
  { name: "light-phone", scheme: "light", width: 390, height: 844 },
  { name: "dark-phone", scheme: "dark", width: 390, height: 844 },
] as const;

test("screenshots of the main pages", async ({ page }) => {
  await signIn(page);
  const base = `/w/${slug}`;
  await page.goto(`${base}/grants`);
  await waitForPage(page);
  const grant = await page.locator('main table a[href*="/grants/"]').first().getAttribute("href");
  expect(grant).toBeTruthy();
  const pages = [
    ["overview", base],
    ["authorize", `${base}/authorize`],
    ["grant", grant!],
    ["callbacks", `${base}/callbacks`],
  ] as const;
  for (const [name, path] of pages) {
    await page.goto(path);
    for (const mode of MODES) {
      await page.emulateMedia({ colorScheme: mode.scheme, reducedMotion: "reduce" });
      await page.setViewportSize({ width: mode.width, height: mode.height });
      // The page, not its loading skeleton (a streamed page is revealed after the load event).
      await waitForPage(page);
      await page.screenshot({ path: `docs/screenshots/${name}-${mode.name}.png`, animations: "disabled" });
    }
  }
});
