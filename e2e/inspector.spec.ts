import { expect, test } from "@playwright/test";
import { signIn, slug } from "./owner";

// The developer's daily loop: build the URL (catalog scopes, PKCE), authorize in the sandbox, and
// watch the callback arrive in the inspector without reloading, with its diagnosis.
test("build with catalog scopes and PKCE, authorize, see the callback arrive live", async ({ page, context, baseURL }) => {
  await signIn(page);
  // A sandbox client of its own, so this spec stands alone.
  await page.goto("/sandbox/console");
  await page.getByLabel("Name", { exact: true }).fill("Inspector demo");
  await page.getByLabel(/Redirect URIs/).fill(`${baseURL}/oauth/callback`);
  await page.getByRole("button", { name: /register/i }).click();
  const id = (await page.getByTestId("sandbox-client-id").textContent())!.trim();
  const secret = (await page.getByTestId("sandbox-client-secret").textContent())!.trim();
  await page.goto(`/w/${slug}/clients/new`);
  await page.getByLabel("Name").fill("Inspector demo");
  await page.getByLabel(/Built-in Zoho sandbox/).check();
  await page.getByLabel("Client ID").fill(id);
  await page.getByLabel("Client Secret").fill(secret);
  await page.getByLabel("Redirect URIs").fill(`${baseURL}/oauth/callback`);
  await page.getByRole("button", { name: "Register client" }).click();
  await expect(page).toHaveURL(/\/clients\?created=/);

  // The inspector stays open in its own tab.
  const inspector = await context.newPage();
  await inspector.goto(`/w/${slug}/callbacks`);
  const rowsBefore = await inspector.getByTestId("callback-row").count();

  await page.goto(`/w/${slug}/authorize`);
  await page.getByLabel("Client", { exact: true }).selectOption({ label: "Inspector demo (development)" });
  await page.getByRole("combobox", { name: "Add a scope" }).fill("leads");
  await page.getByRole("option", { name: /^ZohoCRM\.modules\.leads\.READ/ }).click();
  await expect(page.getByTestId("scope-chip").filter({ hasText: "ZohoCRM.modules.leads.READ" })).toBeVisible();
  await page.getByLabel(/PKCE \(S256\)/).check();
  const url = page.getByTestId("auth-url");
  await expect(url).toContainText("code_challenge_method=S256");
  await expect(url).toContainText("ZohoCRM.modules.leads.READ");
  await page.getByRole("tab", { name: "cURL (exchange)" }).click();
  await expect(page.getByTestId("copy-curl")).toContainText("code_verifier=$CODE_VERIFIER");
  await page.getByRole("button", { name: "Authorize" }).click();
  await page.getByLabel(/Priya Raman.*IN/).check();
  await page.getByRole("button", { name: "Accept", exact: true }).click();
  await expect(page.getByTestId("result-title")).toHaveText("Authorized — grant stored");

  // No reload: the live view picks it up.
  await expect(inspector.getByTestId("callback-row")).toHaveCount(rowsBefore + 1, { timeout: 15_000 });
  const row = inspector.getByTestId("callback-row").first();
  await expect(row).toHaveAttribute("data-outcome", "grant_created");
  await expect(row).toContainText("in");
  await row.click();
  await expect(inspector.getByText("code_verifier")).toBeVisible();
  await expect(inspector.getByText("S256")).toBeVisible();
  await expect(inspector.getByTestId("callback-explanation")).toContainText("exchanged it at once");
});

test("paste a broken redirect URL into the debugger and read what is wrong", async ({ page }) => {
  await signIn(page);
  await page.getByRole("link", { name: "Debugger" }).click();
  const code = "1000.0123456789abcdef0123456789abcdef.fedcba9876543210fedcba9876543210";
  await page
    .getByTestId("debug-input")
    .fill(`https://evil.example/oauth/callback?code=${code}&location=eu&accounts-server=https%3A%2F%2Faccounts.zoho.eu.evil.example`);
  await expect(page.getByTestId("debug-kind")).toHaveAttribute("data-kind", "redirect-url");
  await expect(page.locator('[data-finding-id="accounts-server-not-allowed"]')).toBeVisible();
  await expect(page.locator('[data-finding-id="state-missing"]')).toBeVisible();
  // The code is analysed, never shown back outside the box it was pasted into.
  await expect(page.locator("main")).not.toContainText(code.slice(5, 30), { ignoreCase: true, useInnerText: true });
});
