import fs from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, inject, it } from "vitest";
import { openDb } from "../../scripts/open-db";
import { Session } from "../integration/session";
import { migrateDatabase, type ConsoleProcess, type ConsoleEnv } from "../console-process";
import {
  checkInvariants,
  deliver,
  obtainCodes,
  printFigures,
  setFaults,
  sleep,
  verifyAudit,
  type Code,
  reliabilityConsole,
  reliabilityEnv,
} from "./flows";
import { createDatabase } from "./pg-server";
import { seedReliability, type Seeded } from "./seed";

// The console SIGKILLed while many callbacks are mid-exchange (the sandbox's latency holds them
// there), then restarted. Afterwards: every callback has an outcome or is resolvable, no code was
// exchanged twice, every successful exchange has exactly one grant, the audit chain verifies.
const pg = inject("pg");
const ROUND = 40;
const LATENCY_MS = 1500;
const consoles: ConsoleProcess[] = [];
afterAll(async () => {
  for (const c of consoles) await c.stop();
});

type Scenario = { app: ConsoleProcess; seeded: Seeded; databaseUrl: string };

async function prepare(databaseUrl: string, port: number, name: string, rounds: number, env: ConsoleEnv): Promise<Scenario> {
  await migrateDatabase(env);
  const app = reliabilityConsole(port, env, name);
  consoles.push(app);
  const seeded = await seedReliability({
    databaseUrl,
    encryptionKey: env.ENCRYPTION_KEY,
    origin: app.baseUrl,
    clients: { crash: ROUND * rounds },
  });
  await app.start();
  await setFaults(app.baseUrl, { reset: true });
  await setFaults(app.baseUrl, { codeLimit: 10_000 });
  return { app, seeded, databaseUrl };
}

/** One round: ROUND callbacks sent 50 ms apart, each held LATENCY_MS at the sandbox; SIGKILL while they are in flight; restart. */
async function killRound({ app, seeded }: Scenario, round: number) {
  const session = await new Session(app.baseUrl).signIn(seeded.email, seeded.password);
  const codes = await obtainCodes(session, seeded, "crash", seeded.clients.crash.states.slice(round * ROUND, (round + 1) * ROUND));
  await setFaults(app.baseUrl, { latencyMs: LATENCY_MS });
  const answers: Promise<{ code: Code; ok: boolean }>[] = [];
  const started = performance.now();
  let killed = false;
  const sending = (async () => {
    for (const code of codes) {
      if (killed) break;
      answers.push(
        deliver(session, code).then(
          (d) => ({ code, ok: d.status === 303 }),
          () => ({ code, ok: false }),
        ),
      );
      await sleep(50);
    }
  })();
  await sleep(LATENCY_MS + 1200);
  await app.kill("SIGKILL");
  killed = true;
  const killedAfter = Math.round(performance.now() - started);
  await sending;
  const settled = await Promise.all(answers);
  // The process is gone: nothing answers on its port.
  expect(
    await fetch(`${app.baseUrl}/api/health`).then(
      () => "answered",
      () => "refused",
    ),
  ).toBe("refused");
  const restartMs = await app.start();
  await setFaults(app.baseUrl, { latencyMs: 0 });
  return {
    codes,
    sent: settled.length,
    answered: settled.filter((s) => s.ok).length,
    cut: settled.filter((s) => !s.ok).map((s) => s.code),
    notSent: codes.slice(settled.length),
    killedAfter,
    restartMs,
    session: await new Session(app.baseUrl).signIn(seeded.email, seeded.password),
  };
}

async function resultOutcome(session: Session, d: { resultId: string | null }) {
  const page = await (await session.fetch(`/oauth/result/${d.resultId}`)).text();
  return /data-outcome="([^"]+)"/.exec(page)?.[1];
}

describe("SIGKILL in the middle of concurrent exchanges", () => {
  let pgScenario: Scenario;
  const figures: Record<string, unknown> = {};

  it("on PostgreSQL: killed twice mid-exchange, restarted; a reloaded callback is never exchanged again", async () => {
    const databaseUrl = await createDatabase(pg, "rel_crash");
    pgScenario = await prepare(databaseUrl, 3401, "crash-pg", 2, reliabilityEnv(databaseUrl));
    for (const round of [0, 1]) {
      const r = await killRound(pgScenario, round);
      // The browser reloads each cut callback. If it had reached the console, the state is spent and
      // the code is not sent to Zoho again (state_reused); if it had not (sent after the kill), it
      // goes through now.
      const reloaded = await Promise.all(r.cut.map((c) => deliver(r.session, c)));
      const reloadOutcomes = await Promise.all(reloaded.map((d) => resultOutcome(r.session, d)));
      expect(
        reloadOutcomes.every((o) => o === "state_reused" || o === "grant_created"),
        reloadOutcomes.join(),
      ).toBe(true);
      // Codes the browser never got to send still work after the restart (they live 60 s).
      const late = await Promise.all(r.notSent.map((c) => deliver(r.session, c)));
      const lateOutcomes = await Promise.all(late.map((d) => resultOutcome(r.session, d)));
      expect(
        lateOutcomes.every((o) => o === "grant_created"),
        lateOutcomes.join(),
      ).toBe(true);
      figures[`round ${round + 1}`] = {
        codes: r.codes.length,
        sent: r.sent,
        answeredBeforeKill: r.answered,
        cutByKill: r.cut.length,
        reloadedStateReused: reloadOutcomes.filter((o) => o === "state_reused").length,
        notSentBeforeKill: r.notSent.length,
        killedAfterMs: r.killedAfter,
        restartMs: r.restartMs,
      };
    }
    const early = await checkInvariants(databaseUrl, pgScenario.app.env.ENCRYPTION_KEY, [pgScenario.seeded.clients.crash.id], {
      allowReceived: true,
    });
    figures["right after the restarts"] = early;
  });

  it("on PGlite: the data folder reopens after SIGKILL", async () => {
    const dir = fs.mkdtempSync(path.join(".data", "reliability", "pglite-crash-"));
    const databaseUrl = `pglite:./${dir}/db`;
    const env = reliabilityEnv(databaseUrl);
    const scenario = await prepare(databaseUrl, 3402, "crash-pglite", 1, env);
    const r = await killRound(scenario, 0);
    const reloaded = await Promise.all(r.cut.map((c) => deliver(r.session, c)));
    const reloadOutcomes = await Promise.all(reloaded.map((d) => resultOutcome(r.session, d)));
    expect(
      reloadOutcomes.every((o) => o === "state_reused" || o === "grant_created"),
      reloadOutcomes.join(),
    ).toBe(true);
    await Promise.all(r.notSent.map((c) => deliver(r.session, c)));
    // PGlite is single-process: the console must be stopped before the checks open the folder.
    await scenario.app.stop();
    const invariants = await checkInvariants(databaseUrl, env.ENCRYPTION_KEY, [scenario.seeded.clients.crash.id], { allowReceived: true });
    printFigures("SIGKILL mid-exchange, PGlite", {
      round: {
        codes: r.codes.length,
        sent: r.sent,
        answeredBeforeKill: r.answered,
        cutByKill: r.cut.length,
        reloadedStateReused: reloadOutcomes.filter((o) => o === "state_reused").length,
        notSentBeforeKill: r.notSent.length,
        killedAfterMs: r.killedAfter,
        restartMs: r.restartMs,
      },
      ...invariants,
      "audit:verify": verifyAudit(databaseUrl),
    });
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("on PostgreSQL, a minute later: the cut callbacks are marked interrupted by the restarted console; the invariants hold; the audit chain verifies", async () => {
    const { app, seeded, databaseUrl } = pgScenario;
    const { db, close } = await openDb(databaseUrl);
    let waited = 0;
    try {
      const started = performance.now();
      while ((await db.callbackEvent.count({ where: { outcome: "received" } })) > 0) {
        expect(performance.now() - started, "callbacks still 'received' 100 s after the restart").toBeLessThan(100_000);
        await sleep(2000);
      }
      waited = Math.round(performance.now() - started);
    } finally {
      await close();
    }
    // The result page of an interrupted callback says so.
    const session = await new Session(app.baseUrl).signIn(seeded.email, seeded.password);
    const { db: db2, close: close2 } = await openDb(databaseUrl);
    const [interrupted, linked, audited] = await Promise.all([
      db2.callbackEvent.findFirst({ where: { outcome: "interrupted" }, select: { id: true } }),
      db2.callbackEvent.findMany({ where: { outcome: "interrupted", workspaceId: { not: null } }, select: { id: true } }),
      db2.auditEvent.findMany({ where: { action: "callback.failed", targetType: "callback" }, select: { targetId: true, data: true } }),
    ]).finally(close2);
    // Each interrupted callback that reached a workspace is in its audit trail once, as interrupted.
    const interruptedEvents = audited
      .filter((e) => (e.data as { outcome?: string }).outcome === "interrupted")
      .map((e) => e.targetId)
      .sort();
    expect(interruptedEvents).toEqual(linked.map((c) => c.id).sort());
    if (interrupted) expect(await (await session.fetch(`/oauth/result/${interrupted.id}`)).text()).toContain("never finished");
    const invariants = await checkInvariants(databaseUrl, app.env.ENCRYPTION_KEY, [seeded.clients.crash.id]);
    printFigures("SIGKILL mid-exchange, PostgreSQL", {
      ...figures,
      "waited for the interrupted marks (ms)": waited,
      afterwards: invariants,
      "audit:verify": verifyAudit(databaseUrl),
    });
  });
});
