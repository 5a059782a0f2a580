import { expect, test } from "@playwright/test";
import { expectAccessible } from "./a11y";
import { owner, slug } from "./owner";

// The sandbox's API console belongs to signed-in users and works for one of their workspaces: signed
// out, it sends you to sign in and back; with several workspaces, a picker switches between their
// sandbox clients, and a client registered in one is not listed in the other.
// The accessibility checks run axe four times each: more than the default minute on a busy machine.
test.describe.configure({ timeout: 180_000 });

test("sign in from the sandbox console, switch workspace, register there", async ({ page, baseURL }) => {
  await page.goto("/sandbox/console");
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fsandbox%2Fconsole$/);
  await page.getByLabel("Email").fill(owner.email);
  await page.getByLabel("Password").fill(owner.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/sandbox\/console$/);

  // A workspace of this spec's own, so it stands alone.
  const name = `Sandbox space ${Date.now().toString(36)}`;
  await page.goto("/workspaces/new");
  await page.getByLabel("Workspace name").fill(name);
  await page.getByRole("button", { name: "Create workspace" }).click();
  await expect(page).toHaveURL(/\/w\/sandbox-space-/);
  const newSlug = new URL(page.url()).pathname.split("/")[2];

  await page.goto("/sandbox/console");
  await expect(page.getByRole("heading", { name: "Sandbox clients of Acme Integrations" })).toBeVisible();
  await page.getByLabel("Workspace").selectOption({ label: name });
  await expect(page).toHaveURL(new RegExp(`/sandbox/console\\?workspace=${newSlug}$`));
  await expect(page.getByRole("heading", { name: `Sandbox clients of ${name}` })).toBeVisible();
  await expect(page.getByText("No sandbox clients yet")).toBeVisible();

  await page.getByLabel("Name", { exact: true }).fill("Only here");
  await page.getByLabel(/Redirect URIs/).fill(`${baseURL}/oauth/callback`);
  await page.getByRole("button", { name: /register/i }).click();
  await expect(page.getByText(`Only here is registered in ${name}.`)).toBeVisible();
  const id = (await page.getByTestId("sandbox-client-id").textContent())?.trim() ?? "";
  await page.getByRole("button", { name: "Copy id" }).click();
  await expect(page.getByText(/Copied to the clipboard|The browser refused the clipboard/)).toBeVisible();
  const row = page.getByTestId("sandbox-client-row").filter({ hasText: id });
  await expect(row).toContainText(name);

  // Not in the workspace yet: "Register in workspace…" brings it in, the new secret going server-side only.
  await row.getByText("Register in workspace…").click();
  await expect(row.getByText(/issues this client a new secret/)).toBeVisible();
  // The toasts of the copy above are the shared Toaster's: let them go, this state is the disclosure's.
  await expect(page.locator("[data-sonner-toast]")).toHaveCount(0, { timeout: 15_000 });
  await expectAccessible(page, "sandbox console: Register in workspace… open");
  await row.getByRole("button", { name: `Register in ${name}` }).click();
  await expect(page.getByText(`Only here is registered in ${name}.`).first()).toBeVisible({ timeout: 30_000 });
  await expect(row).toContainText(`In ${name} as Only here`);
  await expect(row.getByRole("link", { name: "Only here" })).toHaveAttribute("href", new RegExp(`/w/${newSlug}/clients/`));
  await row.getByRole("link", { name: "Authorize it" }).click();
  await expect(page).toHaveURL(new RegExp(`/w/${newSlug}/authorize\\?client=`));
  // The secret the sandbox issued works: the flow ends in a grant.
  await page.getByRole("button", { name: "Authorize" }).click();
  await page.getByRole("button", { name: "Accept", exact: true }).click();
  await expect(page.getByTestId("result-title")).toHaveText("Authorized — grant stored");
  await page.goto(`/sandbox/console?workspace=${newSlug}`);
  await expect(page.getByTestId("sandbox-client-row").filter({ hasText: id })).toContainText(`In ${name} as Only here`);
  await expect(page.locator("[data-sonner-toast]")).toHaveCount(0, { timeout: 15_000 });
  await expectAccessible(page, "sandbox console: a client registered in the workspace");

  await page.goto(`/sandbox/console?workspace=${slug}`);
  await expect(page.getByRole("heading", { name: "Sandbox clients of Acme Integrations" })).toBeVisible();
  await expect(page.getByText(id)).toHaveCount(0);
});
