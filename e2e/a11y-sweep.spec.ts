import { expect, test, type Page } from "@playwright/test";
import { expectAccessible, waitForPage } from "./a11y";
import { owner, signIn, slug } from "./owner";

// Every console, sandbox and auth page through the accessibility bar (e2e/a11y.ts), after the other
// specs ran (playwright.config.ts: project "a11y"), so the pages hold their data: with data, empty (a
// workspace of its own), and with form errors shown.
test.setTimeout(300_000);

async function firstHref(page: Page, list: string, pattern: RegExp) {
  await page.goto(list);
  await waitForPage(page);
  const hrefs = await page.locator("main a[href]").evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
  const href = hrefs.find((h) => pattern.test(h));
  expect(href, `a link matching ${pattern} on ${list}`).toBeTruthy();
  return href!;
}

test("signed out: sign-in, its error, not found, sandbox landing", async ({ page }) => {
  await page.goto("/sign-in");
  await expectAccessible(page, "sign-in");
  await page.getByLabel("Email").fill(owner.email);
  await page.getByLabel("Password").fill("wrong password!!");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("That email and password do not match an account.")).toBeVisible();
  await expectAccessible(page, "sign-in with an error");
  await page.goto("/invite/not-a-real-token");
  await expectAccessible(page, "invite link that does not exist");
  // An alert mail's unsubscribe link that no mail carried (token-shaped): its confirm page says so.
  await page.goto(`/unsubscribe/${"A".repeat(43)}`);
  await expect(page.getByText("This unsubscribe link is not valid.")).toBeVisible();
  await expectAccessible(page, "unsubscribe link that does not exist");
  await page.goto("/no-such-page");
  await expectAccessible(page, "not found");
  await page.goto("/sandbox");
  await expectAccessible(page, "sandbox landing");
});

test("a workspace with data: every page", async ({ page }) => {
  await signIn(page);
  const base = `/w/${slug}`;
  for (const path of [
    "",
    "/clients",
    "/clients/transfer",
    "/authorize",
    "/callbacks",
    "/debug",
    "/grants",
    "/grants?status=active&sort=used&idle=1",
    "/grants/inventory",
    "/grants/self-client",
    "/reviews",
    "/members",
    "/audit",
    "/api",
    "/settings",
    "/settings/api-keys",
    "/settings/data-centres",
    "/settings/notifications",
    "/alerts",
  ]) {
    await page.goto(base + path);
    await expectAccessible(page, `${base}${path}`);
  }
  for (const [list, pattern] of [
    ["/clients", /\/clients\/[a-z0-9]{20,}$/],
    ["/grants", /\/grants\/[a-z0-9]{20,}$/],
    ["/callbacks", /\/callbacks\/[a-z0-9]{20,}$/],
  ] as const) {
    await page.goto(await firstHref(page, base + list, pattern));
    await expectAccessible(page, `${list} detail`);
  }
  // The request runner on its own page (a grant's "Call an API").
  await page.goto(`${await firstHref(page, `${base}/grants`, /\/grants\/[a-z0-9]{20,}$/)}/api?template=crm-coql`);
  await expectAccessible(page, "request runner");
  await page.goto("/account");
  await expectAccessible(page, "account");
  await page.goto("/sandbox/console");
  await expectAccessible(page, "sandbox console");
  await page.goto("/sandbox/us/oauth/v3/device");
  await expectAccessible(page, "sandbox device verification");
});

test("form errors shown", async ({ page }) => {
  await signIn(page);
  await page.goto(`/w/${slug}/clients/new`);
  await page.getByRole("button", { name: "Register client" }).click();
  await expect(page.getByText("Please correct the highlighted fields.")).toBeVisible();
  // Focus went to the first field to fix (components/form-message.tsx).
  await expect(page.locator('[aria-invalid="true"]').first()).toBeFocused();
  await expectAccessible(page, "new client with errors");
  await page.goto("/workspaces/new");
  await page.getByRole("button", { name: "Create workspace" }).click();
  await expectAccessible(page, "new workspace with errors");
  await page.goto(`/w/${slug}/debug`);
  await page.getByTestId("debug-input").fill("https://evil.example/oauth/callback?code=1000.abc&location=eu");
  await expectAccessible(page, "debugger with findings");
});

test("the sandbox consent page and the result page", async ({ page }) => {
  await signIn(page);
  await page.goto(`/w/${slug}/authorize`);
  await page.getByRole("button", { name: "Authorize" }).click();
  await expect(page).toHaveURL(/\/sandbox\/us\/oauth\/v2\/auth\?/);
  await expectAccessible(page, "sandbox consent");
  // The same request at the org-wide endpoint (its note), and one Zoho refuses (its own error page).
  const consent = page.url();
  await page.goto(consent.replace("/oauth/v2/auth?", "/oauth/v2/org/auth?"));
  await expect(page.getByTestId("sandbox-org-consent")).toBeVisible();
  await expectAccessible(page, "sandbox org-wide consent");
  await page.goto("/sandbox/us/oauth/v2/auth?client_id=1000.NOSUCHCLIENT&response_type=code");
  await expect(page.getByTestId("sandbox-error")).toHaveText("Invalid Client");
  await expectAccessible(page, "sandbox error page");
  await page.goto(consent);
  await page.getByLabel(/Emma Schmidt.*EU/).check();
  await page.getByRole("button", { name: "Accept", exact: true }).click();
  await expect(page).toHaveURL(/\/oauth\/result\//);
  await expectAccessible(page, "result page");
});

test("an empty workspace: the empty states", async ({ page }) => {
  await signIn(page);
  await page.goto("/workspaces/new");
  await page.getByLabel("Workspace name").fill(`Empty ${Date.now().toString(36)}`);
  await page.getByRole("button", { name: "Create workspace" }).click();
  await expect(page).toHaveURL(/\/w\/empty-/);
  const base = new URL(page.url()).pathname;
  for (const path of [
    "",
    "/clients",
    "/authorize",
    "/callbacks",
    "/grants",
    "/grants/inventory",
    "/reviews",
    "/audit",
    "/settings/api-keys",
    "/alerts",
  ]) {
    await page.goto(base + path);
    await expectAccessible(page, `empty ${path || "overview"}`);
  }
  // The bell, open, with nothing in it.
  await page
    .getByTestId("alert-bell")
    .getByRole("button", { name: /^Alerts/ })
    .click();
  await expect(page.getByTestId("alert-bell-empty")).toBeVisible();
  await expectAccessible(page, "the bell, open and empty");
});
