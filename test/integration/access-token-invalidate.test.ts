import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { ConsoleProcess } from "../console-process";
import { startSecondInstance } from "./second-instance";
import { consoleGrant, sandboxAccessTokens, sandboxFaults } from "./console-grant";
import { Session } from "./session";

// POST /api/v1/grants/{id}/access-token/invalidate: a service reports the token Zoho refused. The
// console refreshes once if that token is still the cached one — however many report it at once —
// and otherwise answers the cached one; bad input is problem JSON, never a 500.
const seeded = inject("seeded");
const owner = new Session();
const auth = { authorization: `Bearer ${seeded.apiKey}` };
const PROBLEM = "application/problem+json";
let grant = "";
let reported = ""; // the token the services hold and report
let current = ""; // the token after the one refresh

const invalidate = (body: BodyInit | null, headers: Record<string, string> = auth, grantId = grant) =>
  fetch(`${owner.baseUrl}/api/v1/grants/${grantId}/access-token/invalidate`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body,
  });
const report = (accessToken: string) => invalidate(JSON.stringify({ accessToken }));
const getToken = async () =>
  (await (await fetch(`${owner.baseUrl}/api/v1/grants/${grant}/access-token`, { headers: auth })).json()).access_token as string;
const issued = () => sandboxAccessTokens(owner, seeded.zohoClientId);

beforeAll(async () => {
  await owner.signIn(seeded.email, seeded.password);
  await sandboxFaults(owner, { reset: true });
  await sandboxFaults(owner, { codeLimit: 1000 });
  grant = await consoleGrant(owner, {
    clientId: seeded.clientId,
    zohoClientId: seeded.zohoClientId,
    scopes: "AaaServer.profile.READ,ZohoCRM.users.READ",
    userEmail: "noura.alharbi@sandbox.zoho.test",
  });
  reported = await getToken(); // the exchange's own token, cached for its hour
  expect(reported).toMatch(/^1000\./);
});
afterAll(() => sandboxFaults(owner, { reset: true }));

describe("reporting a refused token", () => {
  it("50 services reporting the same token at once: ONE refresh at Zoho, and all 50 get the same new token", async () => {
    const before = await issued();
    const answers = await Promise.all(Array.from({ length: 50 }, () => report(reported)));
    expect(answers.map((r) => r.status)).toEqual(Array(50).fill(200));
    const bodies = await Promise.all(answers.map((r) => r.json()));
    expect(new Set(bodies.map((b) => b.access_token)).size).toBe(1);
    current = bodies[0].access_token;
    expect(current).not.toBe(reported);
    // The same shape as GET …/access-token.
    expect(bodies[0]).toMatchObject({
      access_token: current,
      api_domain: expect.stringContaining("/sandbox/sa/api"),
      token_type: "Zoho-oauthtoken",
      expires_at: expect.any(String),
      location: "sa",
    });
    expect(await issued()).toBe(before + 1);
    expect(await getToken()).toBe(current);
  });

  it("is audited once, as a refresh a service asked for, without the token", async () => {
    const history: { action: string; data: Record<string, unknown> }[] = await (
      await owner.fetch(`/w/${seeded.slug}/audit/export?format=json&target=${grant}`)
    ).json();
    const refreshed = history.filter((e) => e.action === "grant.refreshed");
    expect(refreshed).toEqual([
      expect.objectContaining({
        data: expect.objectContaining({ trigger: expect.stringMatching(/^api:/), reason: expect.stringContaining("reported") }),
      }),
    ]);
    const text = JSON.stringify(history);
    expect(text).not.toContain(reported);
    expect(text).not.toContain(current);
  });

  it("a token that is no longer the cached one: the cached one, and no refresh", async () => {
    const before = await issued();
    const again = await report(reported);
    expect(again.status).toBe(200);
    expect((await again.json()).access_token).toBe(current);
    expect(await issued()).toBe(before);
  });

  it("reporting the current token refreshes again, once", async () => {
    const before = await issued();
    const answers = await Promise.all(Array.from({ length: 5 }, () => report(current)));
    const tokens = new Set((await Promise.all(answers.map((r) => r.json()))).map((b) => b.access_token));
    expect(tokens.size).toBe(1);
    expect(tokens.has(current)).toBe(false);
    expect(await issued()).toBe(before + 1);
    current = [...tokens][0];
  });
});

describe("the workspace's budget of access tokens per 10 minutes holds for reports too", () => {
  it("once the grant made its 10 refreshes, a report answers 503 refresh-limit — never the refused token", async () => {
    // Only the console's own budget counts here: Zoho's (the sandbox's) is raised out of the way.
    await sandboxFaults(owner, { accessTokensPerWindow: 100 });
    // Two refreshes so far (the 50 reporters, then the current token); eight more reach 10.
    for (let i = 0; i < 8; i++) {
      const answer = await report(current);
      expect(answer.status).toBe(200);
      current = (await answer.json()).access_token;
    }
    const before = await issued();
    const spent = await report(current);
    expect(spent.status).toBe(503);
    expect(Number(spent.headers.get("retry-after"))).toBeGreaterThan(0);
    const text = await spent.text();
    expect(JSON.parse(text)).toMatchObject({
      type: "https://zoho-oauth-console.dev/problems/refresh-limit",
      detail: expect.stringContaining("10 access tokens in the last 10 minutes"),
    });
    expect(text).not.toContain(current);
    expect(await issued()).toBe(before);
    // Someone who did not report it still gets the cached token, which Zoho may well accept.
    expect(await getToken()).toBe(current);
    await sandboxFaults(owner, { accessTokensPerWindow: 10 });
  });
});

describe("hostile and wrong input: problem JSON, never a 500, never a token echoed", () => {
  const expectProblem = async (response: Response, status: number, type: string) => {
    expect(response.status).toBe(status);
    expect(response.headers.get("content-type")).toBe(PROBLEM);
    const text = await response.text();
    expect(JSON.parse(text).type).toBe(`https://zoho-oauth-console.dev/problems/${type}`);
    expect(text).not.toContain(reported);
    expect(text).not.toContain(current);
    return JSON.parse(text);
  };
  const body = () => JSON.stringify({ accessToken: current });

  it("without a key, with an expired key, with another workspace's key", async () => {
    await expectProblem(await invalidate(body(), {}), 401, "unauthenticated");
    await expectProblem(await invalidate(body(), { authorization: `Bearer ${seeded.expiredApiKey}` }), 401, "unauthenticated");
    await expectProblem(await invalidate(body(), { authorization: `Bearer ${seeded.poisoned.apiKey}` }), 404, "not-found");
    await expectProblem(await invalidate(body(), auth, "no-such-grant"), 404, "not-found");
    await expectProblem(await invalidate(body(), auth, "x".repeat(300)), 404, "not-found");
  });

  it("too large: 2 MB (refused before it is read) and 8 KB (over the report's own limit)", async () => {
    await expectProblem(await invalidate(JSON.stringify({ accessToken: "1".repeat(2 * 1024 * 1024) })), 413, "too-large");
    await expectProblem(await invalidate(JSON.stringify({ accessToken: current, pad: "x".repeat(8 * 1024) })), 413, "too-large");
  });

  it("not JSON, or not UTF-8", async () => {
    await expectProblem(
      await invalidate("accessToken=1000.a.b", { ...auth, "content-type": "application/x-www-form-urlencoded" }),
      400,
      "bad-request",
    );
    await expectProblem(await invalidate('{"accessToken":'), 400, "bad-request");
    await expectProblem(await invalidate(new Uint8Array([0x7b, 0xff, 0xfe, 0x7d])), 400, "bad-request");
    await expectProblem(await invalidate(""), 400, "bad-request");
  });

  it("JSON of the wrong shape: each field named", async () => {
    for (const wrong of [
      null,
      [],
      "1000.a.b",
      42,
      {},
      { accessToken: 5 },
      { accessToken: "not a token" },
      { accessToken: "1000.a.b\u0000" },
      { token: current },
      { accessToken: current, extra: true },
    ]) {
      const problem = await expectProblem(await invalidate(JSON.stringify(wrong)), 422, "invalid-request");
      expect(problem.errors?.length, JSON.stringify(wrong)).toBeGreaterThan(0);
    }
  });

  it("other methods and other origins", async () => {
    await expectProblem(
      await fetch(`${owner.baseUrl}/api/v1/grants/${grant}/access-token/invalidate`, { headers: auth }),
      405,
      "method-not-allowed",
    );
    await expectProblem(
      await fetch(`${owner.baseUrl}/api/v1/grants/${grant}/access-token/invalidate`, { method: "PUT", headers: auth, body: body() }),
      405,
      "method-not-allowed",
    );
    await expectProblem(
      await fetch(`${owner.baseUrl}/api/v1/grants/${grant}/access-token`, { method: "POST", headers: auth, body: body() }),
      405,
      "method-not-allowed",
    );
    await expectProblem(await invalidate(body(), { ...auth, origin: "https://evil.example" }), 403, "forbidden");
  });

  it("none of it refreshed anything", async () => {
    const before = await issued();
    await invalidate(JSON.stringify({ accessToken: current, extra: 1 }));
    await invalidate("nope");
    expect(await issued()).toBe(before);
    expect(await getToken()).toBe(current);
  });
});

// Two console processes on one PostgreSQL: the lease on the grant row makes the reports of both one refresh.
describe.runIf(!!process.env.INTEGRATION_DATABASE_URL)("two console instances", () => {
  let second: ConsoleProcess;
  let secondUrl = "";
  beforeAll(async () => {
    second = await startSecondInstance("invalidate");
    secondUrl = second.baseUrl;
  }, 90_000);
  afterAll(() => second?.stop());

  it("50 reports split across both instances: one refresh, one new token", async () => {
    const fresh = await consoleGrant(owner, {
      clientId: seeded.clientId,
      zohoClientId: seeded.zohoClientId,
      scopes: "AaaServer.profile.READ,ZohoCRM.users.READ",
      userEmail: "noura.alharbi@sandbox.zoho.test",
    });
    const held = (await (await fetch(`${owner.baseUrl}/api/v1/grants/${fresh}/access-token`, { headers: auth })).json()).access_token;
    const before = await issued();
    const answers = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        fetch(`${i % 2 ? secondUrl : owner.baseUrl}/api/v1/grants/${fresh}/access-token/invalidate`, {
          method: "POST",
          headers: { ...auth, "content-type": "application/json" },
          body: JSON.stringify({ accessToken: held }),
        }),
      ),
    );
    expect(answers.map((r) => r.status)).toEqual(Array(50).fill(200));
    const tokens = new Set((await Promise.all(answers.map((r) => r.json()))).map((b) => b.access_token));
    expect(tokens.size).toBe(1);
    expect(tokens.has(held)).toBe(false);
    expect(await issued()).toBe(before + 1);
  });
});
