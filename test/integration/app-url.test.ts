import path from "node:path";
import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ConsoleProcess, consoleEnv, migrateDatabase } from "../console-process";
import { rawFetch } from "./raw-fetch";
import { freePort } from "../free-port";

// A console configured with APP_URL=https://… (behind a TLS proxy): every origin decision — HSTS,
// Secure cookies, CSRF, links — follows the configuration, whatever Host or X-Forwarded-* say.
const PUBLIC = "https://console.integration.test";
let instance: ConsoleProcess;
let dir: string;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(".data", "app-url-"));
  const env = consoleEnv(`pglite:./${dir}/db`, { APP_URL: PUBLIC });
  await migrateDatabase(env);
  instance = new ConsoleProcess(await freePort(), env, path.join(dir, "server.log"));
  await instance.start();
});

afterAll(async () => {
  await instance?.stop();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

describe("APP_URL=https://…", () => {
  it("sends HSTS on every answer", async () => {
    for (const page of ["/sign-in", "/api/v1/grants", "/oauth/callback?state=x"]) {
      const res = await fetch(`${instance.baseUrl}${page}`, { redirect: "manual" });
      expect(res.headers.get("strict-transport-security"), page).toMatch(/^max-age=31536000/);
    }
  });

  it("makes Auth.js's cookies Secure (__Host-/__Secure- named), though the socket is plain http", async () => {
    const res = await fetch(`${instance.baseUrl}/api/auth/csrf`);
    const cookie = res.headers.getSetCookie().find((c) => /authjs\.csrf-token=/.test(c)) ?? "";
    expect(cookie).toMatch(/^__Host-authjs\.csrf-token=/);
    expect(cookie).toMatch(/;\s*Secure/i);
  });

  it("answers under any Host (a proxy's internal name, a health check) but links only to APP_URL", async () => {
    const res = await rawFetch(`${instance.baseUrl}/api/v1/openapi.json`, {
      headers: { host: "10.0.0.5:3000", "x-forwarded-host": "evil.example" },
    });
    expect(res.status).toBe(200);
    const doc = await res.text();
    expect(doc).toContain(PUBLIC);
    expect(doc).not.toContain("evil.example");
    expect(doc).not.toContain("10.0.0.5");
  });

  it("takes only APP_URL's origin as a browser's own for state-changing requests (CSRF)", async () => {
    const post = (origin: string) =>
      fetch(`${instance.baseUrl}/api/auth/signout`, { method: "POST", headers: { origin }, redirect: "manual" });
    expect((await post(instance.baseUrl)).status).toBe(403);
    expect((await post("https://evil.example")).status).toBe(403);
    expect((await post(PUBLIC)).status).not.toBe(403);
  });
});
