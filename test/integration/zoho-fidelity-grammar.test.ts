import { createHmac } from "node:crypto";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { authorizeInConsole, followCallback, startInConsole } from "./console-authorize";
import { decodeHtml, findForm, submitForm } from "./forms";
import { consentAt, obtainCode } from "./sandbox";
import { Session } from "./session";

// Issue 12, "Zoho as it really is": scopes, client ids, soid, no_org and the grant code lifetime as
// Zoho's own pages have them (docs/zoho.md, Corrections), end to end against the running
// console and its sandbox over HTTP. Each test fails on the console before the change.
const seeded = inject("seeded");
const owner = new Session();
const w = `/w/${seeded.slug}`;
const ava = "ava.carter@sandbox.zoho.test";
const sam = "sam.noorg@sandbox.zoho.test"; // a sandbox user with no organization in any Zoho app

const control = (body: object) =>
  owner.fetch(`/sandbox/control?workspace=${seeded.slug}`, {
    method: "POST",
    body: JSON.stringify(body),
    headers: { "content-type": "application/json" },
  });
async function token(location: string, params: Record<string, string>) {
  const response = await owner.fetch(`/sandbox/${location}/oauth/v2/token`, { method: "POST", body: new URLSearchParams(params) });
  return { status: response.status, json: await response.json() };
}
async function submit(page: string, form: string, values: Record<string, string> = {}) {
  const response = await submitForm(owner, page, findForm(await (await owner.fetch(page)).text(), form), values);
  expect(response.status).toBeLessThan(500);
  return { response, html: decodeHtml(await response.text()) };
}
const setCodeLifetime = (seconds: number) => submit(`${w}/settings`, "update-limits", { limitCodeLifetimeSeconds: String(seconds) });

// A Self Client registered at the sandbox (its console) and imported into the console.
const self = { client_id: "", client_secret: "", consoleId: "" };

beforeAll(async () => {
  await owner.signIn(seeded.email, seeded.password);
  // Other files may have spent the seeded client's 10 grant codes of the last 10 minutes.
  await control({ codeLimit: 1000 });
  const created = await submitForm(
    owner,
    "/sandbox/console",
    findForm(await (await owner.fetch("/sandbox/console")).text(), "sandbox-self-client"),
    { name: "Grammar self client", user: "10010001", scope: "ZohoCRM.modules.ALL" },
  );
  const file = JSON.parse(decodeHtml(/data-testid="self-client-json"[^>]*>([^<]+)</.exec(await created.text())?.[1] ?? "{}"));
  Object.assign(self, { client_id: file.client_id, client_secret: file.client_secret });
  const { code: _code, ...withoutCode } = file;
  const imported = await submit(`${w}/clients/transfer`, "import-self-client", {
    json: JSON.stringify(withoutCode),
    name: "Grammar self client",
    location: "us",
    sandbox: "on",
  });
  expect(imported.html).toContain("Self Client registered");
  self.consoleId =
    new RegExp(`<option value="([^"]+)">Grammar self client</option>`).exec(
      await (await owner.fetch(`${w}/grants/self-client`)).text(),
    )?.[1] ?? "";
  expect(self.consoleId).not.toBe("");
});
afterAll(async () => {
  await setCodeLifetime(60);
  await control({ reset: true });
});

describe("client_credentials: soid only for the Zoho apps that need it", () => {
  it("the sandbox issues a token without soid for Cliq, and answers missing_org_info for CRM (Zoho Accounts, client credentials flow)", async () => {
    const cliq = await token("us", { grant_type: "client_credentials", scope: "ZohoCliq.Webhooks.CREATE", ...self });
    expect(cliq.json).toMatchObject({ access_token: expect.any(String), token_type: "Bearer", scope: "ZohoCliq.Webhooks.CREATE" });
    expect(cliq.json).not.toHaveProperty("refresh_token");
    expect(await token("us", { grant_type: "client_credentials", scope: "ZohoCRM.modules.ALL", ...self })).toEqual({
      status: 200,
      json: { error: "missing_org_info" },
    });
    // An organization of another app does not name a CRM organization.
    expect(
      (await token("us", { grant_type: "client_credentials", scope: "ZohoCRM.modules.ALL", soid: "ZohoDesk.600123456", ...self })).json,
    ).toEqual({ error: "missing_org_info" });
    expect(
      (await token("us", { grant_type: "client_credentials", scope: "Desk.tickets.READ", soid: "ZohoDesk.600123456", ...self })).json,
    ).toHaveProperty("access_token");
  });

  it("the console stores an organization grant without soid, shows it, and renews it the same way", async () => {
    const grants = `${w}/grants/self-client`;
    const stored = await submit(grants, "create-org-grant", {
      clientId: self.consoleId,
      location: "us",
      scopes: "ZohoCliq.Webhooks.CREATE",
      soid: "",
    });
    expect(stored.html).toContain("Organization grant stored.");
    const needsSoid = await submit(grants, "create-org-grant", {
      clientId: self.consoleId,
      location: "us",
      scopes: "ZohoCRM.modules.ALL",
      soid: "",
    });
    expect(needsSoid.html).toContain("Zoho refused: This Zoho app has several organizations or portals, so client_credentials needs soid");

    const list = await (
      await owner.fetch(`/api/v1/grants?client=${self.consoleId}&limit=200`, { headers: { authorization: `Bearer ${seeded.apiKey}` } })
    ).json();
    const grant = list.data.find((g: { scopes: string[] }) => g.scopes.includes("ZohoCliq.Webhooks.CREATE"));
    expect(grant).toBeDefined();
    const detail = `${w}/grants/${grant.id}`;
    const page = decodeHtml(await (await owner.fetch(detail)).text());
    expect(page).toContain("no soid: this Zoho app needs none");
    expect(page).toContain("none: renewed with client_credentials");
    await submit(detail, "refresh-grant");
    expect(await (await owner.fetch(detail)).text()).toMatch(/data-testid="refresh-history"[\s\S]*?>ok</);
  });
});

describe("scopes: one grammar, Zoho's shapes accepted", () => {
  it("openid email profile: Authorize, consent, callback, a grant naming the user from the ID token", async () => {
    const run = await authorizeInConsole(owner, "openid,email,profile", ava);
    expect(run.authUrl.searchParams.get("scope")).toBe("openid,email,profile");
    expect(run.outcome).toBe("grant_created");
    expect(run.html).toContain("id_token");
    expect(run.html).not.toMatch(/eyJ[\w-]+\.eyJ/); // the ID token itself is never shown
    const list = await (
      await owner.fetch(`/api/v1/grants?zohoUser=${ava}&limit=200`, { headers: { authorization: `Bearer ${seeded.apiKey}` } })
    ).json();
    const grant = list.data.find((g: { scopes: string[] }) => g.scopes.join(",") === "openid,email,profile");
    expect(grant?.zoho_user).toEqual({ id: "10010001", email: ava });
  });

  it("the sandbox answers openid like Zoho: an ID token next to the access token", async () => {
    const c = await obtainCode(owner, { state: "grammar-oidc", userEmail: ava, scopes: "openid,email,profile" });
    const { json } = await token(c.location, {
      grant_type: "authorization_code",
      code: c.code,
      redirect_uri: seeded.redirectUri,
      client_id: seeded.zohoClientId,
      client_secret: seeded.clientSecret,
    });
    expect(json).toMatchObject({ access_token: expect.any(String), scope: "openid email profile", id_token: expect.any(String) });
    const [header, payload, signature] = json.id_token.split(".");
    const claims = JSON.parse(Buffer.from(payload, "base64url").toString());
    expect(claims).toMatchObject({
      iss: `${owner.baseUrl}/sandbox/us`,
      sub: "10010001",
      aud: seeded.zohoClientId,
      email: ava,
      email_verified: true,
      given_name: "Ava",
      family_name: "Carter",
      at_hash: expect.any(String),
    });
    expect(createHmac("sha256", seeded.clientSecret).update(`${header}.${payload}`).digest("base64url")).toBe(signature);
  });

  it("a scope shape the grammar does not know is a warning, not a block: the console sends it and Zoho (the sandbox) judges", async () => {
    const { authUrl } = await startInConsole(owner, { scopes: "PhoneBridge.call.log,ZohoCRM.modules.REED" });
    expect(authUrl?.searchParams.get("scope")).toBe("PhoneBridge.call.log,ZohoCRM.modules.REED");
    const refused = await (await owner.fetch(authUrl!.toString())).text();
    expect(refused).toContain("Invalid OAuth Scope");
    expect(decodeHtml(refused)).toContain('"ZohoCRM.modules.REED" ends in "REED"');
    // Only what cannot be a scope at all is refused by the console itself.
    const { authUrl: none, html } = await startInConsole(owner, { scopes: "ZohoCRM.modules.ALL,Zöho.x.ALL" });
    expect(none).toBeNull();
    expect(html).toContain("non-ASCII");
  });
});

describe("client ids: <digits>.<alphanumerics>, not only 1000.", () => {
  it("a 1004. client id registers, and a 1004. Self Client code reaches Zoho", async () => {
    const created = await submit(`${w}/clients/new`, "create-client", {
      provider: "ZOHO",
      type: "SERVER",
      name: "Device-era app",
      zohoClientId: "1004.AB12CD34EF56GH78IJ90KL12MN34OP",
      clientSecret: "0123456789abcdef0123456789abcdef01234567ab",
      redirectUris: "https://app.example.com/oauth/callback",
      homeDc: "us",
    });
    expect(created.html).not.toContain("A Zoho client id");
    const clients = await (await owner.fetch(`${w}/clients`)).text();
    expect(clients).toContain("1004.AB12CD34EF56GH78IJ90KL12MN34OP");

    const exchanged = await submit(`${w}/grants/self-client`, "exchange-self-code", {
      clientId: self.consoleId,
      location: "us",
      code: `1004.${"ab".repeat(16)}.${"cd".repeat(16)}`,
    });
    expect(exchanged.html).not.toContain("Paste the whole code");
    expect(exchanged.html).toContain("Zoho refused: The grant code expired or was already exchanged");
  });
});

describe("error=no_org: a user without an organization in the app", () => {
  it("the sandbox redirects with error=no_org; the console records it as no_org and explains it", async () => {
    const run = await authorizeInConsole(owner, "ZohoCRM.modules.ALL,AaaServer.profile.READ", sam);
    expect(run.redirect.searchParams.get("error")).toBe("no_org");
    expect(run.redirect.searchParams.has("code")).toBe(false);
    expect(run.outcome).toBe("no_org");
    expect(run.html).toContain("The Zoho user has no organization in that app");
    expect(run.html).toContain("Back to app");
    expect(run.html).toContain("leave out the scopes of apps this user does not use");
    // The callback inspector: its own outcome in the filter, the list and the detail.
    const callbacks = decodeHtml(await (await owner.fetch(`${w}/callbacks?outcome=no_org`)).text());
    expect(callbacks).toContain('value="no_org"');
    expect(callbacks).toContain('data-outcome="no_org"');
    const id = run.resultUrl.split("/").pop();
    expect(decodeHtml(await (await owner.fetch(`${w}/callbacks/${id}`)).text())).toContain("Since February 2025 Zoho then shows only");
  });

  it("the same user may still consent to scopes of apps that need no organization", async () => {
    expect((await authorizeInConsole(owner, "AaaServer.profile.READ", sam)).outcome).toBe("grant_created");
  });
});

describe("grant code lifetime: the workspace's figure, wherever a hint names it", () => {
  it("Settings keeps it; the result page and the builder's snippets show it", async () => {
    const saved = await setCodeLifetime(120);
    expect(saved.html).not.toContain("At most");
    // A code exchanged twice: Zoho's invalid_code, explained with the configured lifetime.
    const run = await authorizeInConsole(owner, "ZohoCRM.modules.ALL", ava);
    expect(run.outcome).toBe("grant_created");
    const again = await startInConsole(owner, { scopes: "ZohoCRM.modules.ALL" });
    const replay = new URL(run.redirect);
    replay.searchParams.set("state", again.authUrl!.searchParams.get("state")!);
    const failed = await followCallback(owner, replay);
    expect(failed.outcome).toBe("exchange_failed");
    expect(failed.html).toContain("A grant code lives 2 minutes");
    expect(failed.html).not.toContain("60 seconds");
    const builder = decodeHtml(await (await owner.fetch(`${w}/authorize`)).text());
    expect(builder).toContain("exchange within 2 minutes");
    expect((await setCodeLifetime(5)).html).toContain("At least 10 seconds");
  });
});

describe("the consent page lists the user without an organization", () => {
  it("labels them, so a tester knows what Accept will do", async () => {
    const { authUrl } = await startInConsole(owner, { scopes: "ZohoCRM.modules.ALL" });
    const page = await (await owner.fetch(authUrl!.toString())).text();
    expect(decodeHtml(page)).toContain("Sam Okafor (sam.noorg@sandbox.zoho.test) — US, no organization in any Zoho app");
    // Rejecting still answers access_denied, whoever is picked.
    expect((await consentAt(owner, authUrl!, sam, "Reject")).searchParams.get("error")).toBe("access_denied");
  });
});
