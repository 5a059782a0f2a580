import { expect, test as setup } from "@playwright/test";
import { expectAccessible } from "./a11y";
import { owner, slug } from "./owner";

// First run on a fresh database: the setup page creates the owner and the first workspace.
setup("first-run setup creates the owner and the first workspace", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveURL(/\/setup$/);
  await expectAccessible(page, "setup");
  await page.getByLabel("Your name").fill(owner.name);
  await page.getByLabel("Email").fill(owner.email);
  await page.getByLabel("Password").fill("short");
  await page.getByLabel("Workspace name").fill("Acme Integrations");
  await page.getByRole("button", { name: "Create owner account" }).click();
  await expect(page.getByText("Use at least 12 characters")).toBeVisible();
  await expect(page.getByLabel("Email")).toHaveValue(owner.email); // nothing typed is lost
  await expect(page.getByLabel("Password")).toBeFocused(); // the field to fix (components/form-message.tsx)
  await expectAccessible(page, "setup with an error");
  await page.getByLabel("Password").fill(owner.password);
  await page.getByRole("button", { name: "Create owner account" }).click();
  // Hashing the password (argon2id) and the first page render of a fresh start: slow on a busy machine.
  await expect(page).toHaveURL(new RegExp(`/w/${slug}$`), { timeout: 30_000 });
  await expect(page.getByRole("heading", { name: "Acme Integrations" })).toBeVisible();
  // Setup happens once: afterwards the page sends people to sign in.
  await page.goto("/setup");
  await expect(page).toHaveURL(/\/sign-in/);
});
