import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { findForm, submitForm } from "./forms";
import { obtainCode, setSandboxFaults } from "./sandbox";
import { locationOf, Session } from "./session";

// Org-wide (instance-level) admin consent, end to end through the builder, the sandbox's
// /oauth/v2/org/auth and the callback: the grant is marked org-wide everywhere, it is not one of the
// user's 20 refresh tokens (neither at the sandbox nor in the console's near-cap count), and the token
// API names the product hosts of a grant's data centre. Its own workspace (seed-org-grants.ts).
const seeded = inject("seeded");
const org = seeded.orgGrants;
const owner = new Session();
const AVA = "ava.carter@sandbox.zoho.test";
const auth = { authorization: `Bearer ${org.apiKey}` };
const builder = `/w/${org.slug}/authorize?client=${org.clientId}`;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const faults = (body: object) => setSandboxFaults(owner, org.slug, body);
const tokenAnswer = (grantId: string) => fetch(`${owner.baseUrl}/api/v1/grants/${grantId}/access-token`, { headers: auth });
const page = async (path: string) => (await owner.fetch(path)).text();

/** Presses Authorize in the builder, consents at the sandbox as Ava, delivers the callback; the new grant's id. */
async function authorize({ orgWide }: { orgWide: boolean }): Promise<string> {
  const form = findForm(await page(builder), "start-authorization");
  const started = await submitForm(owner, builder, form, {
    clientId: org.clientId,
    location: "us",
    scopes: "AaaServer.profile.READ,ZohoCRM.modules.ALL",
    accessType: "offline",
    promptConsent: "on",
    ...(orgWide && { orgWide: "on" }),
  });
  const authUrl = new URL(started.headers.get("location") ?? started.headers.get("x-action-redirect") ?? "", owner.baseUrl);
  expect(authUrl.pathname, `HTTP ${started.status}`).toBe(orgWide ? "/sandbox/us/oauth/v2/org/auth" : "/sandbox/us/oauth/v2/auth");
  const state = authUrl.searchParams.get("state")!;
  const code = await obtainCode(owner, { state, userEmail: AVA, zohoClientId: org.zohoClientId, authUrl: authUrl.toString() });
  const res = await owner.fetch(
    `/oauth/callback?${new URLSearchParams({ code: code.code, location: code.location, "accounts-server": code.accountsServer, state })}`,
  );
  expect(await page(locationOf(res))).toContain('data-outcome="grant_created"');
  return /href="\/w\/[^/]+\/grants\/(c[a-z0-9]{20,})"/.exec(await page(`/w/${org.slug}/grants`))![1];
}

const grantRow = (html: string, id: string) => html.split('data-testid="grant-row"').find((row) => row.includes(`/grants/${id}"`)) ?? "";
const nearCap = async () =>
  [...(await page(`/w/${org.slug}`)).matchAll(/data-testid="near-cap">([\s\S]*?)<\/li>/g)].map((m) =>
    m[1].replace(/<[^>]+>|<!-- -->/g, ""),
  );

let orgGrant = "";
const personal: string[] = [];
beforeAll(async () => {
  await owner.signIn(org.email, seeded.password);
  // Two dozen grant codes for one client; tokens that live 1 s, so the token API refreshes at the sandbox.
  await faults({ reset: true });
  await faults({ codeLimit: 1000, accessTokenTtlSeconds: 1 });
});
afterAll(() => faults({ reset: true }));

describe("org-wide grants", () => {
  it("the builder offers org-wide consent to a Server-based client only", async () => {
    const html = await page(builder);
    expect(html).toContain('name="orgWide"');
    const mobile = `/w/${org.slug}/authorize?client=${org.mobileClientId}`;
    const mobileHtml = await page(mobile);
    expect(mobileHtml).toContain('data-testid="org-consent-unavailable"');
    // Forced anyway (a hand-made request): refused with a reason, nothing started.
    const refused = await submitForm(owner, mobile, findForm(mobileHtml, "start-authorization"), {
      clientId: org.mobileClientId,
      orgWide: "on",
    });
    expect(refused.headers.get("location") ?? refused.headers.get("x-action-redirect")).toBeNull();
    expect(await refused.text()).toContain("Server-based applications only");
  });

  it("an org-wide authorization through the sandbox is marked org-wide in the pages, the API list and the token answer", async () => {
    orgGrant = await authorize({ orgWide: true });
    expect(grantRow(await page(`/w/${org.slug}/grants`), orgGrant)).toContain('data-testid="org-wide"');
    const grantPage = await page(`/w/${org.slug}/grants/${orgGrant}`);
    expect(grantPage).toContain('data-testid="org-grant-note"');
    expect(grantPage).toContain("does not count toward Zoho&#x27;s 20 refresh tokens");
    const list = await (await fetch(`${owner.baseUrl}/api/v1/grants?client=${org.clientId}`, { headers: auth })).json();
    expect(list.data.find((g: { id: string }) => g.id === orgGrant)).toMatchObject({ org_wide: true, zoho_user: { email: AVA } });
    const answer = await tokenAnswer(orgGrant);
    expect(answer.status).toBe(200);
    expect(await answer.json()).toMatchObject({ org_wide: true, location: "us", product_hosts: {} });
  });

  it("21 personal grants of one user evict the oldest personal one, not the org grant; the near-cap count leaves the org grant out", async () => {
    expect(orgGrant).toBeTruthy();
    for (let i = 0; i < 21; i++) personal.push(await authorize({ orgWide: false }));
    expect(grantRow(await page(`/w/${org.slug}/grants`), personal[20])).not.toContain('data-testid="org-wide"');
    // The console counts Ava's own grants only: 21 of the cap of 20 (the org grant would make it 22).
    expect(await nearCap()).toEqual([expect.stringContaining("21 / 20")]);
    const stats = await (await owner.fetch(`/sandbox/control/stats?client_id=${org.zohoClientId}&workspace=${org.slug}`)).json();
    expect(stats.active_refresh_tokens).toBe(21); // 20 personal + the org's

    await sleep(1100); // every cached token has expired: the token API refreshes at the sandbox
    const evicted = await tokenAnswer(personal[0]);
    expect(evicted.status).toBe(410);
    expect((await evicted.json()).type).toBe("https://zoho-oauth-console.dev/problems/grant-invalid");
    const kept = await tokenAnswer(orgGrant);
    expect(kept.status).toBe(200);
    expect(await kept.json()).toMatchObject({ org_wide: true });
    expect((await tokenAnswer(personal[1])).status).toBe(200);
    expect(await nearCap()).toEqual([expect.stringContaining("20 / 20")]);
    // The org grant's page has no per-user budget; a personal grant's counts 20, not 21.
    const userBudget =
      /Active refresh tokens of this Zoho user for this client<\/span><span[^>]*data-testid="budget-value">(\d+)<!-- --> \/ <!-- -->20</;
    expect(await page(`/w/${org.slug}/grants/${orgGrant}`)).not.toMatch(/Active refresh tokens of this Zoho user/);
    expect(userBudget.exec(await page(`/w/${org.slug}/grants/${personal[1]}`))?.[1]).toBe("20");
  }, 240_000);

  it("the token answer names the product hosts of a real Zoho grant's data centre; a sandbox grant's are under its api_domain", async () => {
    const zoho = await tokenAnswer(org.zohoGrantId);
    expect(zoho.status).toBe(200);
    const body = await zoho.json();
    expect(body).toMatchObject({
      api_domain: "https://www.zohoapis.eu",
      location: "eu",
      org_wide: false,
      product_hosts: {
        crm_sandbox: "https://sandbox.zohoapis.eu",
        crm_developer: "https://developer.zohoapis.eu",
        desk: "https://desk.zoho.eu/api/v1",
        workdrive: "https://www.zohoapis.eu/workdrive",
      },
    });
    for (const url of Object.values(body.product_hosts as Record<string, string>))
      expect(url).toMatch(/^https:\/\/[a-z.]+\.(zoho|zohoapis)\.eu(\/|$)/);
    const sandboxGrant = personal[1] ?? orgGrant;
    const sandbox = await tokenAnswer(sandboxGrant);
    expect(sandbox.status).toBe(200);
    const sandboxAnswer = await sandbox.json();
    // The sandbox answers each product under its one api_domain (lib/zoho/product-hosts.ts, SANDBOX_PRODUCT_PATHS).
    expect(sandboxAnswer.product_hosts).toMatchObject({
      desk: `${sandboxAnswer.api_domain}/desk/api/v1`,
      mail: `${sandboxAnswer.api_domain}/mail/api`,
      books: `${sandboxAnswer.api_domain}/books/v3`,
    });

    const zohoPage = await page(`/w/${org.slug}/grants/${org.zohoGrantId}`);
    expect(zohoPage.slice(zohoPage.indexOf('data-testid="product-hosts"'))).toContain("https://sandbox.zohoapis.eu");
    // The copy button is named by its visible text (components/copy-button.tsx).
    expect(zohoPage).toMatch(/<button[^>]*>Copy Zoho CRM — sandbox org URL<\/button>/);
    const sandboxPage = await page(`/w/${org.slug}/grants/${sandboxGrant}`);
    expect(sandboxPage.slice(sandboxPage.indexOf('data-testid="product-hosts"'))).toContain(`${sandboxAnswer.api_domain}/desk/api/v1`);

    const doc = await (await fetch(`${owner.baseUrl}/api/v1/openapi.json`)).json();
    expect(doc.components.schemas.AccessToken.properties).toHaveProperty("product_hosts");
    expect(doc.components.schemas.Grant.properties).toHaveProperty("org_wide");
  });
});
