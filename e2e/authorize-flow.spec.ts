import fs from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { owner, signIn, slug } from "./owner";

// The walking skeleton, as a new user lives it on the embedded default (after first-run.setup.ts): sign in →
// register a sandbox client → build the URL → Authorize → sandbox consent → result → grant listed.
test.describe.configure({ mode: "serial" });

let clientName = "";

async function registerAtSandbox(page: Page, redirectUri: string) {
  await page.goto("/sandbox/console");
  await page.getByLabel("Name", { exact: true }).fill("Acme CRM sync");
  await page.getByLabel(/Redirect URIs/).fill(redirectUri);
  await page.getByRole("button", { name: /register/i }).click();
  const id = (await page.getByTestId("sandbox-client-id").textContent())?.trim() ?? "";
  const secret = (await page.getByTestId("sandbox-client-secret").textContent())?.trim() ?? "";
  expect(id).toMatch(/^1000\.[A-Z0-9]{30}$/);
  expect(secret).toMatch(/^[0-9a-f]{42}$/);
  return { id, secret };
}

async function authorizeAndConsent(page: Page, user: RegExp, button: "Accept" | "Reject") {
  await page.goto(`/w/${slug}/authorize`);
  const url = page.getByTestId("auth-url");
  await expect(url).toContainText("/oauth/v2/auth?scope=AaaServer.profile.READ%2CZohoCRM.modules.ALL");
  // Swap a scope using the catalog: the URL follows every change, with no round trip.
  await page.getByRole("button", { name: "Remove ZohoCRM.modules.ALL" }).click();
  await page.getByRole("combobox", { name: "Add a scope" }).fill("modules.READ");
  await page.getByRole("option", { name: /^ZohoCRM\.modules\.READ/ }).click();
  await expect(url).toContainText("scope=AaaServer.profile.READ%2CZohoCRM.modules.READ&");
  await page.getByRole("button", { name: "Authorize" }).click();
  await expect(page).toHaveURL(/\/sandbox\/us\/oauth\/v2\/auth\?/);
  await page.getByLabel(user).check();
  await page.getByRole("button", { name: button, exact: true }).click();
  await expect(page).toHaveURL(/\/oauth\/result\//);
}

test("sign out and sign in again", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(owner.email);
  await page.getByLabel("Password").fill("wrong password!!");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("That email and password do not match an account.")).toBeVisible();
  await page.getByLabel("Password").fill(owner.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(new RegExp(`/w/${slug}$`));
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  await page.goto(`/w/${slug}/clients`);
  await expect(page).toHaveURL(/\/sign-in/);
});

test.describe("signed in", () => {
  test.beforeEach(async ({ page }) => signIn(page));

  test("register a client, authorize as an EU user, see the grant", async ({ page, baseURL }) => {
    const redirectUri = `${baseURL}/oauth/callback`;
    const sandbox = await registerAtSandbox(page, redirectUri);

    await page.goto(`/w/${slug}/clients/new`);
    clientName = "Acme CRM sync";
    await page.getByLabel("Name").fill(clientName);
    await page.getByLabel(/Built-in Zoho sandbox/).check();
    await page.getByLabel("Client ID").fill(sandbox.id);
    await page.getByLabel("Client Secret").fill(sandbox.secret);
    await page.getByLabel("Redirect URIs").fill(redirectUri);
    await page.getByRole("button", { name: "Register client" }).click();
    await expect(page).toHaveURL(new RegExp(`/w/${slug}/clients`));
    const row = page.getByTestId("client-row").filter({ hasText: clientName });
    await expect(row).toContainText(sandbox.id);
    await expect(row).toContainText(`••••${sandbox.secret.slice(-4)}`);
    await expect(page.locator("body")).not.toContainText(sandbox.secret);

    await authorizeAndConsent(page, /Emma Schmidt.*EU/, "Accept");
    await expect(page.getByTestId("result-title")).toHaveText("Authorized — grant stored");
    await expect(page.locator("body")).toContainText("accounts-server");
    await page.getByRole("link", { name: "See the grant" }).click();
    await expect(page).toHaveURL(new RegExp(`/w/${slug}/grants/\\w+$`));
    await page.goto(`/w/${slug}/grants`);

    const grant = page.getByTestId("grant-row").first();
    await expect(grant.getByTestId("grant-location")).toHaveText("eu");
    await expect(grant).toContainText("/sandbox/eu");
    await expect(grant).toContainText("emma.schmidt@sandbox.zoho.test");
    await expect(grant).toContainText("ZohoCRM.modules.READ");
    await expect(grant).toContainText(owner.email);
    await expect(grant).toContainText(/••••\S{4}/);
  });

  test("an admin filters the audit trail to one grant's history and exports it", async ({ page }) => {
    await page.goto(`/w/${slug}/grants`);
    await page.getByTestId("grant-row").first().getByRole("link").first().click();
    await expect(page).toHaveURL(/\/grants\/[a-z0-9]+$/);
    const grantId = page.url().split("/").pop()!;
    await page.getByRole("link", { name: "Audit history" }).click();
    await expect(page).toHaveURL(new RegExp(`/audit\\?target=${grantId}$`));
    await expect(page.getByPlaceholder("Client or grant id")).toHaveValue(grantId);
    const rows = page.getByTestId("audit-row");
    await expect(rows.first()).toBeVisible();
    // Only this grant's events: it was stored (the code exchanged) and nothing of other grants shows.
    await expect(rows.filter({ hasText: "Exchanged a code" })).toHaveCount(1);
    for (const row of await rows.all()) await expect(row).toContainText(grantId.slice(-6));

    const download = page.waitForEvent("download");
    await page.getByTestId("export-export-csv").click();
    const file = await download;
    expect(file.suggestedFilename()).toBe(`${slug}-audit.csv`);
    const lines = fs
      .readFileSync(await file.path(), "utf8")
      .trim()
      .split("\n");
    expect(lines[0]).toBe("seq,createdAt,actorId,action,targetType,targetId,data,ip,userAgent,hash");
    expect(lines.length - 1).toBe(await rows.count());
    expect(lines.slice(1).every((line) => line.includes(grantId))).toBe(true);
    await expect(page.getByText(`Exported ${lines.length - 1} event${lines.length === 2 ? "" : "s"} to ${slug}-audit.csv`)).toBeVisible();
  });

  test("rejecting at the consent page says so and stores nothing", async ({ page }) => {
    await page.goto(`/w/${slug}/grants`);
    const before = await page.getByTestId("grant-row").count();
    await authorizeAndConsent(page, /Emma Schmidt.*EU/, "Reject");
    await expect(page.getByTestId("result-title")).toHaveText("The user rejected the request");
    await page.goto(`/w/${slug}/grants`);
    await expect(page.getByTestId("grant-row")).toHaveCount(before);
    await page.goto(`/w/${slug}/callbacks`);
    await expect(page.getByTestId("callback-row").first()).toHaveAttribute("data-outcome", "rejected");
  });
});
