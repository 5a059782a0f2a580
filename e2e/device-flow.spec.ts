import { expect, test } from "@playwright/test";
import { expectAccessible } from "./a11y";
import { signIn, slug } from "./owner";

// The device flow in the browser (issue 12): a Non-browser client registered at the sandbox and in
// the console; the console's page shows the user code, the verification page and a QR code; a second
// page — the person on their phone — enters the code at the sandbox and consents as an EU user; the
// console, polling Zoho at its pace and following other_dc, shows the new grant.
test("a device-flow authorization: the code on one page, consent on another, the grant in the console", async ({ page, context }) => {
  test.setTimeout(120_000);
  await signIn(page);
  const name = `TV app ${Date.now().toString(36)}`;

  await page.goto(`/sandbox/console?workspace=${slug}`);
  await page.getByLabel("Name", { exact: true }).fill(name);
  await page.getByLabel(/Non-browser application/).check();
  await expect(page.getByLabel(/Redirect URIs/)).toHaveCount(0);
  await page.getByRole("button", { name: /register/i }).click();
  const id = (await page.getByTestId("sandbox-client-id").textContent())?.trim() ?? "";
  const secret = (await page.getByTestId("sandbox-client-secret").textContent())?.trim() ?? "";
  await expect(page.getByTestId("sandbox-client-row").filter({ hasText: id })).toContainText("Non-browser");

  await page.goto(`/w/${slug}/clients/new`);
  await page.getByLabel("Name").fill(name);
  await page.getByLabel(/Built-in Zoho sandbox/).check();
  await page.getByLabel("Client type").selectOption({ label: "Non-browser application" });
  await page.getByLabel("Client ID").fill(id);
  await page.getByLabel("Client Secret").fill(secret);
  await page.getByRole("button", { name: "Register client" }).click();
  await expect(page).toHaveURL(new RegExp(`/w/${slug}/clients`));

  await page.goto(`/w/${slug}/authorize`);
  await page.getByLabel("Client", { exact: true }).selectOption({ label: `${name} (development)` });
  await expect(page.getByTestId("device-code-endpoint")).toContainText("/sandbox/us/oauth/v3/device/code");
  await page.getByRole("button", { name: "Start device authorization" }).click();
  await expect(page).toHaveURL(new RegExp(`/w/${slug}/authorize/device/\\w+$`));
  const userCode = (await page.getByTestId("device-user-code").textContent())?.trim() ?? "";
  expect(userCode).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}$/);
  const verificationUrl = (await page.getByTestId("device-verification-url").getAttribute("href")) ?? "";
  expect(verificationUrl).toMatch(/\/sandbox\/us\/oauth\/v3\/device$/);
  await expect(page.getByRole("img", { name: /QR code for .*\/oauth\/v3\/device\?user_code=/ })).toBeVisible();
  await expect(page.getByTestId("device-countdown")).toContainText(/expires in [0-5]:\d\d/);
  await expect(page.getByTestId("device-status")).toHaveText("Waiting for an answer…");
  await expectAccessible(page, "device flow page, waiting");

  // The person, on another screen: the verification page, the code, then consent as Emma (EU).
  const phone = await context.newPage();
  await phone.goto(verificationUrl);
  // A mistyped code first: the page says why and keeps the code to correct.
  await phone.getByLabel("Code").fill("ZZZZ-ZZZZ");
  await phone.getByRole("button", { name: "Continue" }).click();
  await expect(phone.getByTestId("sandbox-device-problem")).toContainText("That code is not valid");
  await expectAccessible(phone, "sandbox device verification: a wrong code");
  await phone.getByLabel("Code").fill(userCode.toLowerCase());
  await phone.getByRole("button", { name: "Continue" }).click();
  await expect(phone.getByTestId("sandbox-client-name")).toHaveText(name);
  await phone.getByLabel(/Emma Schmidt.*EU/).check();
  await phone.getByRole("button", { name: "Accept", exact: true }).click();
  await expect(phone.getByTestId("sandbox-device-result")).toHaveText("Device connected");
  await expectAccessible(phone, "sandbox device verification: connected");
  await phone.close();

  // The console polls at Zoho's 5 s, hears other_dc (Emma lives in the EU), polls there, stores the grant.
  await expect(page.getByTestId("device-status")).toHaveText("Authorized — grant stored", { timeout: 60_000 });
  await expect(page.getByTestId("device-location")).toContainText("/sandbox/eu");
  await page.getByRole("link", { name: "See the grant" }).click();
  await expect(page).toHaveURL(new RegExp(`/w/${slug}/grants/\\w+$`));
  await expect(page.locator("body")).toContainText("/sandbox/eu");
  await expect(page.locator("body")).toContainText("emma.schmidt@sandbox.zoho.test");
  await expect(page.locator("body")).not.toContainText(secret);
});
