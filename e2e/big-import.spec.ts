import { expect, test } from "@playwright/test";
import { signIn, slug } from "./owner";

// The registry import as a person uses it: progress while a big file goes in, then a summary that
// names every row left out; a file over the limit refused before it is uploaded.
const exportFile = (count: number) => ({
  format: "zoho-oauth-console/clients@1",
  exportedAt: new Date().toISOString(),
  clients: [
    ...Array.from({ length: count }, (_, i) => ({
      name: `Bulk ${i + 1}`,
      zohoClientId: `1000.E2EBULK${String(i + 1).padStart(6, "0")}`,
      type: "SERVER",
      provider: "ZOHO",
      environment: "PRODUCTION",
      homeDc: "eu",
    })),
    { name: "Broken", zohoClientId: "not-a-client-id", type: "SERVER", provider: "ZOHO", environment: "PRODUCTION", homeDc: "eu" },
  ],
});
const json = (value: unknown) => ({ name: "export.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(value)) });

test("a big import shows its progress, then what it imported and every row it skipped", async ({ page }) => {
  await signIn(page);
  await page.goto(`/w/${slug}/clients/transfer`);
  await page.getByLabel("Export file (.json)").setInputFiles(json(exportFile(2_500)));
  const posts: string[] = [];
  page.on("request", (request) => {
    if (request.method() === "POST") posts.push(request.url());
  });
  // Pressed from the keyboard: while the import runs the button keeps focus (aria-disabled, not disabled, which
  // would drop focus to <body>) and a second press starts nothing.
  const importButton = page.locator('form[data-action="import-clients"] button[type="submit"]');
  await importButton.focus();
  await page.keyboard.press("Enter");
  await expect(page.getByLabel("Import progress")).toBeVisible();
  await expect(importButton).toHaveText("Importing…");
  await expect(importButton).toHaveAttribute("aria-disabled", "true");
  await expect(importButton).toBeFocused();
  await page.keyboard.press("Enter");
  const summary = page.getByRole("main").getByText("Imported 2,500 clients (0 with secrets). Skipped 1: 1 invalid.", { exact: true });
  await expect(summary).toBeVisible({ timeout: 60_000 });
  // The answer takes focus (components/form-message.tsx), so a screen reader reads it.
  await expect(summary).toBeFocused();
  expect(posts).toHaveLength(1);
  await expect(page.getByTestId("skipped-rows")).toContainText("Row 2,501 “Broken”: zohoClientId:");
  await page.goto(`/w/${slug}/clients?q=Bulk 2500`);
  await expect(page.getByText("Bulk 2500")).toBeVisible();
});

test("files over the limits are refused in the form, before anything is uploaded", async ({ page }) => {
  await signIn(page);
  await page.goto(`/w/${slug}/clients/transfer`);
  const posts: string[] = [];
  page.on("request", (request) => {
    if (request.method() === "POST") posts.push(request.url());
  });
  await page
    .getByLabel("Export file (.json)")
    .setInputFiles({ name: "big.json", mimeType: "application/json", buffer: Buffer.alloc(6 * 1024 * 1024, 32) });
  await page.getByRole("button", { name: "Import", exact: true }).click();
  await expect(page.getByText("The file is larger than 5 MB")).toBeVisible();
  // Focus goes to the field to fix.
  await expect(page.getByLabel("Export file (.json)")).toBeFocused();

  await page
    .getByLabel("self_client.json")
    .setInputFiles({ name: "self_client.json", mimeType: "application/json", buffer: Buffer.alloc(2 * 1024 * 1024, 32) });
  await page.getByRole("button", { name: "Import Self Client" }).click();
  await expect(page.getByText("This is larger than 1 MB")).toBeVisible();
  expect(posts).toEqual([]);
});
