import { beforeAll, describe, expect, inject, it } from "vitest";
import { newState } from "./console-authorize";
import { rawFetch } from "./raw-fetch";
import { obtainCode, setSandboxFaults } from "./sandbox";
import { locationOf, Session } from "./session";

// The token API's access-token read is handed by the console's server straight to its route handler,
// past Next's router and proxy (lib/api/direct-route.ts). These check that it answers exactly as the
// same route does through Next (a query string sends a request down Next's path), and that what the
// proxy does for every request still happens: the Host check, a request id made here, the headers.
const seeded = inject("seeded");
const owner = new Session();
const auth = { authorization: `Bearer ${seeded.apiKey}` };
const url = (grantId: string, rest = "") => `${owner.baseUrl}/api/v1/grants/${grantId}/access-token${rest}`;

let grantId = "";
beforeAll(async () => {
  await owner.signIn(seeded.email, seeded.password);
  await setSandboxFaults(owner, seeded.slug, { codeLimit: 1000 });
  const state = await newState(owner, seeded.second.clientId);
  const code = await obtainCode(owner, { state, userEmail: "emma.schmidt@sandbox.zoho.test", zohoClientId: seeded.second.zohoClientId });
  const res = await owner.fetch(
    `/oauth/callback?${new URLSearchParams({ code: code.code, location: code.location, "accounts-server": code.accountsServer, state })}`,
  );
  expect(await (await owner.fetch(locationOf(res))).text()).toContain('data-outcome="grant_created"');
  grantId = /href="\/w\/[^/]+\/grants\/(c[a-z0-9]{20,})"/.exec(await (await owner.fetch(`/w/${seeded.slug}/grants`)).text())![1];
});

/** Status, headers (less the per-answer ones) and body, the body's request_id (problem JSON) left out. */
async function shape(res: Response) {
  const headers = Object.fromEntries(
    [...res.headers].filter(([name]) => !["date", "x-request-id", "connection", "keep-alive"].includes(name)),
  );
  const text = await res.text();
  const body = res.headers.get("content-type")?.includes("json") ? { ...JSON.parse(text), request_id: undefined } : text;
  return { status: res.status, headers, body };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe("the token API's direct route", () => {
  it("answers exactly as the same route does through Next: a token, no key, a bad key, another grant", async () => {
    const cases: [string, Record<string, string>][] = [
      [grantId, auth],
      [grantId, {}],
      [grantId, { authorization: `Bearer ${seeded.apiKey.slice(0, -1)}x` }],
      ["cnosuchgrant0000000000000", auth],
      ["not_a_cuid-but-an-id", auth],
    ];
    await fetch(url(grantId), { headers: auth }); // Next loads the route (and the token is cached)
    for (const [id, headers] of cases) {
      const direct = await shape(await fetch(url(id), { headers }));
      const routed = await shape(await fetch(url(id, "?"), { headers }));
      expect(direct).toEqual(routed);
    }
    const ok = await shape(await fetch(url(grantId), { headers: auth }));
    expect(ok.status).toBe(200);
    expect(ok.headers).toMatchObject({
      "cache-control": "no-store",
      "content-security-policy": "default-src 'none'; frame-ancestors 'none'",
      "x-frame-options": "DENY",
      "x-content-type-options": "nosniff",
      "referrer-policy": "same-origin",
    });
  });

  it("makes its own request id: one the client sent is replaced, never believed", async () => {
    const ids = new Set<string>();
    for (let i = 0; i < 3; i++) {
      const res = await fetch(url(grantId), { headers: { ...auth, "x-request-id": "forged-id" } });
      expect(res.status).toBe(200);
      ids.add(res.headers.get("x-request-id")!);
    }
    expect([...ids].every((id) => UUID.test(id))).toBe(true);
    expect(ids.size).toBe(3);
    const problem = await fetch(url(grantId), { headers: { "x-request-id": "forged-id" } });
    const body = await problem.json();
    expect(body.request_id).toBe(problem.headers.get("x-request-id"));
    expect(body.request_id).not.toBe("forged-id");
  });

  it("refuses a Host that is not ours as the proxy does, and serves no token to it", async () => {
    for (const host of ["evil.example", "127.0.0.1.evil.example", `localhost:${Number(new URL(owner.baseUrl).port) + 1}`]) {
      const res = await rawFetch(url(grantId), { headers: { ...auth, host } });
      expect(res.status).toBe(400);
      expect(res.headers.get("content-type")).toBe("application/problem+json");
      expect(await res.text()).not.toContain("access_token");
    }
  });

  it("odd paths and methods get the API's answers, never a 500 or a token by mistake", async () => {
    const odd: [string, string][] = [
      ["GET", `/api/v1/grants/${"c".repeat(65)}/access-token`],
      ["GET", "/api/v1/grants/%2e%2e/access-token"],
      ["GET", "/api/v1/grants/%E0%A4%A/access-token"],
      ["GET", `/api/v1/grants/${grantId}/access-token/`],
      ["GET", `/api/v1/grants/${grantId}%00/access-token`],
      ["HEAD", `/api/v1/grants/${grantId}/access-token`],
      ["PUT", `/api/v1/grants/${grantId}/access-token`],
      ["DELETE", `/api/v1/grants/${grantId}/access-token`],
    ];
    for (const [method, path] of odd) {
      const res = await rawFetch(`${owner.baseUrl}${path}`, { method, headers: auth });
      expect(res.status, `${method} ${path}`).toBeLessThan(500);
      // A refusal says why (problem JSON, or a page); a trailing slash is only redirected (308) to the path without it.
      if (method !== "HEAD" && res.status >= 400) expect(res.headers.get("content-type"), `${method} ${path}`).toMatch(/json|html/);
      if (res.status < 400) expect(await res.text(), `${method} ${path}`).not.toContain("access_token");
    }
  });

  it("a flood of 300 concurrent reads, good and bad keys mixed: each gets its own answer, nothing else", async () => {
    const bad = { authorization: "Bearer zoc_nope_nope" };
    const answers = await Promise.all(
      Array.from({ length: 300 }, (_, i) => fetch(url(grantId), { headers: i % 3 ? auth : bad }).then((r) => r.status)),
    );
    answers.forEach((status, i) => expect(status, `request ${i}`).toBe(i % 3 ? 200 : 401));
  });
});
