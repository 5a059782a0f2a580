import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { decodeHtml, findForm, submitForm } from "./forms";
import { obtainCode } from "./sandbox";
import { Session } from "./session";

// The built-in sandbox against zoho-oauth.md, spoken to directly over HTTP as a team's own back end
// would (docs/sandbox.md): every data centre, every error of the token endpoint with Zoho's status
// codes, the limits, code lifetime, Self Client codes and client_credentials, revoke, serverinfo,
// and each fault that /sandbox/control injects.
const seeded = inject("seeded");
const session = new Session();
const ava = "ava.carter@sandbox.zoho.test"; // a US user
const emma = "emma.schmidt@sandbox.zoho.test"; // an EU user
// A client of its own, registered at the sandbox's console: the suite spends its codes and refresh
// tokens, not those of the clients other files use.
const client = { client_id: "", client_secret: "" };

async function token(location: string, params: Record<string, string>) {
  const response = await session.fetch(`/sandbox/${location}/oauth/v2/token`, { method: "POST", body: new URLSearchParams(params) });
  const text = await response.text();
  return {
    status: response.status,
    type: response.headers.get("content-type") ?? "",
    text,
    json: text.startsWith("{") ? JSON.parse(text) : null,
  };
}
const control = async (body: object) =>
  expect(
    (
      await session.fetch(`/sandbox/control?workspace=${seeded.slug}`, {
        method: "POST",
        body: JSON.stringify(body),
        headers: { "content-type": "application/json" },
      })
    ).status,
  ).toBe(200);
const code = (userEmail = ava) => obtainCode(session, { state: "fidelity", userEmail, zohoClientId: client.client_id });
const exchange = (c: { code: string; location: string }, extra: Record<string, string> = {}) =>
  token(c.location, { grant_type: "authorization_code", code: c.code, redirect_uri: seeded.redirectUri, ...client, ...extra });

beforeAll(async () => {
  await session.signIn(seeded.email, seeded.password);
  const page = await (await session.fetch("/sandbox/console")).text();
  const registered = await (
    await submitForm(session, "/sandbox/console", findForm(page, "sandbox-register-client"), {
      name: "Fidelity app",
      redirectUris: seeded.redirectUri,
    })
  ).text();
  client.client_id = /data-testid="sandbox-client-id"[^>]*>([^<]+)</.exec(registered)?.[1] ?? "";
  client.client_secret = /data-testid="sandbox-client-secret"[^>]*>([^<]+)</.exec(registered)?.[1] ?? "";
  expect(client.client_id).toMatch(/^1000\./);
  await control({ reset: true });
  await control({ codeLimit: 1000 });
});
afterAll(() => control({ reset: true }));

describe("data centres", () => {
  it("serverinfo lists an accounts server for every data centre in the console's table, UAE included", async () => {
    const info = await (await session.fetch("/sandbox/oauth/serverinfo")).json();
    const locations = Object.keys(info.locations ?? {}).sort();
    // Other files add data centres to the table (data-centres.test.ts): the seeded ten are always there.
    expect(locations).toEqual(expect.arrayContaining(["ae", "au", "ca", "cn", "eu", "in", "jp", "sa", "uk", "us"]));
    for (const location of locations) expect(info.locations[location]).toBe(`${session.baseUrl}/sandbox/${location}`);
  });

  it("redirects with the USER's data centre, and only that accounts server knows the code", async () => {
    const c = await code(emma);
    expect(c).toMatchObject({ location: "eu", accountsServer: `${session.baseUrl}/sandbox/eu` });
    expect((await exchange({ ...c, location: "us" })).json).toEqual({ error: "invalid_client" });
    const ok = await exchange(c);
    expect(ok.json).toMatchObject({ api_domain: `${session.baseUrl}/sandbox/eu/api`, token_type: "Bearer", expires_in: 3600 });
  });
});

describe("token endpoint: Zoho's answers and errors (HTTP 200 with an error field)", () => {
  it("authorization_code: tokens once, then invalid_code", async () => {
    const c = await code();
    const first = await exchange(c);
    expect(first.status).toBe(200);
    expect(first.json).toMatchObject({
      access_token: expect.stringMatching(/^1000\./),
      refresh_token: expect.stringMatching(/^1000\./),
      expires_in: 3600,
    });
    expect(await exchange(c)).toMatchObject({ status: 200, json: { error: "invalid_code" } });
  });

  it("names what is wrong: client, secret, redirect URI, grant type", async () => {
    const c = await code();
    expect((await exchange(c, { client_id: "1000.NOSUCHCLIENT000000000000000000" })).json).toEqual({ error: "invalid_client" });
    expect((await exchange(c, { client_secret: "wrong" })).json).toEqual({ error: "invalid_client_secret" });
    expect((await exchange(c, { redirect_uri: `${seeded.redirectUri}/` })).json).toEqual({ error: "invalid_redirect_uri" });
    expect((await token("us", { ...client, grant_type: "password" })).json).toEqual({ error: "unsupported_grant_type" });
    expect((await token("us", { ...client })).json).toMatchObject({ error: "invalid_request" });
    // None of the refusals spent the code.
    expect((await exchange(c)).json).toHaveProperty("access_token");
  });

  it("a code lives as long as configured (60 s by default), then answers invalid_code", async () => {
    await control({ codeTtlSeconds: 1 });
    const c = await code();
    await control({ codeTtlSeconds: 60 });
    await new Promise((r) => setTimeout(r, 1200));
    expect((await exchange(c)).json).toEqual({ error: "invalid_code" });
  });

  it("refresh_token: a new access token and no new refresh token; revoke kills it", async () => {
    const { json } = await exchange(await code());
    const refreshed = await token("us", { grant_type: "refresh_token", refresh_token: json.refresh_token, ...client });
    expect(refreshed.json).toMatchObject({
      access_token: expect.any(String),
      api_domain: expect.any(String),
      token_type: "Bearer",
      expires_in: 3600,
    });
    expect(refreshed.json).not.toHaveProperty("refresh_token");
    const revoked = await session.fetch(`/sandbox/us/oauth/v2/token/revoke?token=${encodeURIComponent(json.refresh_token)}`, {
      method: "POST",
    });
    expect(await revoked.json()).toEqual({ status: "success" });
    expect((await token("us", { grant_type: "refresh_token", refresh_token: json.refresh_token, ...client })).json).toEqual({
      error: "invalid_code",
    });
  });

  it("access tokens: 10 per refresh token per 10 minutes, then HTTP 400 Access Denied", async () => {
    const { json } = await exchange(await code());
    const answers = [];
    for (let i = 0; i < 10; i++)
      answers.push(await token("us", { grant_type: "refresh_token", refresh_token: json.refresh_token, ...client }));
    // The exchange's own access token counts as one of the ten.
    const denied = answers.filter((a) => a.status === 400);
    expect(answers.length - denied.length).toBe(9);
    expect(denied[0].json).toEqual({
      error: "Access Denied",
      status: "failure",
      error_description: expect.stringContaining("too many requests continuously"),
    });
  });
});

describe("Self Clients", () => {
  it("their codes need no redirect_uri; client_credentials needs soid (missing_org_info)", async () => {
    const page = await (await session.fetch("/sandbox/console")).text();
    const created = await submitForm(session, "/sandbox/console", findForm(page, "sandbox-self-client"), {
      name: "Fidelity self client",
      user: "30030003",
    });
    const file = JSON.parse(decodeHtml(/data-testid="self-client-json"[^>]*>([^<]+)</.exec(await created.text())?.[1] ?? "{}"));
    const self = { client_id: file.client_id, client_secret: file.client_secret };
    const exchanged = await token("in", { grant_type: "authorization_code", code: file.code, ...self });
    expect(exchanged.json).toHaveProperty("access_token");
    expect((await token("in", { grant_type: "client_credentials", scope: "ZohoCRM.modules.ALL", ...self })).json).toMatchObject({
      error: "missing_org_info",
    });
    const org = await token("in", { grant_type: "client_credentials", scope: "ZohoCRM.modules.ALL", soid: "ZohoCRM.10234695", ...self });
    expect(org.json).toMatchObject({ access_token: expect.any(String), token_type: "Bearer" });
    expect(org.json).not.toHaveProperty("refresh_token");
    // A server-based client may not use client_credentials.
    expect(
      (await token("us", { grant_type: "client_credentials", scope: "ZohoCRM.modules.ALL", soid: "ZohoCRM.1", ...client })).json,
    ).toMatchObject({ error: "unauthorized_client" });
  });
});

describe("authorization endpoint", () => {
  it("an unregistered redirect URI shows Zoho's error page and redirects nowhere", async () => {
    const response = await session.fetch(
      `/sandbox/us/oauth/v2/auth?${new URLSearchParams({ scope: "ZohoCRM.modules.ALL", client_id: client.client_id, response_type: "code", redirect_uri: "https://evil.example/cb", access_type: "offline" })}`,
    );
    expect(response.headers.get("location")).toBeNull();
    expect(await response.text()).toContain("Invalid Redirect Uri");
  });

  it("grant codes: the configured number per client per 10 minutes, then error=access_denied", async () => {
    await control({ codeLimit: 1 });
    await expect(code()).rejects.toThrow(/error=access_denied/);
    await control({ codeLimit: 1000 });
  });
});

describe("faults injected over HTTP", () => {
  it("rate-limit answers, outage, errors and added latency, each until reset", async () => {
    const refresh = async () => token("us", { grant_type: "refresh_token", refresh_token: "1000.0.0", ...client });
    await control({ rateLimited: true });
    expect(await refresh()).toMatchObject({ status: 400, json: { error: "Access Denied" } });
    await control({ rateLimited: false, outage: true });
    const down = await refresh();
    expect(down.status).toBe(503);
    expect(down.type).toContain("text/html");
    await control({ outage: false, errorRate: 1 });
    expect(await refresh()).toMatchObject({ status: 500, json: { error: "internal_error" } });
    await control({ errorRate: 0, latencyMs: 400 });
    const started = performance.now();
    await refresh();
    expect(performance.now() - started).toBeGreaterThanOrEqual(390); // the fault's own effect, not a speed claim
    await control({ reset: true });
    await control({ codeLimit: 1000 });
    expect((await refresh()).json).toEqual({ error: "invalid_code" });
  });
});
