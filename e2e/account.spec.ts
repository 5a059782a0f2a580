import { expect, test } from "@playwright/test";
import { expectAccessible } from "./a11y";
import { signIn, slug } from "./owner";

// The account page as a person uses it, keyboard only: change the password (field errors, then a
// toast), then sign out everywhere. A newly invited member does it, so the owner's password stays.
test("a member changes their password from the keyboard, then signs out everywhere", async ({ page, browser }) => {
  const email = "account@example.test";
  await signIn(page);
  await page.goto(`/w/${slug}/members`);
  await page.getByLabel("Email", { exact: true }).fill(email);
  await page.getByLabel("Role", { exact: true }).selectOption("VIEWER");
  await page.getByRole("button", { name: "Create invite link" }).click();
  const link = (await page.getByTestId("invite-link").textContent())!.trim();

  const member = await (await browser.newContext()).newPage();
  await member.goto(link);
  await member.getByLabel("Your name").fill("Ada Account");
  await member.getByLabel("Password").fill("the first long password");
  await member.getByRole("button", { name: "Create account and join" }).click();
  await expect(member).toHaveURL(new RegExp(`/w/${slug}$`));

  await member.getByRole("link", { name: email }).click();
  await expect(member.getByRole("heading", { name: "Your account" })).toBeVisible();
  await expect(member.getByTestId("session-count")).toContainText("In this browser only.");

  // A wrong current password: the error sits on its field, nothing typed is echoed back.
  await member.getByLabel("Current password").focus();
  await member.keyboard.type("not my password");
  await member.keyboard.press("Tab");
  await expect(member.getByLabel("New password", { exact: true })).toBeFocused();
  await member.keyboard.type("the second long password");
  await member.keyboard.press("Tab");
  await expect(member.getByLabel("New password, again")).toBeFocused();
  await member.keyboard.type("the second long password");
  await member.keyboard.press("Enter");
  await expect(member.getByText("That is not your current password")).toBeVisible();
  await expect(member.getByLabel("Current password")).toHaveAttribute("aria-invalid", "true");
  // Focus moved to the field to fix (components/form-message.tsx), not to <body>.
  await expect(member.getByLabel("Current password")).toBeFocused();
  await expectAccessible(member, "account with a field error");

  await member.getByLabel("Current password").fill("the first long password");
  await member.getByLabel("New password", { exact: true }).fill("the second long password");
  await member.getByLabel("New password, again").fill("the second long password");
  await member.getByRole("button", { name: "Change password" }).focus();
  await member.keyboard.press("Enter");
  await expect(member.getByText("Password changed. 0 other browsers were signed out.")).toBeVisible();
  // A success is a toast; the pressed button keeps focus (it is aria-disabled while pending, not disabled).
  await expect(member.getByRole("button", { name: "Change password" })).toBeFocused();

  await member.getByRole("button", { name: "Sign out everywhere" }).focus();
  await member.keyboard.press("Enter");
  await expect(member).toHaveURL(/\/sign-in/);
  await member.goto(`/w/${slug}`);
  await expect(member).toHaveURL(/\/sign-in/);
  await signIn(member, email, "the second long password");
});
