import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { ClientAt } from "./client-at";
import { newState } from "./console-authorize";
import { obtainCode } from "./sandbox";
import { locationOf, Session } from "./session";

// Secrets in, everything out: after a real authorization, no page, JSON answer or server log line (the
// JSON lines of lib/log/logger.ts included) may hold a client secret, a grant code, a token or an API key in the clear.
const seeded = inject("seeded");
const owner = new Session();
// Zoho-shaped codes and tokens (the sandbox issues them in Zoho's format).
const TOKEN = /1000\.[0-9a-f]{32}\.[0-9a-f]{32}/;
const known: string[] = [seeded.clientSecret, "matrix-secret-"];
const bodies = new Map<string, string>();
const jsonLog = () =>
  fs
    .readFileSync(inject("serverLog"), "utf8")
    .split("\n")
    .filter((line) => line.startsWith("{"))
    .map((line) => JSON.parse(line) as Record<string, unknown>);

beforeAll(async () => {
  await owner.signIn(seeded.email, seeded.password);
  // Other files may have spent this client's 10 grant codes of the last 10 minutes.
  await owner.fetch(`/sandbox/control?workspace=${seeded.slug}`, {
    method: "POST",
    body: JSON.stringify({ codeLimit: 1000 }),
    headers: { "content-type": "application/json" },
  });
  const state = await newState(owner, seeded.second.clientId);
  const code = await obtainCode(owner, { state, userEmail: "priya.raman@sandbox.zoho.test", zohoClientId: seeded.second.zohoClientId });
  known.push(code.code);
  const callback = await owner.fetch(
    `/oauth/callback?${new URLSearchParams({ code: code.code, location: code.location, "accounts-server": code.accountsServer, state })}`,
  );
  const result = locationOf(callback);

  const w = `/w/${seeded.slug}`;
  const pages = [
    w,
    `${w}/clients`,
    `${w}/clients/${seeded.clientId}`,
    `${w}/clients/${seeded.matrixClientId}`,
    `${w}/clients/new`,
    `${w}/authorize`,
    `${w}/grants`,
    `${w}/callbacks`,
    `${w}/members`,
    `${w}/settings`,
    result,
    "/api/health",
    "/sandbox",
    "/sandbox/console",
    "/sandbox/oauth/serverinfo",
  ];
  const callbacksHtml = await (await owner.fetch(`${w}/callbacks`)).text();
  pages.push(...[...callbacksHtml.matchAll(/href="(\/w\/[^"]+\/callbacks\/[^"/?]+)"/g)].map((m) => m[1]));
  for (const page of pages) bodies.set(page, await (await owner.fetch(page)).text());

  // Secrets sent where the console logs: a sign-in whose password is the client secret (logged as a
  // failed sign-in), and a token API call whose Authorization header is a real key for a grant that
  // does not exist. Neither may reach the JSON log.
  // (From an address of its own: the other files' sign-ins share 127.0.0.1's per-address count.)
  expect(await new ClientAt("127.0.19.1").trySignIn("leaks@nobody.test", seeded.clientSecret)).toBe("wrong");
  known.push(seeded.apiKey);
  await owner.fetch("/api/v1/grants/cnosuchgrant0000000000000/access-token", { headers: { authorization: `Bearer ${seeded.apiKey}` } });
});

afterAll(() =>
  owner.fetch(`/sandbox/control?workspace=${seeded.slug}`, {
    method: "POST",
    body: JSON.stringify({ reset: true }),
    headers: { "content-type": "application/json" },
  }),
);

describe("no secret in the clear", () => {
  it("crawled a real grant", () => {
    expect(bodies.get(`/w/${seeded.slug}/grants`)).toContain("priya.raman@sandbox.zoho.test");
    expect(bodies.size).toBeGreaterThan(15);
    expect([...bodies.keys()].some((p) => /\/callbacks\/\w+$/.test(p))).toBe(true);
  });

  it("in any page or JSON answer", () => {
    for (const [page, body] of bodies) {
      for (const secret of known) expect(body.includes(secret), `${page} contains a known secret`).toBe(false);
      expect(TOKEN.exec(body)?.[0], `${page} contains a code or token`).toBeUndefined();
    }
  });

  it("pages forbid framing and never send a Referer (callback URLs carry codes) to other origins", async () => {
    for (const page of [`/w/${seeded.slug}/grants`, "/sign-in", "/oauth/callback?state=x"]) {
      const res = await owner.fetch(page);
      expect(res.headers.get("x-frame-options")).toBe("DENY");
      expect(res.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
      expect(res.headers.get("referrer-policy")).toBe("same-origin");
    }
  });

  it("in the server log", () => {
    const log = fs.readFileSync(inject("serverLog"), "utf8");
    for (const secret of known) expect(log.includes(secret)).toBe(false);
    expect(TOKEN.exec(log)?.[0]).toBeUndefined();
  });

  it("in the structured (JSON) log, field by field", async () => {
    // The console runs in production mode: its own lines are pino's JSON, one object per line.
    await expect.poll(() => jsonLog().some((r) => r.msg === "sign-in failed: wrong email or password")).toBe(true);
    const records = jsonLog();
    for (const record of records) {
      expect(record).toMatchObject({ level: expect.any(String), time: expect.any(String), msg: expect.any(String) });
      const text = JSON.stringify(record);
      for (const secret of known) expect(text.includes(secret), `a log line holds a known secret: ${record.msg}`).toBe(false);
      expect(TOKEN.exec(text)?.[0], `a log line holds a code or token: ${record.msg}`).toBeUndefined();
    }
  });
});
