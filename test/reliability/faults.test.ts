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
  sandboxStats,
  setFaults,
  sleep,
  tokenApi,
  USERS,
  verifyAudit,
  type Code,
  reliabilityConsole,
  reliabilityEnv,
} from "./flows";
import { createDatabase } from "./pg-server";
import { seedReliability, type Seeded } from "./seed";

// Zoho misbehaving, through the sandbox's fault controls, during code exchanges and refreshes:
// HTTP 500s at random, an outage (HTML 503), answers slower than the console's 10 s timeout, and
// Zoho's rate-limit answers (grant codes per client, access tokens per refresh token).
const pg = inject("pg");
let app: ConsoleProcess;
let seeded: Seeded;
let databaseUrl = "";
const owner = () => new Session(app.baseUrl).signIn(seeded.email, seeded.password);

async function grantOf(session: Session, code: Code) {
  const { resultId } = await deliver(session, code);
  const { db, close } = await openDb(databaseUrl);
  try {
    return (await db.callbackEvent.findUniqueOrThrow({ where: { id: resultId! } })).grantId!;
  } finally {
    await close();
  }
}

async function grantRow(grantId: string) {
  const { db, close } = await openDb(databaseUrl);
  try {
    const grant = await db.grant.findUniqueOrThrow({
      where: { id: grantId },
      select: { status: true, refreshCipher: true, refreshLease: true, refreshLeaseUntil: true },
    });
    const attempts = await db.grantRefresh.findMany({ where: { grantId }, select: { ok: true, error: true } });
    return { ...grant, attempts };
  } finally {
    await close();
  }
}

async function expectProblem(res: Response, type: string) {
  const body = await res.text();
  expect(res.status, body).toBe(503);
  expect(res.headers.get("content-type")).toBe("application/problem+json");
  expect(JSON.parse(body).type).toBe(`https://zoho-oauth-console.dev/problems/${type}`);
  expect(Number(res.headers.get("retry-after"))).toBeGreaterThan(0);
  expect(looksLikeStackTrace(body)).toBe(false);
}

beforeAll(async () => {
  databaseUrl = await createDatabase(pg, "rel_faults");
  const env = reliabilityEnv(databaseUrl);
  await migrateDatabase(env);
  app = reliabilityConsole(3400, env, "faults");
  seeded = await seedReliability({
    databaseUrl,
    encryptionKey: env.ENCRYPTION_KEY,
    origin: app.baseUrl,
    clients: { exchange: 40, refresh: 6, limit: 4 },
  });
  await app.start();
  await setFaults(app.baseUrl, { reset: true });
  await setFaults(app.baseUrl, { codeLimit: 1000 });
});
afterAll(async () => {
  await app?.stop();
});

describe("sandbox faults", () => {
  const figures: Record<string, unknown> = {};

  it("exchanges while Zoho answers HTTP 500 at random: each callback ends grant_created or exchange_failed, nothing half-stored", async () => {
    const session = await owner();
    const codes = await obtainCodes(session, seeded, "exchange", seeded.clients.exchange.states.slice(0, 20));
    await setFaults(app.baseUrl, { errorRate: 0.5 });
    const delivered = await Promise.all(codes.map((c) => deliver(session, c)));
    await setFaults(app.baseUrl, { errorRate: 0 });
    expect(delivered.every((d) => d.status === 303 && d.resultId)).toBe(true);
    const pages = await Promise.all(delivered.map(async (d) => (await session.fetch(`/oauth/result/${d.resultId}`)).text()));
    const outcomes = pages.map((p) => /data-outcome="([^"]+)"/.exec(p)?.[1]);
    expect(
      outcomes.every((o) => o === "grant_created" || o === "exchange_failed"),
      outcomes.join(),
    ).toBe(true);
    expect(pages.some(looksLikeStackTrace)).toBe(false);
    figures["errorRate 0.5: callbacks"] = codes.length;
    figures["errorRate 0.5: grant_created / exchange_failed"] =
      `${outcomes.filter((o) => o === "grant_created").length} / ${outcomes.filter((o) => o === "exchange_failed").length}`;
  });

  it("exchanges during an outage (HTML 503) fail with a readable outcome; after it clears, exchanges succeed", async () => {
    const session = await owner();
    const codes = await obtainCodes(session, seeded, "exchange", seeded.clients.exchange.states.slice(20, 25));
    await setFaults(app.baseUrl, { outage: true });
    const down = await Promise.all(codes.map((c) => deliver(session, c)));
    await setFaults(app.baseUrl, { outage: false });
    for (const d of down) {
      const page = await (await session.fetch(`/oauth/result/${d.resultId}`)).text();
      expect(page).toContain('data-outcome="exchange_failed"');
      expect(looksLikeStackTrace(page)).toBe(false);
    }
    const again = await obtainCodes(session, seeded, "exchange", seeded.clients.exchange.states.slice(25, 30));
    const up = await Promise.all(again.map((c) => deliver(session, c)));
    for (const d of up) expect(await (await session.fetch(`/oauth/result/${d.resultId}`)).text()).toContain('data-outcome="grant_created"');
    figures["outage: exchange_failed, then after recovery grant_created"] = `${down.length}, ${up.length}`;
  });

  it("exchanges slower than the console's 10 s timeout end zoho_unreachable", async () => {
    const session = await owner();
    const codes = await obtainCodes(session, seeded, "exchange", seeded.clients.exchange.states.slice(30, 33));
    await setFaults(app.baseUrl, { latencyMs: 11_000 });
    const started = performance.now();
    const slow = await Promise.all(codes.map((c) => deliver(session, c)));
    figures["latency 11 s: callback answered after (ms)"] = Math.round(performance.now() - started);
    await setFaults(app.baseUrl, { latencyMs: 0 });
    for (const d of slow)
      expect(await (await session.fetch(`/oauth/result/${d.resultId}`)).text()).toContain('data-outcome="zoho_unreachable"');
    // The sandbox still redeems each code once its latency has passed (as Zoho may have): wait for it.
    await sleep(2000);
  });

  it("Zoho's grant-code limit: the refused consent comes back as error=access_denied and is recorded as rejected", async () => {
    const session = await owner();
    const { codes: issued } = await sandboxStats(app.baseUrl, seeded.clients.limit.zohoClientId);
    expect(issued).toBe(0);
    await setFaults(app.baseUrl, { codeLimit: 2 });
    const ok = await obtainCodes(session, seeded, "limit", seeded.clients.limit.states.slice(0, 2));
    // The third consent is refused: obtainCode reports the redirect's query, which the browser would follow.
    const refused = await obtainCodes(session, seeded, "limit", seeded.clients.limit.states.slice(2, 3)).then(
      () => null,
      (e: Error) => /without a code: (\?.*)$/.exec(e.message)?.[1],
    );
    await setFaults(app.baseUrl, { codeLimit: 1000 });
    expect(refused).toMatch(/error=access_denied/);
    const params = new URLSearchParams(refused!);
    const res = await session.fetch(`/oauth/callback?${params}`);
    const page = await (await session.fetch(res.headers.get("location")!)).text();
    expect(page).toContain('data-outcome="rejected"');
    for (const c of ok) await deliver(session, c);
  });

  it("refreshes during an outage back off (one burst of retries, then 503 with Retry-After) without touching the grant, and recover", async () => {
    const session = await owner();
    await setFaults(app.baseUrl, { accessTokenTtlSeconds: 1 });
    const [codeA, codeB] = await obtainCodes(session, seeded, "refresh", seeded.clients.refresh.states.slice(0, 2));
    const grantA = await grantOf(session, codeA);
    const grantB = await grantOf(session, codeB);
    await sleep(1100);
    await setFaults(app.baseUrl, { accessTokenTtlSeconds: 3600, outage: true });
    const before = await grantRow(grantA);

    await expectProblem(await tokenApi(app.baseUrl, seeded.apiKey, grantA), "zoho-unavailable");
    const afterFirst = await grantRow(grantA);
    // The first request tried Zoho three times (two retries with back-off); the next 50 wait out the back-off.
    const burst = await Promise.all(Array.from({ length: 50 }, () => tokenApi(app.baseUrl, seeded.apiKey, grantA)));
    for (const res of burst) await expectProblem(res, "zoho-unavailable");
    const afterBurst = await grantRow(grantA);
    expect(afterFirst.attempts.length).toBe(3);
    expect(afterBurst.attempts.length).toBe(3);
    expect(afterBurst.status).toBe("ACTIVE");
    expect(afterBurst.refreshCipher).toBe(before.refreshCipher);
    expect(afterBurst.refreshLease).toBe("BACKOFF_ZOHO_UNAVAILABLE");

    // HTTP 500 on every call: the same for grant B.
    await setFaults(app.baseUrl, { outage: false, errorRate: 1 });
    await expectProblem(await tokenApi(app.baseUrl, seeded.apiKey, grantB), "zoho-unavailable");
    await setFaults(app.baseUrl, { errorRate: 0 });
    expect((await grantRow(grantB)).status).toBe("ACTIVE");

    // Fault cleared: once the back-off (15 s) has passed, both grants refresh again.
    const cleared = performance.now();
    let recoveredAfter = 0;
    for (let i = 0; i < 40 && !recoveredAfter; i++) {
      const [a, b] = await Promise.all([tokenApi(app.baseUrl, seeded.apiKey, grantA), tokenApi(app.baseUrl, seeded.apiKey, grantB)]);
      if (a.status === 200 && b.status === 200) recoveredAfter = Math.round(performance.now() - cleared);
      else await sleep(1000);
    }
    expect(recoveredAfter).toBeGreaterThan(0);
    const after = await grantRow(grantA);
    expect(after.refreshCipher).toBe(before.refreshCipher);
    expect(after.refreshLease).toBeNull();
    figures["outage: Zoho calls for 51 token requests (1 + 3 retries budget)"] = afterBurst.attempts.length;
    figures["recovered after the fault cleared (ms, back-off 15 s)"] = recoveredAfter;
  });

  it("Zoho's access-token rate limit (10 per refresh token per 10 min) backs off as refresh-limit; the grant stays usable later", async () => {
    const session = await owner();
    await setFaults(app.baseUrl, { accessTokenTtlSeconds: 1 });
    const [code] = await obtainCodes(session, seeded, "refresh", seeded.clients.refresh.states.slice(2, 3));
    const grant = await grantOf(session, code);
    const before = await grantRow(grant);
    const statuses: number[] = [];
    let limited: Response | null = null;
    // The exchange issued token 1; refreshes 2–10 pass; the 11th meets "Access Denied".
    for (let i = 0; i < 12 && !limited; i++) {
      await sleep(600);
      const res = await tokenApi(app.baseUrl, seeded.apiKey, grant);
      statuses.push(res.status);
      if (res.status !== 200) limited = res;
    }
    await setFaults(app.baseUrl, { accessTokenTtlSeconds: 3600 });
    expect(limited).not.toBeNull();
    await expectProblem(limited!, "refresh-limit");
    const after = await grantRow(grant);
    expect(after.status).toBe("ACTIVE");
    expect(after.refreshCipher).toBe(before.refreshCipher);
    expect(after.refreshLease).toBe("BACKOFF_REFRESH_LIMIT");
    expect(after.attempts.filter((a) => a.error === "Access Denied").length).toBe(1);
    figures["rate limit: token API answers before refresh-limit"] = statuses.join(" ");
  });

  it("afterwards, from the database: every callback has an outcome, one grant per successful exchange, no code exchanged twice, the audit chain verifies", async () => {
    const invariants = await checkInvariants(
      databaseUrl,
      app.env.ENCRYPTION_KEY,
      Object.values(seeded.clients).map((c) => c.id),
    );
    printFigures("sandbox faults", { ...figures, ...invariants, "audit:verify": verifyAudit(databaseUrl), users: USERS.length });
  });
});
