import { expect, test } from "@playwright/test";
import { expectAccessible } from "./a11y";
import { signIn, slug } from "./owner";
import { registerSandboxClient } from "./register-sandbox-client";

// Issue 14: forms whose success is a toast still show field errors where they are and move focus to the
// first field to fix (components/form-message.tsx) — the client page's settings, rotation, per-DC secret
// and reveal forms, and the Self Client import and exchange — never leaving it on the button or <body>.
test.describe.configure({ timeout: 150_000 });

test("the client page's forms: focus goes to the field to fix", async ({ page, baseURL }) => {
  await signIn(page);
  const name = `Form errors ${Date.now().toString(36)}`;
  await registerSandboxClient(page, name, `${baseURL}/oauth/callback`);
  // Other specs import thousands of clients: find this one by name.
  await page.goto(`/w/${slug}/clients?q=${encodeURIComponent(name)}`);
  await page.getByTestId("client-row").filter({ hasText: name }).getByRole("link").click();
  await expect(page.getByRole("heading", { name })).toBeVisible();

  const settings = page.locator('form[data-action="update-client"]');
  const clientName = settings.getByLabel("Name", { exact: true });
  await clientName.fill("");
  await settings.getByRole("button", { name: "Save changes" }).click();
  await expect(settings.getByRole("alert")).toHaveText("Please correct the highlighted fields.");
  await expect(clientName).toHaveAttribute("aria-invalid", "true");
  await expect(clientName).toBeFocused();
  await expectAccessible(page, "client page with a settings error");
  // Fixed, with a second data centre: a toast, and focus stays on the button that was pressed.
  await clientName.fill(name);
  await settings.getByLabel(/\(eu\)$/).check();
  const save = settings.getByRole("button", { name: "Save changes" });
  await save.click();
  await expect(page.getByText("Client saved.")).toBeVisible();
  await expect(save).toBeFocused();

  const rotate = page.getByLabel("Rotate: new secret");
  await rotate.fill("short");
  await page.getByRole("button", { name: "Save as pending" }).click();
  await expect(rotate).toHaveAttribute("aria-invalid", "true");
  await expect(rotate).toBeFocused();

  const dcSecret = page.getByLabel("Secret there");
  await dcSecret.fill("short");
  await page.locator('form[data-action="set-dc-secret"]').getByRole("button", { name: "Save" }).click();
  await expect(dcSecret).toHaveAttribute("aria-invalid", "true");
  await expect(dcSecret).toBeFocused();

  // Reveal with no password typed.
  await page.getByRole("button", { name: "Reveal secret" }).click();
  const password = page.getByLabel("Reveal: your password");
  await expect(password).toHaveAttribute("aria-invalid", "true");
  await expect(password).toBeFocused();
});

test("the Self Client forms: focus goes to the field to fix, or to the answer", async ({ page }) => {
  await signIn(page);
  await page.goto(`/w/${slug}/clients/transfer`);
  const importSelf = page.locator('form[data-action="import-self-client"]');
  await importSelf.getByRole("button", { name: "Import Self Client" }).click();
  const file = importSelf.getByLabel("self_client.json");
  await expect(file).toHaveAttribute("aria-invalid", "true");
  await expect(file).toBeFocused();
  await expectAccessible(page, "Self Client import with an error");

  // A real one, from the sandbox's API console, pasted in: the answer is focused.
  const name = `Self focus ${Date.now().toString(36)}`;
  await page.goto(`/sandbox/console?workspace=${slug}`);
  const sandboxForm = page.locator('form[data-action="sandbox-self-client"]');
  await sandboxForm.getByLabel("Self Client name").fill(name);
  await sandboxForm.getByRole("button", { name: "Create Self Client and code" }).click();
  const json = (await page.getByTestId("self-client-json").textContent())!.trim();
  await page.goto(`/w/${slug}/clients/transfer`);
  await importSelf.getByLabel("…or paste its content").fill(json);
  await importSelf.getByLabel("Name", { exact: true }).fill(name);
  await importSelf.getByLabel("The file comes from the built-in sandbox").check();
  await importSelf.getByRole("button", { name: "Import Self Client" }).click();
  const answer = importSelf.locator("[data-form-message]");
  await expect(answer).toContainText("grant stored");
  await expect(answer).toBeFocused();

  await page.goto(`/w/${slug}/grants/self-client`);
  const exchange = page.locator('form[data-action="exchange-self-code"]');
  await exchange.getByLabel("Self Client", { exact: true }).selectOption({ label: name });
  await exchange.getByRole("button", { name: "Exchange code" }).click();
  const code = exchange.getByLabel("Grant code");
  await expect(code).toHaveAttribute("aria-invalid", "true");
  await expect(code).toBeFocused();
  await expectAccessible(page, "Self Client exchange with an error");
});
