import { describe, expect, inject, it } from "vitest";
import { ClientAt } from "./client-at";
import { decodeHtml, findForm, findFormWith, submitForm } from "./forms";

// Issue 11, section 5: a session cookie captured before sign-out used to work for 7 days. Now each
// cookie names a session row that sign-out, "sign out everywhere", a password change and removal
// from a workspace delete, and every request checks it.
const { auth } = inject("seeded");
const { people, password } = auth;
const at = (n: number) => new ClientAt(`127.0.12.${n}`);

async function submit(client: ClientAt, page: string, form: string, values: Record<string, string> = {}, html?: string) {
  const response = await submitForm(client, page, findForm(html ?? (await (await client.fetch(page)).text()), form), values);
  expect(response.status).toBeLessThan(500);
  return response;
}

describe("sessions end when they should", () => {
  it("a cookie captured before sign-out is refused after it", async () => {
    const browser = await at(1).signIn(people.sessions.email, password);
    const captured = browser.copy();
    expect(await captured.signedIn()).toBe(true);
    await submit(browser, `/w/${auth.slug}`, "sign-out");
    expect(await browser.signedIn()).toBe(false);
    expect(await captured.signedIn()).toBe(false);
    // Through Auth.js's own endpoint too.
    const again = await at(1).signIn(people.sessions.email, password);
    const copy = again.copy();
    await again.fetch("/api/auth/signout", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ csrfToken: await again.csrfToken() }),
    });
    expect(await copy.signedIn()).toBe(false);
  });

  it("signing out everywhere ends every session of that user, and only theirs", async () => {
    const laptop = await at(2).signIn(people.sessions.email, password);
    const phone = await at(3).signIn(people.sessions.email, password);
    const someoneElse = await at(4).signIn(people.changer.email, password);
    expect(decodeHtml(await (await laptop.fetch("/account")).text())).toContain("In 2 browsers, this one included.");
    const response = await submit(laptop, "/account", "sign-out-everywhere");
    expect(response.status).toBe(303);
    expect(await laptop.signedIn()).toBe(false);
    expect(await phone.signedIn()).toBe(false);
    expect(await someoneElse.signedIn()).toBe(true);
  });

  it("a password change signs out the other browsers and keeps this one", async () => {
    const here = await at(5).signIn(people.changer.email, password);
    const there = await at(6).signIn(people.changer.email, password);
    const newPassword = "a brand new password for changer";
    // A wrong current password changes nothing.
    const refused = decodeHtml(
      await (
        await submit(here, "/account", "change-password", { currentPassword: "not it", newPassword, confirmPassword: newPassword })
      ).text(),
    );
    expect(refused).toContain("That is not your current password");
    expect(refused).not.toContain(newPassword);
    expect(await there.signedIn()).toBe(true);
    // Field errors, each on its field.
    const mismatched = decodeHtml(
      await (
        await submit(here, "/account", "change-password", {
          currentPassword: password,
          newPassword,
          confirmPassword: "something else entirely",
        })
      ).text(),
    );
    expect(mismatched).toContain("The two new passwords differ");

    const changed = decodeHtml(
      await (
        await submit(here, "/account", "change-password", { currentPassword: password, newPassword, confirmPassword: newPassword })
      ).text(),
    );
    expect(changed).toMatch(/Password changed\. \d+ other browsers? (was|were) signed out\./);
    expect(await here.signedIn()).toBe(true);
    expect(await there.signedIn()).toBe(false);
    expect(await at(7).trySignIn(people.changer.email, password)).toBe("wrong");
    expect(await at(7).trySignIn(people.changer.email, newPassword)).toBe("signed-in");
  });

  it("a member removed from the workspace is signed out at once", async () => {
    const member = await at(8).signIn(people.removed.email, password);
    const owner = await at(9).signIn(people.owner.email, password);
    expect(await member.signedIn()).toBe(true);
    const members = `/w/${auth.slug}/members`;
    const page = await (await owner.fetch(members)).text();
    await submitForm(owner, members, findFormWith(page, "remove-member", people.removed.id));
    expect(await member.signedIn()).toBe(false);
    expect(await owner.signedIn()).toBe(true);
  });
});
