import { expect, test, type Page } from "@playwright/test";
import { expectAccessible } from "./a11y";
import { signIn, slug } from "./owner";

// The console on a phone (issue 14): one header row with a "Menu" below 640 px, menus that close with
// Escape and give focus back, a skip link first, loading feedback, and no page wider than the screen.
const base = `/w/${slug}`;
const PHONES = [
  { width: 360, height: 740 },
  { width: 390, height: 844 },
];

// A sandbox client of its own and a grant for it, so the detail pages have something to show.
async function clientAndGrant(page: Page, baseURL: string) {
  const name = `Mobile demo ${Date.now().toString(36)}`;
  await page.goto("/sandbox/console");
  await page.getByLabel("Name", { exact: true }).fill(name);
  await page.getByLabel(/Redirect URIs/).fill(`${baseURL}/oauth/callback`);
  await page.getByRole("button", { name: /register/i }).click();
  const id = (await page.getByTestId("sandbox-client-id").textContent())!.trim();
  const secret = (await page.getByTestId("sandbox-client-secret").textContent())!.trim();
  await page.goto(`${base}/clients/new`);
  await page.getByLabel("Name").fill(name);
  await page.getByLabel(/Built-in Zoho sandbox/).check();
  await page.getByLabel("Client ID").fill(id);
  await page.getByLabel("Client Secret").fill(secret);
  await page.getByLabel("Redirect URIs").fill(`${baseURL}/oauth/callback`);
  await page.getByRole("button", { name: "Register client" }).click();
  await expect(page).toHaveURL(/\/clients\?created=/);
  // Other specs import thousands of clients: find this one by name.
  await page.goto(`${base}/clients?q=${encodeURIComponent(name)}`);
  await page.getByTestId("client-row").filter({ hasText: name }).getByRole("link").click();
  await expect(page.getByRole("heading", { name })).toBeVisible();
  const client = new URL(page.url()).pathname;
  await page.getByRole("link", { name: "Authorize", exact: true }).last().click();
  await page.getByRole("button", { name: "Authorize" }).click();
  await page.getByLabel(/Priya Raman.*IN/).check();
  await page.getByRole("button", { name: "Accept", exact: true }).click();
  await expect(page.getByTestId("result-title")).toHaveText("Authorized — grant stored");
  await page.goto(`${base}/grants`);
  await page.getByTestId("grant-row").filter({ hasText: name }).getByRole("link", { name }).click();
  await expect(page.getByRole("heading", { name: new RegExp(name) })).toBeVisible();
  return { client, grant: new URL(page.url()).pathname };
}

// What sticks out past the right edge of the screen, if anything: the page itself, or a list row.
async function overflow(page: Page) {
  return page.evaluate(() => {
    const out: string[] = [];
    const width = document.documentElement.scrollWidth - window.innerWidth;
    if (width > 0) {
      const wide = [...document.querySelectorAll("main *, header *")]
        .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 1 && el.getClientRects().length > 0)
        .slice(-3)
        .map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].slice(0, 4).join(".")}`);
      out.push(`page ${width}px too wide (${wide.join(", ")})`);
    }
    // The lists this slice turned into stacked cards below 640 px.
    const rows = ["grant-row", "client-row", "member-row", "invite-row", "api-key-row", "data-centre-row"];
    for (const row of document.querySelectorAll(rows.map((r) => `[data-testid='${r}']`).join(","))) {
      const box = row.getBoundingClientRect();
      if (box.width > 0 && box.right > window.innerWidth + 1)
        out.push(`${row.getAttribute("data-testid")} ends at ${Math.round(box.right)}px`);
    }
    return out;
  });
}

test("on a phone every console page fits the screen, and the detail pages pass the accessibility bar", async ({ page, baseURL }) => {
  test.setTimeout(180_000);
  await signIn(page);
  const { client, grant } = await clientAndGrant(page, baseURL!);
  const paths = [
    base,
    `${base}/clients`,
    client,
    `${base}/authorize`,
    `${base}/callbacks`,
    `${base}/grants`,
    grant,
    `${base}/members`,
    `${base}/audit`,
    `${base}/api`,
    `${base}/settings`,
    `${base}/settings/api-keys`,
    `${base}/settings/data-centres`,
    "/account",
  ];
  const problems: string[] = [];
  for (const size of PHONES) {
    await page.setViewportSize(size);
    for (const path of paths) {
      await page.goto(path);
      await expect(page.locator("main h1").first()).toBeVisible();
      for (const problem of await overflow(page)) problems.push(`${size.width}px ${path}: ${problem}`);
    }
  }
  expect.soft(problems).toEqual([]);

  // Long ids, URLs and copy buttons stay inside their cards on a desktop screen too.
  await page.setViewportSize({ width: 1280, height: 800 });
  for (const path of [client, grant]) {
    await page.goto(path);
    const sticking = await page.evaluate(() =>
      [...document.querySelectorAll("main button, main dd, main code")]
        .filter((el) => {
          const card = el.closest(".rounded-lg");
          return card && el.getBoundingClientRect().right > card.getBoundingClientRect().right + 1;
        })
        .map((el) => el.textContent?.trim().slice(0, 40)),
    );
    expect(sticking, path).toEqual([]);
  }

  await page.goto(grant);
  await expectAccessible(page, "grant detail (phone layout)");
  await page.goto(client);
  await expectAccessible(page, "client detail (phone layout)");
});

test("below 640 px the workspace links fold behind Menu; Escape closes it and gives focus back", async ({ page }) => {
  await signIn(page);
  for (const size of PHONES) {
    await page.setViewportSize(size);
    await page.goto(`${base}/grants`);
    const header = await page.locator("header").boundingBox();
    expect(header!.height, `header height at ${size.width}px`).toBeLessThanOrEqual(64);
    const menu = page.getByRole("button", { name: "Menu" });
    await expect(menu).toHaveAttribute("aria-expanded", "false");
    await expect(page.getByRole("link", { name: "Debugger" })).toBeHidden();

    await menu.click();
    await expect(menu).toHaveAttribute("aria-expanded", "true");
    await expect(page.locator(`#${await menu.getAttribute("aria-controls")}`)).toBeVisible();
    await expect(page.getByRole("link", { name: "Debugger" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Grants", exact: true })).toHaveAttribute("aria-current", "page");
    await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
    const panel = await page.locator(`#${await menu.getAttribute("aria-controls")}`).boundingBox();
    expect(panel!.x + panel!.width).toBeLessThanOrEqual(size.width);
    if (size.width === 390) await expectAccessible(page, "mobile menu open");

    await page.getByRole("link", { name: "Debugger" }).focus();
    await page.keyboard.press("Escape");
    await expect(menu).toHaveAttribute("aria-expanded", "false");
    await expect(menu).toBeFocused();
    await expect(page.getByRole("link", { name: "Debugger" })).toBeHidden();

    // Following a link closes it too.
    await menu.press("Enter");
    await page.getByRole("link", { name: "Members" }).click();
    await expect(page).toHaveURL(new RegExp(`${base}/members$`));
    await expect(menu).toHaveAttribute("aria-expanded", "false");
  }
  // The desktop header is unchanged: no Menu button, the links in the row.
  await page.setViewportSize({ width: 1280, height: 800 });
  await expect(page.getByRole("button", { name: "Menu" })).toBeHidden();
  await expect(page.getByRole("link", { name: "Debugger" })).toBeVisible();
});

test("the workspace switcher names what it shows, closes on Escape or a click outside, and fits a 360 px screen", async ({ page }) => {
  await signIn(page);
  await page.setViewportSize(PHONES[0]);
  await page.goto(base);
  const summary = page.getByLabel("Switch workspace");
  // WCAG 2.5.3 Label in Name: the accessible name starts with the visible workspace name.
  await expect(summary).toHaveAccessibleName(/^Acme Integrations\b.*switch workspace/i);
  await summary.click();
  const list = page.getByTestId("workspace-switcher").getByRole("list");
  await expect(list).toBeVisible();
  const box = await list.boundingBox();
  expect(box!.x).toBeGreaterThanOrEqual(0);
  expect(box!.x + box!.width).toBeLessThanOrEqual(360);
  await page.getByRole("link", { name: "Acme Integrations" }).focus();
  await page.keyboard.press("Escape");
  await expect(list).toBeHidden();
  await expect(summary).toBeFocused();

  await summary.press("Enter");
  await expect(list).toBeVisible();
  await page.mouse.click(20, 700);
  await expect(list).toBeHidden();
});

test("the skip link is the first Tab stop and moves focus to the page's main content", async ({ page, browser }) => {
  await signIn(page);
  for (const path of [`${base}/grants`, "/account", "/sandbox"]) {
    await page.goto(path);
    await page.keyboard.press("Tab");
    const skip = page.getByRole("link", { name: "Skip to content" });
    await expect(skip, path).toBeFocused();
    await expect(skip).toBeInViewport();
    await page.keyboard.press("Enter");
    await expect(page.locator("main#content"), path).toBeFocused();
    // The next Tab goes on from the content, not back to the header.
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => !!document.activeElement?.closest("main")), path).toBe(true);
  }
  // Signed out, on the sign-in page.
  const guest = await browser.newPage();
  await guest.goto("/sign-in");
  await guest.keyboard.press("Tab");
  await expect(guest.getByRole("link", { name: "Skip to content" })).toBeFocused();
  await guest.keyboard.press("Enter");
  await expect(guest.locator("main#content")).toBeFocused();
  await guest.close();
});

test("detail pages answer a real 404 for what is not there, although they show a skeleton while loading", async ({ page }) => {
  await signIn(page);
  for (const path of [
    `${base}/grants/not-a-grant`,
    `${base}/clients/not-a-client`,
    `${base}/callbacks/not-a-callback`,
    `${base}/settings/webhooks/not-an-endpoint`,
    `${base}/authorize/device/not-a-device`,
  ]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
  }
  // The skeleton is what a slow navigation shows at once: busy, and announced once. The page's own data
  // is held back (not the prefetch, which carries the skeleton).
  for (const [link, path] of [
    ["Grants", "/grants"],
    ["Overview", ""],
    ["Authorize", "/authorize"],
    ["Callbacks", "/callbacks"],
    ["Reviews", "/reviews"],
    ["Settings", "/settings"],
  ]) {
    const slow = (url: URL) => url.pathname === `${base}${path}` && url.searchParams.has("_rsc");
    await page.route(slow, async (route) => {
      if (!route.request().headers()["next-router-prefetch"]) await new Promise((resolve) => setTimeout(resolve, 1500));
      await route.continue();
    });
    await page.goto(`${base}/members`);
    await page.waitForLoadState("networkidle");
    await page.getByRole("navigation", { name: "Workspace" }).getByRole("link", { name: link, exact: true }).click();
    const skeleton = page.getByTestId("page-skeleton");
    await expect(skeleton, link).toBeVisible();
    await expect(skeleton).toHaveAttribute("aria-busy", "true");
    await expect(skeleton.getByRole("status")).toHaveText("Loading…");
    await expect(skeleton).toHaveCount(0);
    await expect(page).toHaveURL(`${base}${path}`);
    await page.unroute(slow);
  }
});
