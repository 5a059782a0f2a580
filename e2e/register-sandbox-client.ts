import { expect, type Page } from "@playwright/test";
import { slug } from "./owner";

/**
 * Registers a client at the sandbox's console (its redirect URI `callback`) and then in the console, as a
 * person does: the secret is read once from the sandbox's page and typed into the console's form.
 * `consoleUris`: what the console's form lists (an app's own URIs besides the sandbox's one). Returns the
 * client's Zoho client id (for the sandbox's control endpoints).
 */
export async function registerSandboxClient(page: Page, name: string, callback: string, consoleUris: string[] = [callback]) {
  await page.goto("/sandbox/console");
  await page.getByLabel("Name", { exact: true }).fill(name);
  await page.getByLabel(/Redirect URIs/).fill(callback);
  await page.getByRole("button", { name: /register/i }).click();
  const id = (await page.getByTestId("sandbox-client-id").textContent())!.trim();
  const secret = (await page.getByTestId("sandbox-client-secret").textContent())!.trim();
  await page.goto(`/w/${slug}/clients/new`);
  await page.getByLabel("Name").fill(name);
  await page.getByLabel(/Built-in Zoho sandbox/).check();
  await page.getByLabel("Client ID").fill(id);
  await page.getByLabel("Client Secret").fill(secret);
  await page.getByLabel("Redirect URIs").fill(consoleUris.join("\n"));
  await page.getByRole("button", { name: "Register client" }).click();
  await expect(page).toHaveURL(/\/clients\?created=/);
  return { zohoClientId: id };
}
