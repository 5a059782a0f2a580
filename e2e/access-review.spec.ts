import fs from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { expectAccessible } from "./a11y";
import { signIn, slug } from "./owner";
import { registerSandboxClient } from "./register-sandbox-client";

// An admin's access review from start to report: two grants of one client (authorized at the sandbox),
// filtered on the Grants page and exported as CSV, a review of exactly them, one kept and one revoked, finished — the grant is revoked at the sandbox —
// and the printable report lists both decisions.
test.describe.configure({ timeout: 240_000 });
const NAME = "Review demo";

async function authorize(page: Page, user: RegExp) {
  await page.goto(`/w/${slug}/authorize`);
  await page.getByLabel("Client", { exact: true }).selectOption({ label: `${NAME} (development)` });
  await page.getByRole("button", { name: "Authorize" }).click();
  await page.getByLabel(user).check();
  await page.getByRole("button", { name: "Accept", exact: true }).click();
  await expect(page.getByTestId("result-title")).toHaveText("Authorized — grant stored");
}

test("start a review of a client's grants, keep one, revoke one, finish, read the report", async ({ page, baseURL }) => {
  await signIn(page);
  await registerSandboxClient(page, NAME, `${baseURL}/oauth/callback`);
  const clientId = new URL(page.url()).searchParams.get("created")!;
  await authorize(page, /Ava Carter/);
  await authorize(page, /Emma Schmidt/);

  // From the Grants page: filter to this client's development grants, export exactly them, review them.
  await page.goto(`/w/${slug}/grants`);
  const filters = page.getByTestId("grant-filters");
  // By name in the search (the Client picker lists the first 100 clients; big-import.spec adds thousands).
  await filters.getByRole("searchbox", { name: "Search" }).fill(NAME);
  await filters.getByRole("combobox", { name: "Environment" }).selectOption("development");
  await filters.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/[?&]env=development/);
  await expect(page.getByTestId("grant-count")).toHaveText("2 grants match the filters");
  const download = page.waitForEvent("download");
  await page.getByTestId("export-export-csv").click();
  const csv = fs
    .readFileSync(await (await download).path(), "utf8")
    .trim()
    .split("\n");
  expect(csv).toHaveLength(3);
  expect(csv.slice(1).every((line) => line.includes(NAME))).toBe(true);
  await page.getByRole("link", { name: "Review these grants" }).click();
  await expect(page.getByTestId("review-covers")).toContainText("covers 2 grants");
  await expectAccessible(page, "start an access review");
  await page.getByLabel("Name").fill("Review demo grants");
  await page.getByRole("button", { name: "Start the review of 2 grants" }).click();
  await expect(page).toHaveURL(new RegExp(`/w/${slug}/reviews/\\w+$`));
  await expect(page.getByTestId("review-counts")).toContainText("2 undecided");

  const rows = page.getByTestId("review-item");
  await rows.nth(0).getByRole("textbox").fill("Used by the nightly sync");
  await rows.nth(0).getByRole("button", { name: "Keep" }).click();
  await expect(rows.nth(0).getByTestId("review-decision")).toContainText("keep");
  await rows.nth(1).getByRole("textbox").fill("Nobody owns this one");
  await rows.nth(1).getByRole("button", { name: "Revoke" }).click();
  await expect(rows.nth(1).getByTestId("review-decision")).toContainText("revoke");
  await expect(page.getByTestId("review-counts")).toContainText("0 undecided · 1 keep · 1 revoke");
  await expectAccessible(page, "access review with decisions");

  await page.getByText("Finish or cancel the review").click();
  page.once("dialog", (dialog) => dialog.accept());
  await page.getByRole("button", { name: "Finish the review" }).click();
  await expect(page.getByTestId("review-outcome")).toContainText("Revoked: 1 of 1");

  await page.getByRole("link", { name: "Report", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Review demo grants" })).toBeVisible();
  await expect(page.getByTestId("report-decision")).toHaveText(["keep", "revoke"]);
  await expect(page.getByTestId("report-row").nth(1)).toContainText("revoked: Grant revoked (revoked at Zoho)");
  await expect(page.getByTestId("report-row").nth(0)).toContainText("Used by the nightly sync");
  await expectAccessible(page, "access review report");

  await page.goto(`/w/${slug}/grants?client=${clientId}&status=revoked`);
  await expect(page.getByTestId("grant-count")).toContainText("1 grant");
});
