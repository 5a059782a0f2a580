import { expect, type Page } from "@playwright/test";

// The owner that first-run.setup.ts creates; every other spec signs in as them.
export const owner = { name: "Olivia Owner", email: "olivia@example.test", password: "a long enough password" };
export const slug = "acme-integrations";

export async function signIn(page: Page, email = owner.email, password = owner.password) {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/w\//);
}
