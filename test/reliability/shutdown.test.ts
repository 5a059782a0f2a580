// Graceful shutdown and start-up of the console as infrastructure (issue 19): SIGTERM under token-API
// load on the embedded database (no 5xx, only connection refusals once the server closed; in-flight
// requests finish; refresh leases cut short are given back; PGlite closed cleanly and reopened), and
// two instances starting at once on an empty PostgreSQL database (migrations applied once).
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, inject, it } from "vitest";
import { pidFileOf } from "../../lib/backup/console-pid";
import { openDb } from "../../scripts/open-db";
import { Session } from "../integration/session";
import type { ConsoleProcess } from "../console-process";
import { deliver, obtainCodes, printFigures, reliabilityConsole, reliabilityEnv, setFaults, sleep, tokenApi, verifyAudit } from "./flows";
import { createDatabase } from "./pg-server";
import { seedReliability, type Seeded } from "./seed";
import { migrateDatabase } from "../console-process";

const pg = inject("pg");
const started: ConsoleProcess[] = [];
afterAll(async () => {
  await Promise.all(started.map((c) => c.kill()));
});

/** What a load worker saw: HTTP statuses, or the socket error that stood for one, and when. */
type Outcome = { at: number; status?: number; error?: string };

function load(run: () => Promise<Response>, workers: number) {
  const outcomes: Outcome[] = [];
  let stop = false;
  const loops = Array.from({ length: workers }, async () => {
    while (!stop) {
      try {
        const res = await run();
        await res.arrayBuffer();
        outcomes.push({ at: performance.now(), status: res.status });
      } catch (error) {
        const cause = (error as { cause?: { code?: string } }).cause;
        outcomes.push({ at: performance.now(), error: cause?.code ?? String(error) });
        await sleep(20);
      }
    }
  });
  return {
    outcomes,
    async end() {
      stop = true;
      await Promise.all(loops);
    },
  };
}

// Connection refused (server closed), or a keep-alive socket closed as it went idle, or cut at the bound.
const CONNECTION_ERRORS = new Set(["ECONNREFUSED", "ECONNRESET", "UND_ERR_SOCKET", "EPIPE"]);

/** PostgreSQL's cluster state in global/pg_control (ControlFileData.state, after three 8/4/4-byte fields): 1 = shut down cleanly. */
function clusterState(dataDir: string): number {
  return fs.readFileSync(path.join(dataDir, "global", "pg_control")).readInt32LE(16);
}

describe("graceful shutdown on PGlite", () => {
  const dir = path.resolve(".data/reliability/shutdown-pglite");
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const dataDir = path.join(dir, "db");
  const databaseUrl = `pglite:${dataDir}`;
  // 1 s of "not ready" while still serving, then at most 3 s for in-flight requests.
  const env = reliabilityEnv(databaseUrl, { SHUTDOWN_DELAY_SECONDS: "1", SHUTDOWN_TIMEOUT_SECONDS: "3" });
  const app = reliabilityConsole(3409, env, "shutdown-pglite");
  started.push(app);
  let seeded: Seeded;
  let grants: string[] = [];
  const figures: Record<string, unknown> = {};

  it("SIGTERM under token-API load: not ready at once, in-flight requests finish, no 5xx, PGlite closed cleanly", async () => {
    await migrateDatabase(env);
    seeded = await seedReliability({ databaseUrl, encryptionKey: env.ENCRYPTION_KEY, origin: app.baseUrl, clients: { main: 4 } });
    await app.start();
    expect(fs.readFileSync(pidFileOf(dataDir), "utf8").trim()).toMatch(/^\d+$/);
    const session = await new Session(app.baseUrl).signIn(seeded.email, seeded.password);
    await setFaults(app.baseUrl, { reset: true });
    for (const code of await obtainCodes(session, seeded, "main", seeded.clients.main.states))
      expect((await deliver(session, code)).status).toBe(303);
    const page = await (await session.fetch(`/w/${seeded.slug}/grants`)).text();
    grants = [...new Set([...page.matchAll(/href="\/w\/[^/]+\/grants\/(c[a-z0-9]{20,})"/g)].map((m) => m[1]))];
    expect(grants).toHaveLength(4);

    // A slow call in flight when SIGTERM arrives (the sandbox's token endpoint, 2 s of latency): it must be answered.
    await setFaults(app.baseUrl, { latencyMs: 2000 });
    let i = 0;
    const tokens = load(() => tokenApi(app.baseUrl, seeded.apiKey, grants[i++ % grants.length]), 8);
    const ready = load(() => fetch(`${app.baseUrl}/api/health/ready`), 1);
    await sleep(1500);
    const slow = fetch(`${app.baseUrl}/sandbox/us/oauth/v2/token`, {
      method: "POST",
      body: new URLSearchParams({
        grant_type: "refresh_token",
        client_id: seeded.clients.main.zohoClientId,
        client_secret: "x",
        refresh_token: "x",
      }),
    }).then(
      (res) => ({ status: res.status, at: performance.now() }),
      (error) => ({ status: 0, at: performance.now(), error: String(error.cause?.code ?? error) }),
    );
    await sleep(300);
    const sigterm = performance.now();
    await app.stop();
    const exited = performance.now();
    await sleep(300);
    await Promise.all([tokens.end(), ready.end()]);

    const answered = await slow;
    expect(answered, "the call in flight at SIGTERM was answered").toMatchObject({ status: expect.any(Number) });
    expect(answered.status).toBeGreaterThanOrEqual(200);
    expect(answered.status).toBeLessThan(500);
    expect(answered.at).toBeGreaterThan(sigterm);
    const all = [...tokens.outcomes, ...ready.outcomes];
    expect(all.filter((o) => (o.status ?? 0) >= 500 && !(o.status === 503 && ready.outcomes.includes(o)))).toEqual([]);
    expect(tokens.outcomes.filter((o) => o.status !== undefined && o.status !== 200)).toEqual([]);
    expect(all.filter((o) => o.error && (o.at < sigterm || !CONNECTION_ERRORS.has(o.error)))).toEqual([]);
    // Ready said 503 (check "shutdown") while the token API still answered 200 during the delay.
    const notReady = ready.outcomes.filter((o) => o.status === 503);
    expect(notReady.length).toBeGreaterThan(0);
    expect(ready.outcomes.filter((o) => o.at < sigterm).every((o) => o.status === 200)).toBe(true);
    expect(tokens.outcomes.filter((o) => o.at > sigterm && o.status === 200).length).toBeGreaterThan(0);
    expect(app.logText()).toContain("Console stopped.");
    expect(clusterState(dataDir), "PGlite's pg_control says shut down cleanly").toBe(1);
    expect(fs.existsSync(pidFileOf(dataDir))).toBe(false);
    figures["SIGTERM under load"] = {
      tokenRequests: tokens.outcomes.length,
      servedAfterSigterm: tokens.outcomes.filter((o) => o.at > sigterm && o.status === 200).length,
      connectionErrorsAfterClose: all.filter((o) => o.error).length,
      readyAnswered503: notReady.length,
      slowCallAnsweredMsAfterSigterm: Math.round(answered.at - sigterm),
      exitMsAfterSigterm: Math.round(exited - sigterm),
    };
  });

  it("refreshes still running at the bound are cut, their leases given back, and the next start refreshes at once", async () => {
    await app.start();
    // Each grant's current token, then a report that it was refused: a refresh per grant, held 8 s at the sandbox.
    const current = await Promise.all(grants.map(async (g) => (await (await tokenApi(app.baseUrl, seeded.apiKey, g)).json()).access_token));
    await setFaults(app.baseUrl, { latencyMs: 8000 });
    const invalidations = grants.map((g, k) =>
      fetch(`${app.baseUrl}/api/v1/grants/${g}/access-token/invalidate`, {
        method: "POST",
        headers: { authorization: `Bearer ${seeded.apiKey}`, "content-type": "application/json" },
        body: JSON.stringify({ accessToken: current[k] }),
      }).then(
        (res) => ({ status: res.status }),
        (error) => ({ error: String(error.cause?.code ?? error) }),
      ),
    );
    await sleep(1000);
    await app.stop();
    const outcomes = await Promise.all(invalidations);
    // Cut at the 1 + 3 s bound: a socket error, never a 5xx.
    for (const outcome of outcomes) expect(outcome).toEqual({ error: expect.stringMatching(/^(ECONNRESET|UND_ERR_SOCKET)$/) });
    expect(app.logText()).toContain(`released ${grants.length} refresh lease(s)`);
    expect(clusterState(dataDir)).toBe(1);

    const { db, close } = await openDb(databaseUrl);
    const held = await db.grant.count({ where: { refreshLease: "REFRESHING", refreshLeaseUntil: { gt: new Date() } } }).finally(close);
    expect(held, "no refresh lease left held").toBe(0);
    figures["audit:verify"] = verifyAudit(databaseUrl);

    // Reopened; the grants refresh at once (no lease to wait out), with the sandbox fast again.
    await app.start();
    await setFaults(app.baseUrl, { latencyMs: 0 });
    const begun = performance.now();
    const answers = await Promise.all(
      grants.map((g, k) =>
        fetch(`${app.baseUrl}/api/v1/grants/${g}/access-token/invalidate`, {
          method: "POST",
          headers: { authorization: `Bearer ${seeded.apiKey}`, "content-type": "application/json" },
          body: JSON.stringify({ accessToken: current[k] }),
        }),
      ),
    );
    const ms = Math.round(performance.now() - begun);
    expect(answers.map((r) => r.status)).toEqual(grants.map(() => 200));
    expect(ms).toBeLessThan(10_000);
    figures["refreshes after restart"] = `${grants.length} in ${ms} ms`;
    await app.stop();
    expect(clusterState(dataDir)).toBe(1);
    printFigures("graceful shutdown, PGlite", figures);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});

describe("several instances starting at once on an empty PostgreSQL", () => {
  it("apply the migrations once (advisory lock) and both become ready", async () => {
    const databaseUrl = await createDatabase(pg, "rel_start");
    const env = reliabilityEnv(databaseUrl);
    // What npm start runs before the server, in three instances at once.
    const deploy = (n: number) =>
      new Promise<{ code: number | null; out: string }>((resolve) => {
        const child = spawn(process.execPath, ["scripts/prisma-wasm.mjs", "deploy"], { env: { ...process.env, ...env } });
        let out = "";
        child.stdout.on("data", (d) => (out += d));
        child.stderr.on("data", (d) => (out += d));
        child.on("exit", (code) => resolve({ code, out: `[${n}] ${out}` }));
      });
    const begun = performance.now();
    const runs = await Promise.all([1, 2, 3].map(deploy));
    const ms = Math.round(performance.now() - begun);
    for (const run of runs) expect(run.code, run.out).toBe(0);
    expect(
      runs.filter((r) => r.out.includes("applied: []")),
      runs.map((r) => r.out).join("\n"),
    ).toHaveLength(2);
    expect(runs.filter((r) => r.out.includes("waiting for another instance")).length).toBeGreaterThan(0);

    const folders = fs.readdirSync("prisma/migrations", { withFileTypes: true }).filter((d) => d.isDirectory()).length;
    const { db, close } = await openDb(databaseUrl);
    const rows = await db.$queryRaw<{ total: bigint; names: bigint; finished: bigint }[]>`
      SELECT count(*) AS total, count(DISTINCT migration_name) AS names, count(finished_at) AS finished FROM _prisma_migrations`.finally(
      close,
    );
    expect(rows[0]).toEqual({ total: BigInt(folders), names: BigInt(folders), finished: BigInt(folders) });

    const a = reliabilityConsole(3410, env, "start-a");
    const b = reliabilityConsole(3411, env, "start-b");
    started.push(a, b);
    await Promise.all([a.start(), b.start()]);
    for (const app of [a, b]) {
      const res = await fetch(`${app.baseUrl}/api/health/ready`);
      expect(res.status).toBe(200);
    }
    await Promise.all([a.stop(), b.stop()]);
    printFigures("three deploys at once on an empty PostgreSQL", { migrations: folders, deploysMs: ms });
  });
});
