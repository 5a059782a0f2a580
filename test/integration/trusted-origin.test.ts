import net from "node:net";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { findForm, submitForm } from "./forms";
import { newState } from "./console-authorize";
import { obtainCode } from "./sandbox";
import { locationOf, Session } from "./session";
import { rawFetch, viaProxy } from "./raw-fetch";

// Issue 11, §1: the request's Host / X-Forwarded-Host once decided where client secrets went. Each
// attack is replayed here against a loopback listener that must receive nothing.
const seeded = inject("seeded");
const base = inject("baseUrl");
const host = new URL(base).host;
const owner = new Session();
const poisonedOwner = new Session();

// A stranger's server on loopback: counts every connection it is offered.
let listener: net.Server;
let listenerPort = 0;
const received: string[] = [];
function listen(port: number) {
  return new Promise<void>((resolve) => {
    listener = net.createServer((socket) => socket.on("data", (d) => received.push(d.toString("latin1").split("\r\n")[0])).end());
    listener.listen(port, "127.0.0.1", () => {
      listenerPort = (listener.address() as net.AddressInfo).port;
      resolve();
    });
  });
}

beforeAll(async () => {
  await listen(seeded.poisoned.port);
  await owner.signIn(seeded.email, seeded.password);
  // This file's authorization must not meet Zoho's 10 codes per client per 10 minutes that others used up.
  await owner.fetch(`/sandbox/control?workspace=${seeded.slug}`, {
    method: "POST",
    body: JSON.stringify({ codeLimit: 1000 }),
    headers: { "content-type": "application/json" },
  });
  await poisonedOwner.signIn(seeded.poisoned.email, seeded.password);
});
afterAll(() => new Promise<void>((resolve) => listener.close(() => resolve())));

const evil = () => `127.0.0.1:${listenerPort}`;
const forgedCallback = () =>
  `/oauth/callback/integration-key?${new URLSearchParams({ code: "1000.forged", location: "us", "accounts-server": `http://${evil()}/sandbox/us` })}`;

describe("the console's origin comes from configuration, never from the request", () => {
  it("a forged Host is answered with a 400 that says to set APP_URL, before any handler runs (the issue's curl)", async () => {
    const res = await rawFetch(`${base}${forgedCallback()}`, { headers: { host: evil() } });
    expect(res.status).toBe(400);
    const page = await res.text();
    expect(page).toContain("APP_URL");
    expect(page).toContain(base);
    const api = await rawFetch(`${base}/api/v1/grants`, {
      headers: { host: "console.evil.test", authorization: `Bearer ${seeded.apiKey}` },
    });
    expect(api.status).toBe(400);
    expect(api.headers.get("content-type")).toContain("application/problem+json");
    expect(received).toEqual([]);
  });

  it("every loopback name of the served port is accepted; another port or name is not", async () => {
    const port = new URL(base).port;
    for (const name of ["localhost", "127.0.0.1", "[::1]", "LOCALHOST"])
      expect((await rawFetch(`${base}/sign-in`, { headers: { host: `${name}:${port}` } })).status, name).toBe(200);
    for (const name of [`localhost:${Number(port) + 1}`, "localhost", "127.0.0.2:" + port, "localhost.evil.test:" + port]) {
      expect((await rawFetch(`${base}/sign-in`, { headers: { host: name } })).status, name).toBe(400);
    }
  });

  it("X-Forwarded-Host and X-Forwarded-Proto from an untrusted peer change nothing: no secret leaves, the redirect stays home", async () => {
    const res = await rawFetch(`${base}${forgedCallback()}`, {
      headers: { host, "x-forwarded-host": evil(), "x-forwarded-proto": "https" },
    });
    expect(res.status).toBe(303);
    expect(locationOf(res).startsWith(`${base}/oauth/result/`)).toBe(true);
    const result = await (await owner.fetch(locationOf(res).slice(base.length))).text();
    expect(result).toContain('data-outcome="accounts_server_not_allowed"');
    expect(res.headers.get("strict-transport-security")).toBeNull();
    expect(received).toEqual([]);
  });

  it("a developer with a real state and a forged X-Forwarded-Host gets a grant at the console's own sandbox", async () => {
    const state = await newState(owner);
    const forged = { "x-forwarded-host": evil() };
    const consent = await rawFetch(
      `${base}/sandbox/us/oauth/v2/auth?client_id=${seeded.zohoClientId}&response_type=code&scope=ZohoCRM.modules.ALL&redirect_uri=${encodeURIComponent(seeded.redirectUri)}&state=x`,
      { headers: { host, ...forged } },
    );
    expect(await consent.text()).not.toContain(evil());
    const code = await obtainCode(owner, { state, userEmail: "ava.carter@sandbox.zoho.test" });
    expect(code.accountsServer).toBe(`${base}/sandbox/us`);
    // The developer swaps in their own listener as the accounts server and forwards the host to match.
    const params = new URLSearchParams({ code: code.code, location: "us", "accounts-server": `http://${evil()}/sandbox/us`, state });
    const res = await rawFetch(`${base}/oauth/callback?${params}`, { headers: { host, cookie: owner.cookieHeader(), ...forged } });
    expect(locationOf(res).startsWith(`${base}/oauth/result/`)).toBe(true);
    expect(await (await owner.fetch(locationOf(res).slice(base.length))).text()).toContain('data-outcome="accounts_server_not_allowed"');
    expect(received).toEqual([]);
  });

  it("Auth.js's redirects stay on the loopback name the browser used (its cookies are that name's)", async () => {
    const session = new Session();
    const { csrfToken } = await (await session.fetch("/api/auth/csrf")).json();
    const res = await session.fetch("/api/auth/callback/credentials", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ email: "nobody@integration.test", password: "wrong", csrfToken, callbackUrl: base }),
    });
    expect(locationOf(res)).toMatch(new RegExp(`^${base.replace(/\./g, "\\.")}/sign-in\\?error=`));
  });

  it("the sandbox's serverinfo and the OpenAPI document name the console's origin, whatever the forwarded host says", async () => {
    const info = await (await rawFetch(`${base}/sandbox/oauth/serverinfo`, { headers: { host, "x-forwarded-host": evil() } })).text();
    expect(info).toContain(`${base}/sandbox/us`);
    expect(info).not.toContain(evil());
    const openapi = await (await rawFetch(`${base}/api/v1/openapi.json`, { headers: { host, "x-forwarded-host": evil() } })).text();
    expect(openapi).toContain(base);
    expect(openapi).not.toContain(evil());
  });
});

describe("stored grants are re-checked before every use", () => {
  const token = (grantId: string) =>
    fetch(`${base}/api/v1/grants/${grantId}/access-token`, { headers: { authorization: `Bearer ${seeded.poisoned.apiKey}` } });

  it("a grant whose accounts server is a stranger's is never refreshed there", async () => {
    const page = `/w/${seeded.poisoned.slug}/grants/${seeded.poisoned.accountsServerGrantId}`;
    const answer = await (
      await submitForm(poisonedOwner, page, findForm(await (await poisonedOwner.fetch(page)).text(), "refresh-grant"))
    ).text();
    expect(answer).toMatch(/not (on the allowed list|one of Zoho)/);
    const api = await token(seeded.poisoned.accountsServerGrantId);
    expect(api.status).toBe(410);
    expect((await api.json()).detail).toContain("not one of Zoho's");
    expect(received).toEqual([]);
  });

  it("nor revoked there", async () => {
    const page = `/w/${seeded.poisoned.slug}/grants/${seeded.poisoned.accountsServerGrantId}`;
    const answer = await (
      await submitForm(poisonedOwner, page, findForm(await (await poisonedOwner.fetch(page)).text(), "revoke-grant"))
    ).text();
    expect(answer).toContain("not allowed");
    expect(received).toEqual([]);
  });

  it("a grant whose api_domain is a stranger's is not handed to services, even with a valid cached token", async () => {
    const api = await token(seeded.poisoned.apiDomainGrantId);
    expect(api.status).toBe(410);
    const body = await api.text();
    expect(body).not.toContain(evil());
    expect(body).not.toContain("poisoned-access-token");
  });
});

describe("the client address", () => {
  async function exportedIps(send: (url: string, headers: Record<string, string>) => Promise<Response>) {
    const url = `${base}/w/${seeded.slug}/audit/export?format=json&action=audit.exported`;
    const res = await send(url, { host, cookie: owner.cookieHeader() });
    expect(res.status).toBe(200);
    const text = await res.text();
    return text;
  }

  it("X-Forwarded-For from an untrusted peer is ignored: the audit trail records the socket's address", async () => {
    const text = await exportedIps((url, headers) =>
      rawFetch(url, { headers: { ...headers, "x-forwarded-for": "198.51.100.9", "x-real-ip": "198.51.100.10" } }),
    );
    expect(text).not.toContain("198.51.100.9");
    expect(text).not.toContain("198.51.100.10");
    expect(text).toContain('"127.0.0.1"');
  });

  it("from a proxy in TRUSTED_PROXIES it is believed, hop by hop", async () => {
    // The client forged a first hop; the trusted proxy appended the address it saw.
    const text = await exportedIps((url, headers) => viaProxy(url, "192.0.2.66, 203.0.113.7", { headers }));
    expect(text).toContain('"203.0.113.7"');
    expect(text).not.toContain("192.0.2.66");
  });
});

describe("build paths the proxy skips are matched exactly", () => {
  it("/favicon.icoX gets the CSP and the CSRF check like any page", async () => {
    const res = await fetch(`${base}/favicon.icoX`);
    expect(res.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
    const post = await fetch(`${base}/favicon.icoX`, { method: "POST", headers: { origin: "https://evil.example" } });
    expect(post.status).toBe(403);
  });
});
