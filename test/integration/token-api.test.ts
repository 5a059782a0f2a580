import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { ConsoleProcess } from "../console-process";
import { startSecondInstance } from "./second-instance";
import { findForm, submitForm } from "./forms";
import { newState } from "./console-authorize";
import { countSandboxAccessTokens, obtainCode, setSandboxFaults } from "./sandbox";
import { locationOf, Session } from "./session";

// GET /api/v1/grants/{id}/access-token against the sandbox: caching, single-flight refresh (one
// process and two), Zoho down, revoke. The sandbox's fault controls make tokens short and Zoho fail.
const seeded = inject("seeded");
const owner = new Session();
const auth = { authorization: `Bearer ${seeded.apiKey}` };

const faults = (body: object) => setSandboxFaults(owner, seeded.slug, body);
const sandboxAccessTokens = () => countSandboxAccessTokens(owner, seeded.slug, seeded.second.zohoClientId);
const token = (grantId: string, base = owner.baseUrl) => fetch(`${base}/api/v1/grants/${grantId}/access-token`, { headers: auth });
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function newGrant(userEmail = "emma.schmidt@sandbox.zoho.test"): Promise<string> {
  const state = await newState(owner, seeded.second.clientId);
  const code = await obtainCode(owner, { state, userEmail, zohoClientId: seeded.second.zohoClientId });
  const res = await owner.fetch(
    `/oauth/callback?${new URLSearchParams({ code: code.code, location: code.location, "accounts-server": code.accountsServer, state })}`,
  );
  const result = await (await owner.fetch(locationOf(res))).text();
  expect(result).toContain('data-outcome="grant_created"');
  const grants = await (await owner.fetch(`/w/${seeded.slug}/grants`)).text();
  return /href="\/w\/[^/]+\/grants\/(c[a-z0-9]{20,})"/.exec(grants)![1];
}

let grantA = "",
  grantB = "",
  grantC = "";
beforeAll(async () => {
  await owner.signIn(seeded.email, seeded.password);
  // Tokens that live 1 s: by the time the tests run, each grant's cached token has expired.
  await faults({ reset: true });
  // This file makes many grants: the grant-code limit is tested on its own below.
  await faults({ accessTokenTtlSeconds: 1, codeLimit: 1000 });
  grantA = await newGrant();
  grantB = await newGrant();
  grantC = await newGrant();
  await sleep(1100);
  await faults({ accessTokenTtlSeconds: 60 });
});
afterAll(() => faults({ reset: true }));

describe("the token API", () => {
  it("refuses without a valid key, with problem JSON", async () => {
    const variants: Record<string, string>[] = [
      {},
      { authorization: "Bearer nope" },
      { authorization: `Bearer ${seeded.apiKey.slice(0, -1)}x` },
    ];
    for (const headers of variants) {
      const res = await fetch(`${owner.baseUrl}/api/v1/grants/${grantA}/access-token`, { headers });
      expect(res.status).toBe(401);
      expect(res.headers.get("content-type")).toBe("application/problem+json");
      expect((await res.json()).type).toBe("https://zoho-oauth-console.dev/problems/unauthenticated");
    }
    const missing = await fetch(`${owner.baseUrl}/api/v1/grants/no-such-grant/access-token`, { headers: auth });
    expect(missing.status).toBe(404);
  });

  it("200 parallel requests on an expiring grant cause exactly one refresh at Zoho", async () => {
    const before = await sandboxAccessTokens();
    const answers = await Promise.all(Array.from({ length: 200 }, () => token(grantA)));
    expect(answers.map((r) => r.status)).toEqual(Array(200).fill(200));
    const bodies = await Promise.all(answers.map((r) => r.json()));
    expect(new Set(bodies.map((b) => b.access_token)).size).toBe(1);
    expect(bodies[0]).toMatchObject({
      token_type: "Zoho-oauthtoken",
      location: "eu",
      api_domain: expect.stringContaining("/sandbox/eu/api"),
    });
    expect(await sandboxAccessTokens()).toBe(before + 1);
  });

  it("serves the cached token while it has more than the safety margin left", async () => {
    const first = await (await token(grantB)).json(); // refreshes: the exchange's token expired
    const before = await sandboxAccessTokens();
    const again = await (await token(grantB)).json();
    expect(again.access_token).toBe(first.access_token);
    expect(await sandboxAccessTokens()).toBe(before);
  });

  it("records when and through what a grant was last used: the API key by name, then the console, each at most once a minute", async () => {
    const page = `/w/${seeded.slug}/grants/${grantB}`;
    // The note is written after the answer (off the token API's path): wait for it, briefly.
    const uses = async (expected: number) => {
      for (let i = 0; ; i++) {
        const html = await (await owner.fetch(page)).text();
        const cell = /data-testid="grant-uses">([\s\S]*?)<\/dd>/.exec(html)![1];
        const found = [...cell.matchAll(/datetime="([^"]+)"[\s\S]*?via ([^<]+)</gi)].map((m) => ({ at: m[1], via: m[2] }));
        if (found.length >= expected || i === 40) return found;
        await sleep(50);
      }
    };
    await token(grantB); // the test above used it already; this is the same minute
    const first = await uses(1);
    expect(first).toEqual([{ at: expect.any(String), via: "API key Integration services" }]);
    await Promise.all(Array.from({ length: 20 }, () => token(grantB)));
    await sleep(300);
    expect(await uses(1)).toEqual(first); // the same minute: not written again
    await submitForm(owner, page, findForm(await (await owner.fetch(page)).text(), "refresh-grant"));
    const both = await uses(2);
    expect(both.map((u) => u.via)).toEqual(["the console", "API key Integration services"]);
    expect(both[1]).toEqual(first[0]);
    // The list shows the newest use, and sorts by it.
    const list = await (await owner.fetch(`/w/${seeded.slug}/grants?sort=used`)).text();
    expect(/href="\/w\/[^/]+\/grants\/(c[a-z0-9]{20,})"/.exec(list)![1]).toBe(grantB);
    expect(/data-testid="grant-last-used"[\s\S]*?via ([^<]+)</.exec(list)![1]).toBe("the console");
  });

  it("when Zoho is down: a still-valid token is served, otherwise 503 with Retry-After, and no retry storm", async () => {
    // A 12-second token is due for refresh once under half its life is left, yet still valid
    // (with room for the retries' back-off on a slow machine).
    await faults({ accessTokenTtlSeconds: 12 });
    const fresh = await (await token(grantC)).json();
    await sleep(6200);
    await faults({ outage: true });
    const served = await token(grantC);
    expect(served.status).toBe(200);
    expect((await served.json()).access_token).toBe(fresh.access_token);

    await faults({ outage: false, accessTokenTtlSeconds: 1 });
    await sleep(100);
    const grantD = await newGrant();
    await sleep(1100); // its token has expired
    await faults({ outage: true });
    const down = await token(grantD);
    expect(down.status).toBe(503);
    expect(Number(down.headers.get("retry-after"))).toBeGreaterThan(0);
    expect((await down.json()).type).toBe("https://zoho-oauth-console.dev/problems/zoho-unavailable");
    // Everyone else asking during the back-off gets the same answer without another try at Zoho.
    const burst = await Promise.all(Array.from({ length: 20 }, () => token(grantD)));
    expect(burst.map((r) => r.status)).toEqual(Array(20).fill(503));
    // One refresh = the first try and two retries with backoff; the burst added none.
    const page = await (await owner.fetch(`/w/${seeded.slug}/grants/${grantD}`)).text();
    expect(page.match(/>unreadable_answer</g)?.length).toBe(3);
    await faults({ outage: false, accessTokenTtlSeconds: 60 });
  });

  it("revoke goes to Zoho first; while Zoho is down the grant stays active", async () => {
    const page = `/w/${seeded.slug}/grants/${grantB}`;
    const form = findForm(await (await owner.fetch(page)).text(), "revoke-grant");
    await faults({ outage: true });
    const refused = await (await submitForm(owner, page, form)).text();
    expect(refused).toContain("the grant stays active");
    expect((await token(grantB)).status).toBe(200);
    await faults({ outage: false });
    await submitForm(owner, page, form);
    const after = await (await owner.fetch(page)).text();
    expect(after).toContain(">revoked<");
    const gone = await token(grantB);
    expect(gone.status).toBe(410);
    expect((await gone.json()).type).toBe("https://zoho-oauth-console.dev/problems/grant-revoked");
  });
});

describe("Zoho's limit of access tokens per refresh token", () => {
  it("Zoho's rate-limit answer is recorded once, backs off, and the cached token keeps being served", async () => {
    await faults({ accessTokenTtlSeconds: 600 });
    const grant = await newGrant("oliver.hughes@sandbox.zoho.test");
    const page = `/w/${seeded.slug}/grants/${grant}`;
    const refresh = findForm(await (await owner.fetch(page)).text(), "refresh-grant");
    // The exchange issued one access token; nine forced refreshes reach Zoho's 10 per 10 minutes.
    for (let i = 0; i < 10; i++) await submitForm(owner, page, refresh);
    const html = await (await owner.fetch(page)).text();
    expect(html.match(/>ok</g)?.length).toBe(9);
    expect(html.match(/>Access Denied</g)?.length).toBe(1); // not retried: a retry cannot fix a refusal
    const served = await token(grant);
    expect(served.status).toBe(200); // the cached token is still valid
    await faults({ accessTokenTtlSeconds: 60 });
  });
});

describe("Zoho's limit of grant codes per client per 10 minutes", () => {
  it("the sandbox answers access_denied past the limit", async () => {
    await faults({ codeLimit: 1 }); // this client already holds more codes than that in the window
    await expect(
      obtainCode(owner, { state: "limit-check", userEmail: "ava.carter@sandbox.zoho.test", zohoClientId: seeded.second.zohoClientId }),
    ).rejects.toThrow(/error=access_denied.*too\+many\+grant\+codes/);
    await faults({ codeLimit: 1000 });
  });
});

describe("Zoho's cap of 20 refresh tokens per user per client", () => {
  it("the 21st grant evicts the oldest, which then fails with invalid_code and says why", async () => {
    const ava = "ava.carter@sandbox.zoho.test";
    const oldest = await newGrant(ava);
    for (let i = 9; i < 29; i++) await newGrant(ava);
    await faults({ accessTokenTtlSeconds: 60 });
    // The oldest grant's access token is still cached; its refresh token is gone at Zoho.
    const page = `/w/${seeded.slug}/grants/${oldest}`;
    const html = await (await owner.fetch(page)).text();
    expect(html).toMatch(/21(<!-- -->)? \/ (<!-- -->)?20/);
    const refresh = findForm(html, "refresh-grant");
    expect((await submitForm(owner, page, refresh)).status).toBe(200);
    const after = await (await owner.fetch(page)).text();
    expect(after).toContain(">invalid<");
    expect(after).toMatch(/Evicted: this Zoho user has 21 grants for the client/);
    const api = await token(oldest);
    expect(api.status).toBe(410);
    expect((await api.json()).type).toBe("https://zoho-oauth-console.dev/problems/grant-invalid");
    // The grant's history: it stopped working once, recorded once, by the refresh that found out.
    const history: { action: string; data: { trigger?: string } }[] = await (
      await owner.fetch(`/w/${seeded.slug}/audit/export?format=json&target=${oldest}`)
    ).json();
    expect(history.filter((e) => e.action === "grant.invalidated")).toEqual([
      expect.objectContaining({ data: expect.objectContaining({ trigger: "console" }) }),
    ]);
  }, 60_000);
});

// Two console processes on one PostgreSQL: the lease on the grant row keeps it at one refresh.
describe.runIf(!!process.env.INTEGRATION_DATABASE_URL)("two console instances", () => {
  let second: ConsoleProcess;
  let secondUrl = "";
  beforeAll(async () => {
    second = await startSecondInstance("token-api");
    secondUrl = second.baseUrl;
  }, 90_000);
  afterAll(() => second?.stop());

  it("200 requests split across both cause exactly one refresh", async () => {
    // A fresh grant whose token has expired.
    await faults({ accessTokenTtlSeconds: 1 });
    const grant = await newGrant();
    await sleep(1100);
    await faults({ accessTokenTtlSeconds: 60 });
    const before = await sandboxAccessTokens();
    const answers = await Promise.all(Array.from({ length: 200 }, (_, i) => token(grant, i % 2 ? secondUrl : owner.baseUrl)));
    expect(answers.map((r) => r.status)).toEqual(Array(200).fill(200));
    expect(new Set((await Promise.all(answers.map((r) => r.json()))).map((b) => b.access_token)).size).toBe(1);
    expect(await sandboxAccessTokens()).toBe(before + 1);
  });
});
