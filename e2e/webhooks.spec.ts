import http from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test } from "@playwright/test";
import { expectAccessible } from "./a11y";
import { signIn, slug } from "./owner";

// Issue 17: an admin adds a webhook endpoint (a receiver on loopback: the embedded console runs the
// sandbox, so http://127.0.0.1 is allowed), copies the secret shown once, sends a test event and sees it
// delivered in the endpoint's log — at desktop width and at 390 px; each state through the accessibility bar.
test("add a webhook endpoint, send a test event, see it delivered in the log", async ({ page }) => {
  const bodies: string[] = [];
  const receiver = http.createServer((req, res) => {
    let body = "";
    req.on("data", (c: Buffer) => (body += c.toString()));
    req.on("end", () => {
      bodies.push(body);
      res.writeHead(200, { "content-type": "text/plain" }).end("thanks");
    });
  });
  await new Promise<void>((r) => receiver.listen(0, "127.0.0.1", r));
  const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks`;
  try {
    await signIn(page);
    await page.goto(`/w/${slug}/settings`);
    await page.getByRole("link", { name: "Manage webhooks" }).click();
    await expect(page.getByRole("heading", { name: "No webhook endpoints yet" })).toBeVisible();
    await expectAccessible(page, "webhooks, empty");

    // A private address is refused with a field error.
    await page.getByLabel("URL").fill("https://10.0.0.1/hooks");
    await page.getByRole("button", { name: "Add endpoint" }).click();
    await expect(page.getByText("a private network address")).toBeVisible();
    await expectAccessible(page, "webhooks, a refused URL");

    await page.getByLabel("URL").fill(url);
    await page.getByRole("button", { name: "Add endpoint" }).click();
    await expect(page.getByTestId("new-webhook-secret")).toContainText("whsec_");
    await expect(page.getByRole("button", { name: "Copy secret" })).toBeVisible();
    await expectAccessible(page, "webhooks, the secret shown once");
    await page.getByRole("link", { name: url }).click();

    await expect(page.getByRole("heading", { name: "Nothing sent yet" })).toBeVisible();
    await page.getByRole("button", { name: "Send test event" }).click();
    await expect(page.getByText("Test event queued")).toBeVisible();
    await expect
      .poll(
        async () => {
          await page.reload();
          return page.getByTestId("webhook-delivery").first().getAttribute("data-status");
        },
        { timeout: 15_000 },
      )
      .toBe("DELIVERED");
    expect(bodies.map((b) => JSON.parse(b).type)).toEqual(["webhook.test"]);
    await page.getByText("Attempts").first().click();
    await expect(page.getByTestId("webhook-attempt").first()).toContainText("HTTP 200");
    await expectAccessible(page, "a webhook endpoint's delivery log");

    await page.setViewportSize({ width: 390, height: 800 });
    await expect(page.getByRole("button", { name: "Redeliver" }).first()).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.goto(`/w/${slug}/settings/webhooks`);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  } finally {
    receiver.close();
  }
});
