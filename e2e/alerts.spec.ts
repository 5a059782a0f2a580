import { expect, test } from "@playwright/test";
import { expectAccessible } from "./a11y";
import { signIn, slug } from "./owner";
import { registerSandboxClient } from "./register-sandbox-client";

// Issue 17: "an invalidated grant shows in the bell". A grant made through the sandbox, revoked behind the
// console's back (the sandbox's Connected Apps), then refreshed: Zoho answers invalid_code, the console marks
// the grant invalid and raises grant.invalidated. The bell counts it, lists it, links to the grant; the open
// bell passes the accessibility bar, closes with Escape (focus back on the bell), and fits a 390 px phone.
test.describe.configure({ timeout: 180_000 });
const NAME = "Bell demo";

test("an invalidated grant shows in the bell and links to the grant", async ({ page, baseURL }) => {
  await signIn(page);
  const { zohoClientId } = await registerSandboxClient(page, NAME, `${baseURL}/oauth/callback`);

  await page.goto(`/w/${slug}/authorize`);
  await page.getByLabel("Client", { exact: true }).selectOption({ label: `${NAME} (development)` });
  await page.getByRole("button", { name: "Authorize" }).click();
  await page.getByLabel(/Ava Carter/).check();
  await page.getByRole("button", { name: "Accept", exact: true }).click();
  await expect(page.getByTestId("result-title")).toHaveText("Authorized — grant stored");
  await page.getByRole("link", { name: "See the grant" }).click();
  await expect(page).toHaveURL(new RegExp(`/w/${slug}/grants/[a-z0-9]{20,}$`));
  const grantPath = new URL(page.url()).pathname;

  // Start from nothing unread, so the count below is this alert's.
  const bell = page.getByTestId("alert-bell");
  const bellButton = bell.getByRole("button", { name: /^Alerts/ });
  await bellButton.click();
  await expect(bell.getByText("Loading alerts…")).toHaveCount(0);
  // Only when something is unread: with every alert read the button is shown but aria-disabled, and a click
  // on it would wait for it to be enabled until the test times out.
  if ((await bell.getAttribute("data-unread")) !== "0") {
    await bell.getByRole("button", { name: "Mark all read" }).click();
    await expect(bell).toHaveAttribute("data-unread", "0");
  }
  await page.keyboard.press("Escape");

  // Zoho forgets the grant (a user removes the app in Connected Apps); the next refresh finds out.
  const revoked = await page.request.post(`/sandbox/control/connected-apps?workspace=${slug}`, { data: { client_id: zohoClientId } });
  expect(revoked.status()).toBe(200);
  await page.getByRole("button", { name: "Refresh now" }).click();
  await expect(page.getByText("invalid", { exact: true }).first()).toBeVisible();

  await expect(bellButton).toHaveAccessibleName(/^Alerts\s*1\s*unread$/);
  await bellButton.click();
  await expect(bellButton).toHaveAttribute("aria-expanded", "true");
  const item = bell.locator(`a[data-testid="alert-item"][href="${grantPath}"]`);
  await expect(item).toHaveAttribute("data-alert-type", "grant.invalidated");
  await expect(item).toHaveAttribute("data-unread", "true");
  await expect(item).toContainText("Grant invalidated by Zoho");
  await expect(item).toContainText("invalid_code");
  // The exact time is on hover.
  await expect(item.locator("time")).toHaveAttribute("title", /\d/);
  await expectAccessible(page, "the bell, open, with an unread alert");

  // Escape closes it and gives focus back to the bell.
  await page.keyboard.press("Escape");
  await expect(bell.getByRole("region")).toHaveCount(0);
  await expect(bellButton).toBeFocused();

  // Click through to the page that explains it.
  await page.goto(`/w/${slug}`);
  await bellButton.click();
  await item.click();
  await expect(page).toHaveURL(new RegExp(`${grantPath}$`));
  await expect(bell.getByRole("region")).toHaveCount(0);

  // Mark all read: the count goes, the alert stays listed, read.
  await bellButton.click();
  await bell.getByRole("button", { name: "Mark all read" }).click();
  await expect(bell.getByRole("status")).toHaveText("All alerts marked read.");
  await expect(item).toHaveAttribute("data-unread", "false");
  await expect(bellButton).toHaveAccessibleName("Alerts");
  await page.reload();
  await expect(bell).toHaveAttribute("data-unread", "0");

  // On a 390 px phone the bell sits beside the menu and its panel fits the screen.
  await page.setViewportSize({ width: 390, height: 844 });
  await bellButton.click();
  const panel = bell.getByRole("region", { name: "Alerts" });
  await expect(panel).toBeVisible();
  const box = (await panel.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(390);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await expectAccessible(page, "the bell, open, all read");

  // "See all" leads to the alerts page, which lists it too.
  await panel.getByRole("link", { name: "See all alerts" }).click();
  await expect(page).toHaveURL(new RegExp(`/w/${slug}/alerts$`));
  await expect(page.locator(`main a[href="${grantPath}"]`).first()).toBeVisible();
  await expectAccessible(page, "the alerts page");
});

test("email notifications: a member's own choices", async ({ page }) => {
  await signIn(page);
  await page.goto(`/w/${slug}/alerts`);
  await page.getByRole("link", { name: "Email me alerts" }).click();
  await expect(page).toHaveURL(new RegExp(`/w/${slug}/settings/notifications$`));
  await expect(page.getByRole("heading", { name: "Email notifications" })).toBeVisible();
  // The e2e console has no SMTP_URL: the page says so and the form is off.
  await expect(page.getByTestId("smtp-missing")).toContainText("Email is not set up on this console.");
  await expect(page.getByRole("checkbox", { name: /^Zoho stopped accepting/ })).toBeDisabled();
  await expectAccessible(page, "email notifications without SMTP");
});
