// /api/health/live, /api/health/ready and /api/health: what load balancers and orchestrators ask.
// Not ready while a migration is missing (a console of its own on such a database); not ready while
// shutting down is in test/reliability/shutdown.test.ts (it needs a SIGTERM under load).
import fs from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, inject, it } from "vitest";
import { ConsoleProcess, consoleEnv, migrateDatabase } from "../console-process";
import { freePort } from "../free-port";
import { openDb } from "../../scripts/open-db";

const baseUrl = inject("baseUrl");
fs.mkdirSync(".data", { recursive: true });
const dir = fs.mkdtempSync(path.join(".data", "integration-health-"));
let own: ConsoleProcess | undefined;
afterAll(async () => {
  await own?.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("health endpoints", () => {
  it("live, ready and health answer 200 on a running, migrated console, signed in or not; live and ready are never cached", async () => {
    for (const route of ["/api/health/live", "/api/health/ready", "/api/health"]) {
      const res = await fetch(`${baseUrl}${route}`, { redirect: "manual" });
      expect(res.status, route).toBe(200);
      if (route !== "/api/health") expect(res.headers.get("cache-control"), route).toContain("no-store");
    }
    expect(await (await fetch(`${baseUrl}/api/health/ready`)).json()).toEqual({ status: "ready" });
  });

  it("ready answers 503 problem JSON naming the migrations check while one is not applied; live stays 200", async () => {
    const databaseUrl = `pglite:./${dir}/db`;
    const env = consoleEnv(databaseUrl);
    await migrateDatabase(env);
    const { db, close } = await openDb(databaseUrl);
    const [last] = await db.$queryRaw<{ migration_name: string }[]>`
      DELETE FROM _prisma_migrations WHERE migration_name = (SELECT max(migration_name) FROM _prisma_migrations) RETURNING migration_name`;
    await close();
    own = new ConsoleProcess(await freePort(), env, path.join(dir, "server.log"));
    await own.start();

    const res = await fetch(`${own.baseUrl}/api/health/ready`);
    expect(res.status).toBe(503);
    expect(res.headers.get("content-type")).toBe("application/problem+json");
    expect(res.headers.get("retry-after")).toBe("5");
    const body = await res.json();
    expect(body).toMatchObject({ status: 503, check: "migrations" });
    expect(body.detail).toContain(last.migration_name);
    expect((await fetch(`${own.baseUrl}/api/health/live`)).status).toBe(200);
  }, 120_000);
});
