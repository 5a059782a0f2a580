import { expect, test, type Browser } from "@playwright/test";
import { expectAccessible } from "./a11y";
import { signIn, slug } from "./owner";

// Invites and roles as people use them: the owner invites, the invitee signs up from the link and
// sees only that workspace; a viewer sees no button that changes anything, and the server agrees.
async function inviteAndSignUp(browser: Browser, ownerPage: import("@playwright/test").Page, email: string, role: string, name: string) {
  await ownerPage.goto(`/w/${slug}/members`);
  await ownerPage.getByLabel("Email", { exact: true }).fill(email);
  await ownerPage.getByLabel("Role", { exact: true }).selectOption(role);
  await ownerPage.getByRole("button", { name: "Create invite link" }).click();
  const link = (await ownerPage.getByTestId("invite-link").textContent())!.trim();
  await expect(ownerPage.getByTestId("invite-row").filter({ hasText: email })).toBeVisible();

  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(link);
  await expect(page.getByRole("heading", { name: "Join Acme Integrations" })).toBeVisible();
  await expectAccessible(page, `invite page (${role.toLowerCase()})`);
  await page.getByLabel("Your name").fill(name);
  await page.getByLabel("Password").fill("another long password");
  await page.getByRole("button", { name: "Create account and join" }).click();
  await expect(page).toHaveURL(new RegExp(`/w/${slug}$`));
  // The link works once.
  const again = await context.newPage();
  await again.goto(link);
  await expect(again.getByText("already used")).toBeVisible();
  await again.close();
  return page;
}

test("an invited developer signs up from the link and sees only that workspace", async ({ page, browser }) => {
  await signIn(page);
  await page.goto("/workspaces/new");
  await page.getByLabel("Workspace name").fill("Owner's private space");
  await page.getByRole("button", { name: "Create workspace" }).click();
  await expect(page).toHaveURL(/\/w\/owner-s-private-space$/);

  const dev = await inviteAndSignUp(browser, page, "dev@example.test", "DEVELOPER", "Devi Developer");
  await dev.getByLabel("Switch workspace").click();
  await expect(dev.getByRole("link", { name: "Acme Integrations" })).toBeVisible();
  await expect(dev.getByRole("link", { name: "Owner's private space" })).toHaveCount(0);
  const response = await dev.goto("/w/owner-s-private-space");
  expect(response?.status()).toBe(404);
  await expect(dev.getByRole("heading", { name: "Not found" })).toBeVisible();
  await dev.goto(`/w/${slug}`);
  await expect(dev.getByRole("link", { name: "Authorize", exact: true })).toBeVisible();
  await page.goto(`/w/${slug}/members`);
  await expect(page.getByTestId("member-row").filter({ hasText: "dev@example.test" })).toContainText("developer");
});

test("a viewer sees no mutating action, and the server refuses them too", async ({ page, browser }) => {
  await signIn(page);
  const viewer = await inviteAndSignUp(browser, page, "viewer@example.test", "VIEWER", "Vic Viewer");
  await viewer.goto(`/w/${slug}/clients`);
  await expect(viewer.getByRole("heading", { name: "Clients", exact: true })).toBeVisible();
  await expect(viewer.getByRole("link", { name: "Register a client" })).toHaveCount(0);
  await expect(viewer.getByRole("link", { name: "Authorize" })).toHaveCount(0);
  await expect(viewer.getByRole("link", { name: "Settings" })).toHaveCount(0);

  await viewer.getByTestId("client-row").first().click();
  await expect(viewer.getByText("Client id")).toBeVisible();
  for (const button of ["Save changes", "Archive", "Save as pending", "Reveal secret", "Authorize"]) {
    await expect(viewer.getByRole("button", { name: button })).toHaveCount(0);
  }
  await viewer.goto(`/w/${slug}/members`);
  await expect(viewer.getByRole("button", { name: "Create invite link" })).toHaveCount(0);
  await expect(viewer.getByRole("button", { name: "Change" })).toHaveCount(0);

  for (const path of ["clients/new", "authorize", "settings"]) {
    const response = await viewer.goto(`/w/${slug}/${path}`);
    expect(response?.status(), path).toBe(404);
  }
});
