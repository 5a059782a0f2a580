import { expect, test } from "@playwright/test";
import { expectAccessible } from "./a11y";
import { signIn, slug } from "./owner";
import { registerSandboxClient } from "./register-sandbox-client";

// A developer's last question after an authorization: does this grant work for the call I need? Authorize
// with CRM scopes, open the grant, run "Current user" (the sandbox's CRM answers who consented), run
// "Leads" without its scope (Zoho's OAUTH_SCOPE_MISMATCH, explained), and carry the missing scope into
// the builder.
test.describe.configure({ timeout: 180_000 });
const NAME = "Runner demo";

test("run a template, see Zoho's answer and its diagnosis, authorize again with the missing scope", async ({ page, baseURL }) => {
  await signIn(page);
  const callback = `${baseURL}/oauth/callback`;
  await registerSandboxClient(page, NAME, callback);

  // Authorize with the CRM user and organization scopes (not Leads).
  await page.goto(`/w/${slug}/authorize`);
  await page.getByLabel("Client", { exact: true }).selectOption({ label: `${NAME} (development)` });
  for (const scope of ["AaaServer.profile.READ", "ZohoCRM.modules.ALL"]) {
    const remove = page.getByRole("button", { name: `Remove ${scope}` });
    if (await remove.count()) await remove.click();
  }
  const combobox = page.getByRole("combobox", { name: "Add a scope" });
  for (const scope of ["ZohoCRM.users.READ", "ZohoCRM.org.READ"]) {
    await combobox.fill(scope);
    await page.getByRole("option", { name: new RegExp(`^${scope.replace(/\./g, "\\.")}`) }).click();
  }
  await page.getByRole("button", { name: "Authorize" }).click();
  await page.getByLabel(/Ava Carter/).check();
  await page.getByRole("button", { name: "Accept", exact: true }).click();
  await expect(page.getByTestId("result-title")).toHaveText("Authorized — grant stored");
  await page.getByRole("link", { name: "See the grant" }).click();

  // The grant page: "Current user" is the first template; the token never reaches the page.
  const runner = page.getByRole("form", { name: "Call an API" });
  await expect(runner.getByTestId("runner-url")).toContainText("/crm/v8/users?type=CurrentUser");
  await runner.getByRole("button", { name: "Send" }).click();
  const answer = page.getByTestId("api-answer");
  await expect(answer).toContainText("HTTP 200");
  await expect(answer.getByTestId("answer-json")).toContainText("ava.carter@sandbox.zoho.test");
  await expect(page.getByTestId("api-call-history")).toContainText("/crm/v8/users?type=CurrentUser");
  await expectAccessible(page, "grant page with an API answer");

  // Leads needs ZohoCRM.modules.leads.READ: warned before sending, explained after.
  await runner.getByLabel("Template").selectOption("crm-leads");
  await expect(page.getByTestId("scope-warning")).toContainText("ZohoCRM.modules.leads.READ");
  await runner.getByRole("button", { name: "Send" }).click();
  const diagnosis = page.getByTestId("diagnosis");
  await expect(diagnosis).toContainText("OAUTH_SCOPE_MISMATCH");
  await expect(diagnosis).toContainText("ZohoCRM.modules.leads.READ");
  await expectAccessible(page, "runner with Zoho's scope mismatch explained");

  await diagnosis.getByRole("link", { name: /Authorize again with this scope/ }).click();
  await expect(page).toHaveURL(new RegExp(`/w/${slug}/authorize\\?`));
  await expect(page.getByLabel("Client", { exact: true })).toHaveValue(/.+/);
  await expect(page.getByTestId("auth-url")).toContainText("ZohoCRM.modules.leads.READ");
  await expect(page.getByTestId("auth-url")).toContainText("ZohoCRM.users.READ");
});
