import { expect, test, type Page } from "@playwright/test";
import { expectAccessible } from "./a11y";
import { describeFocus, expectFocusNotLost, retype, tabTo } from "./keyboard";
import { owner, slug } from "./owner";

// Issue 14: the whole flow with the keyboard alone — no click, check, fill or locator.focus(), from the
// sign-in on: sign in, register a sandbox client, register it in the console, build the URL with the scope
// combobox (WAI-ARIA APG keys), copy a URL, switch the snippet tabs with arrows, authorize, consent at the
// sandbox, open the grant and press "Refresh now". Focus is checked at every step where it could be lost.
// Long: two axe passes (4 modes each) on the builder, whose client select holds the import spec's thousand
// clients, take about 35 s a mode on a loaded 2-CPU machine; the walk itself takes one to two minutes.
test.describe.configure({ timeout: 420_000 });

const chip = (page: Page, scope: string) =>
  page.getByTestId("scope-chip").filter({ hasText: new RegExp(`^${scope.replace(/\./g, "\\.")}$`) });
const removeButton = (page: Page, scope: string) => page.getByRole("button", { name: `Remove ${scope}`, exact: true });

test("keyboard only: from the sign-in to a grant's Refresh now", async ({ page, baseURL }) => {
  // Any pointer press on any page fails the test: the walk, sign-in included, is the keyboard's alone.
  const pointerPresses: string[] = [];
  await page.exposeFunction("__pointerPress", (what: string) => pointerPresses.push(what));
  await page.addInitScript(() => {
    const report = (e: Event) =>
      (window as unknown as { __pointerPress: (w: string) => void }).__pointerPress(`${e.type} on ${location.pathname}`);
    for (const type of ["pointerdown", "mousedown"]) window.addEventListener(type, report, true);
  });
  const name = `Keyboard-walk-${Date.now().toString(36)}`;
  const callback = `${baseURL}/oauth/callback`;

  // The sign-in page: the skip link is the first Tab stop, then the fields; Enter submits.
  await page.goto("/sign-in");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Skip to content" })).toBeFocused();
  await tabTo(page, page.getByLabel("Email"));
  await page.keyboard.type(owner.email);
  await tabTo(page, page.getByLabel("Password"));
  await page.keyboard.type(owner.password);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/w\//);

  // The sandbox's API console: a URL typed in the address bar, then only keys.
  await page.goto("/sandbox/console");
  await tabTo(page, page.getByLabel("Name", { exact: true }));
  await page.keyboard.type(name);
  await tabTo(page, page.getByLabel(/Redirect URIs/));
  await retype(page, callback);
  const register = page.getByRole("button", { name: "Register sandbox client" });
  await tabTo(page, register);
  await page.keyboard.press("Enter");
  const id = (await page.getByTestId("sandbox-client-id").textContent())!.trim();
  const secret = (await page.getByTestId("sandbox-client-secret").textContent())!.trim();
  expect(id).toMatch(/^1000\.[A-Z0-9]{30}$/);

  // The console, starting on the page body: the skip link is the first stop and lands in <main>.
  await page.goto(`/w/${slug}`);
  const skip = page.getByRole("link", { name: "Skip to content" });
  await page.keyboard.press("Tab");
  await expect(skip).toBeFocused();
  await page.keyboard.press("Enter");
  await page.keyboard.press("Tab");
  expect(await page.evaluate(() => Boolean(document.activeElement?.closest("main"))), await describeFocus(page)).toBe(true);
  await tabTo(page, page.getByRole("navigation", { name: "Workspace" }).getByRole("link", { name: "Clients" }), { back: true });
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`/w/${slug}/clients$`));
  await tabTo(page, page.getByRole("link", { name: "Register a client" }).first());
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/clients\/new$/);
  await expect(page.getByLabel(/Built-in Zoho sandbox/)).toBeChecked();
  await tabTo(page, page.getByLabel("Client ID"));
  await page.keyboard.type(id);
  await tabTo(page, page.getByLabel("Client Secret"));
  await page.keyboard.type(secret);
  await tabTo(page, page.getByLabel("Name", { exact: true }));
  await page.keyboard.type(name);
  await tabTo(page, page.getByLabel("Redirect URIs", { exact: true }));
  await retype(page, callback);
  await tabTo(page, page.getByRole("button", { name: "Register client" }));
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/clients\?created=/);

  // The builder, through the navigation.
  await tabTo(page, page.getByRole("navigation", { name: "Workspace" }).getByRole("link", { name: "Authorize" }));
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`/w/${slug}/authorize$`));
  const clientSelect = page.getByLabel("Client", { exact: true });
  await tabTo(page, clientSelect);
  // Type-ahead picks the option (the list can hold a thousand clients after the import spec).
  await page.keyboard.type(name);
  await expect(clientSelect.locator("option:checked")).toHaveText(new RegExp(`^${name}`));
  const url = page.getByTestId("auth-url");
  await expect(url).toContainText(id);
  await expect(url).toContainText("scope=AaaServer.profile.READ%2CZohoCRM.modules.ALL&");

  // The scope combobox.
  const combo = page.getByRole("combobox", { name: "Add a scope" });
  const status = page.locator("#scope-search ~ [role=status]");
  await tabTo(page, combo);
  await expect(combo).toHaveAttribute("aria-expanded", "false");
  await page.keyboard.type("leads");
  await expect(combo).toHaveAttribute("aria-expanded", "true");
  const listbox = page.getByRole("listbox", { name: "Suggested scopes" });
  await expect(combo).toHaveAttribute("aria-controls", (await listbox.getAttribute("id"))!);
  await expect(listbox.getByRole("group", { name: "CRM" })).toBeVisible();
  const options = listbox.getByRole("option");
  await expect(options).toHaveText([/^ZohoCRM\.modules\.leads\.READ/, /^ZohoCRM\.modules\.leads\.ALL/]);
  await expect(combo).not.toHaveAttribute("aria-activedescendant");
  await expect(status).toHaveText("2 scopes suggested");
  const highlighted = async (n: number) => {
    await expect(combo).toHaveAttribute("aria-activedescendant", (await options.nth(n).getAttribute("id"))!);
    await expect(options.nth(n)).toHaveAttribute("aria-selected", "true");
    await expect(options.nth(1 - n)).toHaveAttribute("aria-selected", "false");
    await expect(combo).toBeFocused();
  };
  await page.keyboard.press("ArrowDown");
  await highlighted(0);
  await page.keyboard.press("ArrowDown");
  await highlighted(1);
  await page.keyboard.press("ArrowDown"); // wraps
  await highlighted(0);
  await page.keyboard.press("ArrowUp"); // wraps back
  await highlighted(1);
  await page.keyboard.press("Home");
  await highlighted(0);
  await page.keyboard.press("End");
  await highlighted(1);
  await page.keyboard.press("Home");
  await expectAccessible(page, "builder with the scope listbox open");
  await expect(combo).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(chip(page, "ZohoCRM.modules.leads.READ")).toBeVisible();
  await expect(combo).toHaveValue("");
  await expect(combo).toHaveAttribute("aria-expanded", "false");
  await expect(combo).toBeFocused();
  await expect(status).toHaveText("Added ZohoCRM.modules.leads.READ");
  await expect(url).toContainText("scope=AaaServer.profile.READ%2CZohoCRM.modules.ALL%2CZohoCRM.modules.leads.READ&");

  // Escape closes the list, a second Escape clears the text.
  await page.keyboard.type("desk");
  await expect(combo).toHaveAttribute("aria-expanded", "true");
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("Escape");
  await expect(combo).toHaveAttribute("aria-expanded", "false");
  await expect(combo).toHaveValue("desk");
  await page.keyboard.press("Escape");
  await expect(combo).toHaveValue("");
  await expect(combo).toBeFocused();

  // Tab leaves normally with the list open and an option highlighted: nothing added, focus not stolen back.
  await page.keyboard.type("bill");
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("Tab");
  await expect(combo).not.toBeFocused();
  await expectFocusNotLost(page);
  expect(await page.evaluate(() => Boolean(document.activeElement?.closest("[role=listbox]"))), "focus went into the listbox").toBe(false);
  await expect(combo).toHaveAttribute("aria-expanded", "false");
  await expect(page.getByTestId("scope-chip")).toHaveCount(3);
  await page.keyboard.press("Shift+Tab");
  await expect(combo).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(combo).toHaveValue("");

  // Any scope, typed: comma adds it; removing the last chip by its button puts focus back in the input.
  await page.keyboard.type("Custom.records.READ,");
  await expect(chip(page, "Custom.records.READ")).toBeVisible();
  await page.keyboard.press("Shift+Tab");
  await expect(removeButton(page, "Custom.records.READ")).toBeFocused();
  const box = await removeButton(page, "Custom.records.READ").boundingBox();
  expect(box!.width).toBeGreaterThanOrEqual(24);
  expect(box!.height).toBeGreaterThanOrEqual(24);
  await page.keyboard.press("Space");
  await expect(chip(page, "Custom.records.READ")).toHaveCount(0);
  await expect(combo).toBeFocused();
  await expect(status).toHaveText("Removed Custom.records.READ");

  // Removing a chip in the middle moves focus to the next chip's button.
  await page.keyboard.press("Shift+Tab");
  await page.keyboard.press("Shift+Tab");
  await expect(removeButton(page, "ZohoCRM.modules.ALL")).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(chip(page, "ZohoCRM.modules.ALL")).toHaveCount(0);
  await expect(removeButton(page, "ZohoCRM.modules.leads.READ")).toBeFocused();

  // Enter adds the typed text when no option is highlighted; Backspace in the empty field removes it.
  await page.keyboard.press("Tab");
  await expect(combo).toBeFocused();
  await page.keyboard.type("Other.thing.READ");
  await page.keyboard.press("Enter");
  await expect(chip(page, "Other.thing.READ")).toBeVisible();
  await page.keyboard.press("Backspace");
  await expect(chip(page, "Other.thing.READ")).toHaveCount(0);
  await expect(combo).toBeFocused();
  await expect(url).toContainText("scope=AaaServer.profile.READ%2CZohoCRM.modules.leads.READ&");

  // Copy URL mints a real state: while it does, the button keeps focus (aria-disabled, not disabled, which would
  // drop focus to <body>) and a second press is ignored. The answer is held back a moment so that can be seen.
  const mints: string[] = [];
  const builder = `**/w/${slug}/authorize`;
  await page.route(builder, async (route) => {
    if (route.request().method() !== "POST") return route.continue();
    mints.push(route.request().url());
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    await route.continue();
  });
  const copyUrl = page.getByTestId("copy-minted-url");
  await tabTo(page, copyUrl);
  await expect(copyUrl).toHaveText("Copy URL");
  await page.keyboard.press("Enter");
  await expect(copyUrl).toHaveText("Preparing URL…");
  await expect(copyUrl).toHaveAttribute("aria-disabled", "true");
  await expect(copyUrl).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("minted-url")).toContainText("state=");
  await expect(copyUrl).toHaveText("Copy URL");
  await expect(copyUrl).toHaveAttribute("aria-disabled", "false");
  await expect(copyUrl).toBeFocused();
  expect(mints, "one state minted for two presses").toHaveLength(1);
  await page.unroute(builder);

  // The snippet tabs: one tab stop, arrows move and activate.
  const curl = page.getByRole("tab", { name: "cURL (exchange)" });
  const node = page.getByRole("tab", { name: "Node" });
  const python = page.getByRole("tab", { name: "Python" });
  await tabTo(page, curl);
  await expect(curl).toHaveAttribute("aria-selected", "true");
  await expect(node).toHaveAttribute("tabindex", "-1");
  for (const [key, tab] of [
    ["ArrowRight", node],
    ["ArrowRight", python],
    ["ArrowRight", curl],
    ["ArrowLeft", python],
    ["Home", curl],
    ["End", python],
  ] as const) {
    await page.keyboard.press(key);
    await expect(tab).toBeFocused();
    await expect(tab).toHaveAttribute("aria-selected", "true");
    await expect(tab).toHaveAttribute("tabindex", "0");
  }
  const panel = page.getByRole("tabpanel", { name: "Python" });
  await expect(panel).toBeVisible();
  await expect(panel).toHaveAttribute("aria-labelledby", (await python.getAttribute("id"))!);
  await expect(python).toHaveAttribute("aria-controls", (await panel.getAttribute("id"))!);
  await expect(page.getByRole("tabpanel")).toHaveCount(1);
  await expectAccessible(page, "builder with the Python snippet tab");
  await page.keyboard.press("Tab");
  await expect(panel.getByRole("button", { name: "Copy Python" })).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(panel.getByRole("region", { name: "Python code" })).toBeFocused();

  // Authorize, then consent at the sandbox by keyboard: arrows pick the radio, Enter on Accept.
  await tabTo(page, page.getByRole("button", { name: "Authorize", exact: true }));
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/sandbox\/us\/oauth\/v2\/auth\?/);
  await tabTo(page, page.getByLabel(/Ava Carter/));
  await page.keyboard.press("ArrowDown");
  const emma = page.getByLabel(/Emma Schmidt.*EU/);
  await expect(emma).toBeFocused();
  await expect(emma).toBeChecked();
  await tabTo(page, page.getByRole("button", { name: "Accept", exact: true }));
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/oauth\/result\//);
  await expect(page.getByTestId("result-title")).toHaveText("Authorized — grant stored");

  // From the result to the grant (directly, or through the grants list), then Refresh now.
  await tabTo(page, page.getByRole("link", { name: "See the grant" }));
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/grants(\/[a-z0-9]+)?$/);
  if (/\/grants$/.test(new URL(page.url()).pathname)) {
    await tabTo(page, page.getByRole("link", { name, exact: true }).first());
    await page.keyboard.press("Enter");
  }
  await expect(page).toHaveURL(/\/grants\/[a-z0-9]+$/);
  await expect(page.locator("main")).toContainText("emma.schmidt@sandbox.zoho.test");
  const refresh = page.getByRole("button", { name: "Refresh now" });
  await tabTo(page, refresh);
  await page.keyboard.press("Enter");
  await expect(page.getByText("New access token, valid for an hour.")).toBeVisible();
  expect(pointerPresses).toEqual([]);
  // Issue 14: focus never falls to <body> after a submit (the shared SubmitButton's focus management).
  await expectFocusNotLost(page);
});
