import { expect, test } from "@playwright/test";
import { expectAccessible } from "./a11y";
import { signIn, slug } from "./owner";
import { registerSandboxClient } from "./register-sandbox-client";

// The builder tells where the code will land before anyone presses a button; Copy URL copies a real,
// single-use state; what comes back (or does not) is easy to find: the result page, the callbacks list
// with its client and Zoho user, the authorizations still waiting, the debugger.
// axe runs four times per state: slow on a busy machine.
test.describe.configure({ timeout: 180_000 });
// Each test stands on the one before (the client it registers, the grant it makes) but runs even when
// an earlier one fails a soft check.
// Fixed (not per import): a worker restarted after a failed test imports this file again.
const NAME = "Pre-flight demo";
const ELSEWHERE = "https://app.example.com/zoho/cb";

test("pre-flight warns where the code lands; Copy URL copies a real state that the callback takes once", async ({
  page,
  context,
  baseURL,
}) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: baseURL });
  await signIn(page);
  const consoleCallback = `${baseURL}/oauth/callback`;
  // At the sandbox only the console's callback is registered; in the console, also an app's own URI.
  await registerSandboxClient(page, NAME, consoleCallback, [consoleCallback, ELSEWHERE]);

  await page.goto(`/w/${slug}/authorize`);
  await page.getByLabel("Client", { exact: true }).selectOption({ label: `${NAME} (development)` });
  // The presets follow the client picker.
  const picker = await page.getByLabel("Client", { exact: true }).boundingBox();
  const presets = await page.getByText("Presets", { exact: true }).boundingBox();
  expect(presets!.y).toBeGreaterThan(picker!.y);

  const preflight = page.getByTestId("preflight");
  await page.getByLabel("Redirect URI").selectOption(consoleCallback);
  await expect(preflight).toContainText("The code comes back to this console.");
  await page.getByLabel("Redirect URI").selectOption(ELSEWHERE);
  await expect(preflight.locator('[data-finding-id="redirect-elsewhere"]')).toContainText("app.example.com");
  await expect(preflight.locator('[data-finding-id="sandbox-redirect-unregistered"]')).toBeVisible();
  await expect(page.getByRole("button", { name: "Authorize" })).toBeDisabled();
  await expectAccessible(page, "builder with pre-flight warnings");

  // Back to the console's callback: Copy URL mints the state Authorize would.
  await page.getByLabel("Redirect URI").selectOption(consoleCallback);
  await expect(page.getByTestId("auth-url")).toContainText("state=%7Bstate%3A+generated");
  await page.getByRole("button", { name: "Copy URL" }).click();
  await expect(page.getByTestId("minted-url")).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe((await page.getByTestId("minted-url").textContent())!.trim());
  const url = new URL(copied);
  expect(url.pathname).toBe("/sandbox/us/oauth/v2/auth");
  expect(url.searchParams.get("state")).toMatch(/^[\w-]{20,}$/);
  expect(copied).not.toContain("{");

  // Opened as a person would: consent at the sandbox, then the callback takes the state...
  const callback = page.waitForRequest((r) => r.url().startsWith(`${consoleCallback}?`));
  await page.goto(copied);
  await page.getByLabel(/Emma Schmidt.*EU/).check();
  await page.getByRole("button", { name: "Accept", exact: true }).click();
  const callbackUrl = (await callback).url();
  await expect(page).toHaveURL(/\/oauth\/result\//);
  await expect(page.getByTestId("result-outcome")).toHaveAttribute("data-outcome", "grant_created");
  // ...once.
  await page.goto(callbackUrl);
  await expect(page.getByTestId("result-outcome")).toHaveAttribute("data-outcome", "state_reused");
});

test("the result page names the client and opens that grant; signed out it offers a sign-in and nothing else", async ({
  page,
  browser,
}) => {
  await signIn(page);
  // The result page of this client's grant: the same id as its callback's.
  await page.goto(`/w/${slug}/callbacks?outcome=grant_created`);
  const href = await page.getByTestId("callback-row").filter({ hasText: NAME }).first().getByRole("link").getAttribute("href");
  const resultUrl = `/oauth/result/${href!.split("/").pop()}`;
  await page.goto(resultUrl);
  await expect(page.getByTestId("result-client")).toContainText(NAME);
  await expectAccessible(page, "result page, signed in");
  const see = page.getByRole("link", { name: "See the grant" });
  await expect(see).toHaveAttribute("href", new RegExp(`^/w/${slug}/grants/\\w+$`));
  await see.click();
  await expect(page).toHaveURL(new RegExp(`/w/${slug}/grants/\\w+$`));
  await expect(page.locator("body")).toContainText("emma.schmidt@sandbox.zoho.test");

  const stranger = await browser.newContext();
  const anonymous = await stranger.newPage();
  await anonymous.goto(new URL(resultUrl, page.url()).toString());
  await expect(anonymous.getByTestId("result-title")).toHaveText("Authorization complete");
  await expect(anonymous.locator("body")).not.toContainText(NAME);
  await expect(anonymous.locator("body")).not.toContainText("emma.schmidt");
  const signInLink = anonymous.getByRole("link", { name: "Sign in to see the details" });
  await expect(signInLink).toHaveAttribute("href", `/sign-in?next=${encodeURIComponent(resultUrl)}`);
  await expectAccessible(anonymous, "result page, signed out");
  await stranger.close();
});

test("callbacks: client and Zoho user columns, stacked on a phone; unknown states for admins; authorizations still waiting", async ({
  page,
  baseURL,
}) => {
  await signIn(page);
  // A redirect with a state this console never minted reaches no workspace.
  await page.goto(
    `/oauth/callback?code=1000.abc.def&location=us&accounts-server=${encodeURIComponent(`${baseURL}/sandbox/us`)}&state=never-minted`,
  );
  await expect(page.getByTestId("result-outcome")).toHaveAttribute("data-outcome", "unknown_state");
  // An authorization started and never answered (Authorize pressed, the consent page left).
  await page.goto(`/w/${slug}/authorize`);
  await page.getByLabel("Client", { exact: true }).selectOption({ label: `${NAME} (development)` });
  await page.getByRole("button", { name: "Authorize" }).click();
  await expect(page).toHaveURL(/\/sandbox\/us\/oauth\/v2\/auth\?/);

  await page.goto(`/w/${slug}/callbacks?stale=0`);
  const row = page.locator('[data-testid="callback-row"][data-outcome="grant_created"]').filter({ hasText: NAME }).first();
  await expect(row.getByTestId("callback-client")).toContainText(NAME);
  await expect(row.getByTestId("callback-zoho-user")).toContainText("emma.schmidt@sandbox.zoho.test");
  const waiting = page.getByTestId("stale-authorization").filter({ hasText: NAME }).first();
  await expect(waiting).toContainText("closed the consent page");
  await expect(waiting.locator('[data-cause="abandoned"]')).toBeVisible();
  const orphans = page.getByTestId("unattributed-callbacks");
  await orphans.locator("summary").click();
  await expect(orphans.getByTestId("unattributed-callback").first()).toHaveAttribute("data-outcome", "unknown_state");
  await expectAccessible(page, "callbacks list with stale authorizations and unattributed callbacks");

  // At 390 px a row is a card: its columns stack instead of scrolling sideways.
  await page.setViewportSize({ width: 390, height: 844 });
  const box = await row.boundingBox();
  expect(box!.width).toBeLessThanOrEqual(390);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.setViewportSize({ width: 1280, height: 800 });

  await row.click();
  await expect(page).toHaveURL(new RegExp(`/w/${slug}/callbacks/\\w+$`));
  await expect(page.locator("main")).toContainText(/ago|just now/);
  await expectAccessible(page, "callback detail");
});

test("the debugger's own examples pass its checks, and a sandbox answer is not called Zoho's", async ({ page }) => {
  await signIn(page);
  await page.goto(`/w/${slug}/debug`);
  const examples = page.getByTestId("debug-example");
  const labels = await examples.allTextContents();
  for (const label of labels) {
    await page.getByTestId("debug-example").filter({ hasText: label }).click();
    const errors = page.locator('[data-testid="debug-finding"][data-level="error"]');
    if (label.includes("broken")) await expect(errors.first()).toBeVisible();
    else await expect(errors, label).toHaveCount(0);
    await page.getByRole("button", { name: "Clear" }).click();
  }
  // A redirect from the sandbox's accounts server, pasted back: the sandbox is named, not Zoho.
  const origin = new URL(page.url()).origin;
  await page
    .getByTestId("debug-input")
    .fill(
      `${origin}/oauth/callback?code=1000.abc.def&state=abcdefghijklmnop&location=us&accounts-server=${encodeURIComponent(`${origin}/sandbox/us`)}`,
    );
  await expect(page.locator("main")).toContainText(`${origin}/sandbox/us/oauth/v2/token — the console's sandbox (us)`);
  await expectAccessible(page, "debugger with findings");
});
