import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { API_ERRORS, TOKEN_ERRORS } from "../fixtures/zoho-answers";
import { consoleGrant, sandboxFaults } from "./console-grant";
import { findForm, submitForm } from "./forms";
import { obtainCode } from "./sandbox";
import { Session } from "./session";

// Zoho's answers as they really are (issue 12): the throttle answer localized, revoke of a token Zoho
// already forgot (HTTP 400), and the cap of active access tokens per refresh token — the evicted token
// refused by the sandbox's CRM API with Zoho CRM's INVALID_TOKEN.
const seeded = inject("seeded");
const owner = new Session();
const w = `/w/${seeded.slug}`;
const auth = { authorization: `Bearer ${seeded.apiKey}` };
const ava = "ava.carter@sandbox.zoho.test";
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const getToken = (grantId: string) => fetch(`${owner.baseUrl}/api/v1/grants/${grantId}/access-token`, { headers: auth });
const grantPage = async (grantId: string) => (await owner.fetch(`${w}/grants/${grantId}`)).text();

beforeAll(async () => {
  await owner.signIn(seeded.email, seeded.password);
  await sandboxFaults(owner, { reset: true });
  await sandboxFaults(owner, { codeLimit: 1000 });
});
afterAll(() => sandboxFaults(owner, { reset: true }));

describe("Zoho's throttle answer in another language", () => {
  it("HTTP 400 拒绝访问 with status failure backs the grant off for a minute, like the English one", async () => {
    await sandboxFaults(owner, { accessTokenTtlSeconds: 1 });
    const grant = await consoleGrant(owner, {
      clientId: seeded.clientId,
      zohoClientId: seeded.zohoClientId,
      scopes: "AaaServer.profile.READ,ZohoCRM.modules.ALL",
      userEmail: "jack.wilson@sandbox.zoho.test",
    });
    await sleep(1100); // the exchange's token has expired: the next request refreshes
    await sandboxFaults(owner, { accessTokenTtlSeconds: 3600, rateLimited: true, rateLimitLocale: "zh" });
    // The sandbox answers exactly the recorded localized shape.
    const raw = await owner.fetch("/sandbox/au/oauth/v2/token", {
      method: "POST",
      body: new URLSearchParams({
        grant_type: "refresh_token",
        refresh_token: "1000.0.0",
        client_id: seeded.zohoClientId,
        client_secret: "x",
      }),
    });
    expect(raw.status).toBe(400);
    expect(await raw.json()).toEqual(TOKEN_ERRORS.throttledLocalized.body);

    const limited = await getToken(grant);
    expect(limited.status).toBe(503);
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThanOrEqual(50);
    expect((await limited.json()).type).toBe("https://zoho-oauth-console.dev/problems/refresh-limit");
    // Backing off: the next callers get the same answer without another try at Zoho.
    const burst = await Promise.all(Array.from({ length: 10 }, () => getToken(grant)));
    expect(burst.map((r) => r.status)).toEqual(Array(10).fill(503));
    expect((await grantPage(grant)).match(/>拒绝访问</g)?.length).toBe(1);
    await sandboxFaults(owner, { rateLimited: false, rateLimitLocale: "en" });
  });
});

describe("revoke of a token Zoho already revoked", () => {
  it("the sandbox answers HTTP 400 for an unknown or already revoked token, as Zoho does", async () => {
    const gone = await owner.fetch("/sandbox/us/oauth/v2/token/revoke?token=1000.0.0", { method: "POST" });
    expect(gone.status).toBe(400);
  });

  it("the grant is revoked in the console, audited as already revoked at Zoho — not 'Zoho unreachable'", async () => {
    const chloe = "chloe.tremblay@sandbox.zoho.test";
    const grant = await consoleGrant(owner, {
      clientId: seeded.clientId,
      zohoClientId: seeded.zohoClientId,
      scopes: "AaaServer.profile.READ,ZohoCRM.modules.ALL",
      userEmail: chloe,
    });
    // Chloé revokes the app in Zoho's Connected Apps, behind the console's back.
    const connected = await owner.fetch(`/sandbox/control/connected-apps?workspace=${seeded.slug}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ client_id: seeded.zohoClientId, user: "60060006" }),
    });
    expect((await connected.json()).revoked_refresh_tokens).toBeGreaterThanOrEqual(1);

    const page = `${w}/grants/${grant}`;
    const revoked = await (await submitForm(owner, page, findForm(await grantPage(grant), "revoke-grant"))).text();
    expect(revoked).not.toContain("could not be reached");
    expect(await grantPage(grant)).toContain(">revoked<");
    const history: { action: string; data: Record<string, unknown> }[] = await (
      await owner.fetch(`${w}/audit/export?format=json&target=${grant}`)
    ).json();
    const events = history.filter((e) => e.action === "grant.revoked");
    expect(events).toEqual([
      expect.objectContaining({
        data: expect.objectContaining({ alreadyRevokedAtZoho: true, atZoho: expect.stringContaining("already revoked at Zoho") }),
      }),
    ]);
    const gone = await getToken(grant);
    expect(gone.status).toBe(410);
  });

  it("while Zoho throttles the revoke, nothing is revoked and the grant stays active", async () => {
    const grant = await consoleGrant(owner, {
      clientId: seeded.clientId,
      zohoClientId: seeded.zohoClientId,
      scopes: "AaaServer.profile.READ,ZohoCRM.modules.ALL",
      userEmail: "oliver.hughes@sandbox.zoho.test",
    });
    const page = `${w}/grants/${grant}`;
    const form = findForm(await grantPage(grant), "revoke-grant");
    await sandboxFaults(owner, { rateLimited: true, rateLimitLocale: "zh" });
    expect(await (await submitForm(owner, page, form)).text()).toContain("rate-limiting");
    await sandboxFaults(owner, { rateLimited: false, rateLimitLocale: "en" });
    expect(await grantPage(grant)).toContain(">active<");
  });
});

describe("Zoho keeps 15 active access tokens per refresh token; the 16th evicts the oldest", () => {
  const client = { client_id: "", client_secret: "" };
  const tokenCall = async (location: string, params: Record<string, string>) =>
    (
      await owner.fetch(`/sandbox/${location}/oauth/v2/token`, { method: "POST", body: new URLSearchParams({ ...params, ...client }) })
    ).json();
  const api = (apiDomain: string, token: string | null, path = "crm/v8/users?type=CurrentUser") =>
    owner.fetch(`${apiDomain}/${path}`, { headers: token ? { authorization: `Zoho-oauthtoken ${token}` } : {} });
  let apiDomain = "";
  let refreshToken = "";
  const tokens: string[] = [];

  beforeAll(async () => {
    const registered = await owner.fetch(`/sandbox/console/clients?workspace=${seeded.slug}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ name: "Active tokens app", redirectUris: [seeded.redirectUri] }),
    });
    const { client_id, client_secret } = await registered.json();
    Object.assign(client, { client_id, client_secret });
    const code = await obtainCode(owner, {
      state: "active-tokens",
      userEmail: ava,
      scopes: "ZohoCRM.users.READ,AaaServer.profile.READ",
      zohoClientId: client.client_id,
    });
    const first = await tokenCall(code.location, { grant_type: "authorization_code", code: code.code, redirect_uri: seeded.redirectUri });
    apiDomain = first.api_domain;
    refreshToken = first.refresh_token;
    tokens.push(first.access_token);
    // Zoho's 10 per 10 minutes would stop at the 10th: raised so the cap of active tokens can be reached.
    await sandboxFaults(owner, { accessTokensPerWindow: 100 });
  });

  it("the sandbox's API domain answers Zoho CRM's current user and organization for a token with the scope", async () => {
    expect(apiDomain).toBe(`${owner.baseUrl}/sandbox/us/api`);
    const me = await api(apiDomain, tokens[0]);
    expect(me.status).toBe(200);
    expect(await me.json()).toMatchObject({
      users: [{ email: ava, zuid: "10010001", status: "active", id: expect.stringMatching(/^\d{19}$/) }],
      info: { count: 1, more_records: false },
    });
  });

  it("Zoho CRM's errors: no token, a scope the token lacks, a wrong URL, another data centre", async () => {
    const expectError = async (response: Response, recorded: { status: number; body: unknown }) => {
      expect(response.status).toBe(recorded.status);
      expect(await response.json()).toEqual(recorded.body);
    };
    await expectError(await api(apiDomain, null), API_ERRORS.noToken);
    await expectError(await api(apiDomain, tokens[0], "crm/v8/org"), API_ERRORS.scopeMismatch);
    await expectError(await api(apiDomain, tokens[0], "crm/v8/no-such-thing"), API_ERRORS.wrongUrl);
    await expectError(await api(apiDomain.replace("/sandbox/us/", "/sandbox/eu/"), tokens[0]), API_ERRORS.invalidToken);
    await expectError(await api(apiDomain, "1000.0123.4567"), API_ERRORS.invalidToken);
  });

  it("15 refreshes make 16 tokens: the first is refused with INVALID_TOKEN, the other 15 work", async () => {
    for (let i = 0; i < 15; i++)
      tokens.push((await tokenCall("us", { grant_type: "refresh_token", refresh_token: refreshToken })).access_token);
    expect(new Set(tokens).size).toBe(16);
    const evicted = await api(apiDomain, tokens[0]);
    expect(evicted.status).toBe(401);
    expect(await evicted.json()).toEqual(API_ERRORS.invalidToken.body);
    for (const kept of [tokens[1], tokens[8], tokens[15]]) expect((await api(apiDomain, kept)).status).toBe(200);
  });

  it("the cap is the workspace's setting: at 3, the next token leaves only the 3 newest", async () => {
    const settings = `${w}/settings`;
    const form = findForm(await (await owner.fetch(settings)).text(), "update-limits");
    expect(form.fields).toContainEqual(["limitActiveAccessTokens", "15"]);
    await submitForm(owner, settings, form, { limitActiveAccessTokens: "3" });
    try {
      const newest = (await tokenCall("us", { grant_type: "refresh_token", refresh_token: refreshToken })).access_token;
      expect((await api(apiDomain, newest)).status).toBe(200);
      expect((await api(apiDomain, tokens[14])).status).toBe(200);
      expect((await api(apiDomain, tokens[13])).status).toBe(401);
    } finally {
      await submitForm(owner, settings, findForm(await (await owner.fetch(settings)).text(), "update-limits"), {
        limitActiveAccessTokens: "15",
      });
    }
  });

  it("a grant's page explains the cap", async () => {
    const grants = await (await owner.fetch(`${w}/grants`)).text();
    const grant = /href="\/w\/[^/]+\/grants\/(c[a-z0-9]{20,})"/.exec(grants)![1];
    expect((await grantPage(grant)).replace(/<!-- -->/g, "")).toContain(
      "Zoho keeps at most 15 access tokens per refresh token; asking for more evicts the oldest",
    );
  });
});
