import { expect, test } from "@playwright/test";
import { expectAccessible } from "./a11y";
import { signIn, slug } from "./owner";

// A workspace page that fails, as a person sees it: the header stays, the page says so plainly with a
// reference for the operator (never the error itself), and "Try again" renders the page again once the
// cause is gone. The failure is lib/test-fault.ts's hook (playwright.config.ts starts the console with
// CONSOLE_TEST_FAULTS=1); its cookie makes the page fail, and removing it is the cause going away.
test("a failing workspace page shows a reference and recovers with Try again", async ({ page, context, baseURL }) => {
  await signIn(page);
  await context.addCookies([{ name: "console-test-fault", value: "render", url: baseURL! }]);
  await page.goto(`/w/${slug}`);
  const notice = page.getByTestId("error-notice");
  await expect(notice.getByRole("heading", { name: "Something went wrong" })).toBeVisible();
  await expect(page.getByTestId("error-reference")).toHaveText(/^Reference: \w+$/);
  await expect(notice).not.toContainText("fault the tests injected");
  await expect(page.getByRole("navigation", { name: "Workspace" })).toBeVisible();

  await context.clearCookies({ name: "console-test-fault" });
  await notice.getByRole("button", { name: "Try again" }).click();
  await expect(page.getByTestId("error-notice")).toHaveCount(0);
  await expect(page.getByTestId("stat").first()).toBeVisible();
});

// The callback's own answer when it cannot record what arrived (its database is down; here the same hook):
// a plain page, no trace, and as readable as the console's pages.
test("a callback the console cannot record answers a plain page", async ({ page, context, baseURL }) => {
  await context.addCookies([{ name: "console-test-fault", value: "render", url: baseURL! }]);
  const response = await page.goto("/oauth/callback?code=1000.abc.def&state=not-a-real-state&location=us");
  expect(response?.status()).toBe(503);
  await expect(page.getByRole("heading", { name: "The console could not record this callback" })).toBeVisible();
  await expect(page.locator("body")).not.toContainText("fault the tests injected");
  await expectAccessible(page, "callback not recorded");
});
