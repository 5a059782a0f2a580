import { expect, test } from "@playwright/test";
import { expectAccessible } from "./a11y";
import { signIn, slug } from "./owner";
import { registerSandboxClient } from "./register-sandbox-client";

// Bulk revoke as an admin does it (issue 16): filter the Grants page to one client, open its bulk
// actions, read the preview, type the confirmation (a wrong one is refused with the right phrase), and
// watch the run page reach the end while the server revokes at the sandbox.
test.describe.configure({ timeout: 180_000 });
const NAME = "Bulk demo";

test("preview a client's grants, confirm by typing, revoke them all and watch the run finish", async ({ page, baseURL }) => {
  await signIn(page);
  await registerSandboxClient(page, NAME, `${baseURL}/oauth/callback`);
  const clientId = new URL(page.url()).searchParams.get("created")!;
  for (let i = 0; i < 2; i++) {
    await page.goto(`/w/${slug}/authorize`);
    await page.getByLabel("Client", { exact: true }).selectOption({ label: `${NAME} (development)` });
    await page.getByRole("button", { name: "Authorize" }).click();
    await page.getByLabel(/Ava Carter/).check();
    await page.getByRole("button", { name: "Accept", exact: true }).click();
    await expect(page.getByTestId("result-title")).toHaveText("Authorized — grant stored");
  }

  // The Grants page filtered to the client; its bulk page takes the same filters from its address.
  // (By its address: the form's Client picker lists the first 100 clients, and big-import.spec adds thousands.)
  await page.goto(`/w/${slug}/grants?client=${clientId}`);
  await page.getByRole("link", { name: "Bulk actions" }).click();
  await expect(page.getByTestId("bulk-selection")).toHaveText(`2 grants (2 active) — client ${NAME}.`);
  await expect(page.getByTestId("bulk-grant")).toHaveCount(2);
  await expectAccessible(page, "bulk actions preview");

  const revoke = page.getByRole("form", { name: "Revoke at Zoho" });
  await revoke.getByLabel("Type “revoke 2” to confirm").fill("revoke all");
  await revoke.getByRole("button", { name: "Revoke 2 grants" }).click();
  await expect(revoke.getByText("Type “revoke 2” to confirm (2 active grants match the filter now)")).toBeVisible();
  await expectAccessible(page, "bulk revoke with a wrong confirmation");
  await revoke.getByLabel("Type “revoke 2” to confirm").fill("revoke 2");
  await revoke.getByRole("button", { name: "Revoke 2 grants" }).click();

  await expect(page).toHaveURL(new RegExp(`/w/${slug}/grants/bulk/[a-z0-9]+$`));
  await expect(page.getByTestId("bulk-run-state")).toHaveText("Finished", { timeout: 30_000 });
  await expect(page.getByRole("progressbar", { name: "Grants handled" })).toHaveAttribute("value", "2");
  await expect(page.locator('[data-count="done"]')).toHaveText("2");
  await expect(page.locator('[data-testid="bulk-item"][data-state="DONE"]')).toHaveCount(2);
  await expectAccessible(page, "bulk run finished");

  // The grants are revoked, and the run is listed on the bulk page.
  await page.goto(page.url().replace(/\/bulk\/[a-z0-9]+$/, "/bulk"));
  await expect(page.getByRole("link", { name: "Revoke · 2 grants" })).toBeVisible();
});
