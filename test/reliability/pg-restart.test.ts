import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { openDb } from "../../scripts/open-db";
import { Session } from "../integration/session";
import { migrateDatabase, type ConsoleProcess } from "../console-process";
import {
  checkInvariants,
  deliver,
  looksLikeStackTrace,
  obtainCodes,
  printFigures,
  setFaults,
  sleep,
  tokenApi,
  verifyAudit,
  reliabilityConsole,
  reliabilityEnv,
} from "./flows";
import { createDatabase, restartPgServer } from "./pg-server";
import { seedReliability, type Seeded } from "./seed";

// PostgreSQL restarted (fast, then immediate — a crash) while token API requests and callbacks
// keep coming: each request fails cleanly (problem JSON 503 on the API, a plain page on the
// callback, never a 500 or a stack trace), and the console recovers by itself, without a restart.
const pg = inject("pg");
let app: ConsoleProcess;
let seeded: Seeded;
let databaseUrl = "";

beforeAll(async () => {
  databaseUrl = await createDatabase(pg, "rel_pgrestart");
  const env = reliabilityEnv(databaseUrl);
  await migrateDatabase(env);
  app = reliabilityConsole(3403, env, "pg-restart");
  seeded = await seedReliability({ databaseUrl, encryptionKey: env.ENCRYPTION_KEY, origin: app.baseUrl, clients: { api: 4, load: 40 } });
  await app.start();
  await setFaults(app.baseUrl, { reset: true });
  await setFaults(app.baseUrl, { codeLimit: 10_000 });
});
afterAll(async () => {
  await app?.stop();
});

type Answer = { kind: "api" | "callback"; status: number; type: string | null; bad: string | null };

describe("PostgreSQL restarted under load", () => {
  it("requests fail cleanly while it is down, the console recovers without a restart, and the invariants hold", async () => {
    const session = await new Session(app.baseUrl).signIn(seeded.email, seeded.password);
    const grantCodes = await obtainCodes(session, seeded, "api", seeded.clients.api.states);
    const grantIds: string[] = [];
    for (const code of grantCodes) grantIds.push((await deliver(session, code)).resultId!);
    const { db, close } = await openDb(databaseUrl);
    const grants = (await db.callbackEvent.findMany({ where: { id: { in: grantIds } }, select: { grantId: true } }).finally(close)).map(
      (c) => c.grantId!,
    );
    expect(grants.every(Boolean)).toBe(true);
    const codes = await obtainCodes(session, seeded, "load", seeded.clients.load.states);

    const answers: Answer[] = [];
    const judge = async (kind: Answer["kind"], res: Response) => {
      const body = await res.text();
      const type = res.headers.get("content-type");
      let bad: string | null = null;
      if (looksLikeStackTrace(body)) bad = "stack trace";
      else if (kind === "api" && res.status !== 200 && !(res.status === 503 && type === "application/problem+json"))
        bad = `HTTP ${res.status} ${type}`;
      else if (kind === "callback" && res.status !== 303 && !(res.status === 503 && type?.startsWith("text/html")))
        bad = `HTTP ${res.status} ${type}`;
      answers.push({ kind, status: res.status, type, bad: bad && `${bad}: ${body.slice(0, 300)}` });
    };
    let running = true;
    const workers = Array.from({ length: 8 }, async (_, w) => {
      for (let i = 0; running; i++) {
        const res = await tokenApi(app.baseUrl, seeded.apiKey, grants[(w + i) % grants.length]).catch(() => null);
        if (res) await judge("api", res);
        else answers.push({ kind: "api", status: 0, type: null, bad: "connection failed" });
      }
    });
    // Callbacks arrive one every 150 ms throughout (40 codes, 6 s).
    const callbacks = (async () => {
      for (const code of codes) {
        const query = new URLSearchParams({
          code: code.code,
          location: code.location,
          "accounts-server": code.accountsServer,
          state: code.state,
        });
        session.fetch(`/oauth/callback?${query}`).then(
          (res) => judge("callback", res),
          () => answers.push({ kind: "callback", status: 0, type: null, bad: "connection failed" }),
        );
        await sleep(150);
      }
    })();

    await sleep(1000);
    let started = performance.now();
    await restartPgServer(pg, "fast");
    const fastMs = Math.round(performance.now() - started);
    await sleep(1500);
    started = performance.now();
    await restartPgServer(pg, "immediate");
    const immediateMs = Math.round(performance.now() - started);
    await sleep(1500);
    await callbacks;
    // The console recovers on its own: a few seconds of normal answers.
    const recoveryStarted = performance.now();
    let recoveredMs = 0;
    while (!recoveredMs && performance.now() - recoveryStarted < 30_000) {
      const res = await tokenApi(app.baseUrl, seeded.apiKey, grants[0]);
      if (res.status === 200) recoveredMs = Math.round(performance.now() - recoveryStarted);
      else await sleep(250);
    }
    await sleep(1000);
    running = false;
    await Promise.all(workers);
    await sleep(500);

    expect(recoveredMs, "the console did not recover within 30 s").toBeGreaterThan(0);
    expect(app.running, "the console process died").toBe(true);
    const bad = answers.filter((a) => a.bad);
    expect(bad.map((a) => `${a.kind}: ${a.bad}`).slice(0, 5)).toEqual([]);
    for (const grant of grants) expect((await tokenApi(app.baseUrl, seeded.apiKey, grant)).status).toBe(200);

    // Callbacks the outage cut after they were recorded end "interrupted" (the sweep, once a minute has passed).
    const { db: db2, close: close2 } = await openDb(databaseUrl);
    const sweepStarted = performance.now();
    try {
      while ((await db2.callbackEvent.count({ where: { outcome: "received" } })) > 0) {
        expect(performance.now() - sweepStarted, "callbacks still 'received' after 100 s").toBeLessThan(100_000);
        await sleep(2000);
      }
    } finally {
      await close2();
    }
    const invariants = await checkInvariants(
      databaseUrl,
      app.env.ENCRYPTION_KEY,
      Object.values(seeded.clients).map((c) => c.id),
    );
    const count = (kind: Answer["kind"], status: number) => answers.filter((a) => a.kind === kind && a.status === status).length;
    printFigures("PostgreSQL restarted under load", {
      "token API requests": answers.filter((a) => a.kind === "api").length,
      "token API 200 / 503 problem": `${count("api", 200)} / ${count("api", 503)}`,
      "callbacks sent": codes.length,
      "callbacks 303 / 503 page": `${count("callback", 303)} / ${count("callback", 503)}`,
      "pg_ctl restart -m fast (ms)": fastMs,
      "pg_ctl restart -m immediate (ms)": immediateMs,
      "first 200 after the load's last restart (ms)": recoveredMs,
      "console restarts": app.starts - 1,
      ...invariants,
      "audit:verify": verifyAudit(databaseUrl),
    });
  });
});
