// Token API: how close does GET /api/v1/grants/{id}/access-token (API key, token already cached) come
// to a minimal Node HTTP server returning the same JSON — the ceiling, measured in the same run in
// alternating blocks? Beside it the framework's floor, /api/health/live (the same Next.js server
// answering a constant JSON, no database: issue 18's target is ≥ 0.9 of its req/s), and the console's
// /api/health (one `SELECT 1`), to tell the share of Next.js and the database round trip from the token
// lookup's. Then p50 at concurrency 1. And a refresh storm: 500 concurrent requests on a grant whose
// access token has expired must cost the sandbox one refresh.
//   BENCH_TOKEN_REQUESTS=3000 BENCH_TOKEN_CONCURRENCY=16   timed requests per side
//   BENCH_TOKEN_SERIAL=500                                 timed requests at concurrency 1
//   BENCH_STORM=500                                        concurrent requests of the storm
// On PostgreSQL (BENCH_DATABASE_URL) bench/token-revocation.ts adds two instances and how soon one
// refuses a key the other revoked.
// And what last-used tracking (lib/grants/record-grant-use.ts) costs the cached path: the console is
// restarted with GRANT_USE_TRACKING=off and on, in alternating blocks (on, off, on, off), same database.
import path from "node:path";
import { freePort, fmt, intEnv, ratio, root, startProcess, stats, stopChild, type Row } from "./harness";
import { addSample, emptySample, load, type BenchSession } from "./http";
import { callback, obtainCode, sandboxControl, sandboxStats } from "./sandbox-flow";
import type { FlowClient, FlowSeed } from "./seed-flows";

const REQUESTS = intEnv("BENCH_TOKEN_REQUESTS", 3000, 100, 100_000);
const CONCURRENCY = intEnv("BENCH_TOKEN_CONCURRENCY", 16, 1, 256);
const STORM = intEnv("BENCH_STORM", 500, 10, 5000);
const SERIAL = intEnv("BENCH_TOKEN_SERIAL", 500, 20, 100_000);
const ROUNDS = 3;
const SHORT_TTL_S = 2;

type Answer = { status: number; body: { access_token?: string } };

async function getToken(url: string, apiKey: string): Promise<Answer> {
  const response = await fetch(url, { headers: { authorization: `Bearer ${apiKey}` }, signal: AbortSignal.timeout(60_000) });
  return { status: response.status, body: (await response.json()) as Answer["body"] };
}

/** Authorizes a client over HTTP (consent, callback) and returns the new grant's id. */
export async function authorize(session: BenchSession, seed: FlowSeed, client: FlowClient): Promise<string> {
  const state = client.states[0];
  await callback(session, await obtainCode(session, client, seed.redirectUri, state), state);
  const response = await fetch(`${session.baseUrl}/api/v1/grants?client=${client.id}`, {
    headers: { authorization: `Bearer ${seed.apiKey}` },
  });
  const { data } = (await response.json()) as { data: { id: string }[] };
  if (data.length !== 1) throw new Error(`expected one grant for ${client.id}, found ${data.length}`);
  return data[0].id;
}

type Restart = (env: Record<string, string>) => Promise<void>;

export async function benchTokenApi(session: BenchSession, seed: FlowSeed, restart: Restart): Promise<Row[]> {
  const grantId = await authorize(session, seed, seed.clients.token);
  const url = `${session.baseUrl}/api/v1/grants/${grantId}/access-token`;
  const first = await getToken(url, seed.apiKey);
  if (first.status !== 200 || !first.body.access_token) throw new Error(`token API: HTTP ${first.status}`);
  const cached = first.body.access_token;

  // The ceiling answers with the very JSON the console just returned.
  const port = await freePort();
  const ceiling = startProcess(path.join(root, "bench/ceiling-server.mjs"), {
    BENCH_CEILING_BODY: JSON.stringify(first.body),
    BENCH_CEILING_PORT: String(port),
  });
  const ceilingUrl = `http://127.0.0.1:${port}/api/v1/grants/${grantId}/access-token`;
  try {
    for (
      let i = 0;
      i < 50 &&
      !(await fetch(ceilingUrl).then(
        (r) => r.ok,
        () => false,
      ));
      i++
    )
      await new Promise((r) => setTimeout(r, 100));
    const before = await sandboxStats(session, seed.clients.token);
    // /api/health: the same Next.js server answering after one `SELECT 1`, to split the gap.
    const targets = {
      console: url,
      ceiling: ceilingUrl,
      floor: `${session.baseUrl}/api/health/live`,
      health: `${session.baseUrl}/api/health`,
    };
    const acc = { console: emptySample(), ceiling: emptySample(), floor: emptySample(), health: emptySample() };
    let wrongToken = 0;
    const task = (target: string) => async () => {
      const answer = await getToken(target, seed.apiKey);
      if (answer.status !== 200) throw new Error(`HTTP ${answer.status}`);
      if ((target === targets.console || target === targets.ceiling) && answer.body.access_token !== cached) wrongToken++;
    };
    const sides = ["console", "ceiling", "floor", "health"] as const;
    for (const side of sides) await load(task(targets[side]), { count: 200, concurrency: CONCURRENCY, deadlineMs: 60_000 });
    for (let round = 0; round < ROUNDS; round++) {
      const order = sides.map((_, i) => sides[(i + round) % sides.length]);
      for (const side of order)
        addSample(
          acc[side],
          await load(task(targets[side]), { count: Math.ceil(REQUESTS / ROUNDS), concurrency: CONCURRENCY, deadlineMs: 120_000 }),
        );
    }
    // One request at a time: the latency a service sees before each call to Zoho.
    const serial = { console: emptySample(), floor: emptySample() };
    for (const side of ["console", "floor", "console", "floor"] as const)
      addSample(serial[side], await load(task(targets[side]), { count: Math.ceil(SERIAL / 2), concurrency: 1, deadlineMs: 120_000 }));
    const after = await sandboxStats(session, seed.clients.token);
    const rps = (s: typeof acc.console) => (s.ms.length / s.wallMs) * 1000;
    const c = stats(acc.console.ms);
    const k = stats(acc.ceiling.ms);
    const h = stats(acc.health.ms);
    const f = stats(acc.floor.ms);
    const [c1, f1] = [stats(serial.console.ms), stats(serial.floor.ms)];
    const refreshes = after.access_tokens - before.access_tokens;
    console.log(
      `token API vs the floor (/api/health/live, Next.js alone): ${rps(acc.console).toFixed(0)} / ${rps(acc.floor).toFixed(0)} req/s = ${ratio(rps(acc.console), rps(acc.floor))} (target ≥ 0.90); p99 at ${CONCURRENCY}: ${fmt(c.p99)} (target ≤ 30 ms); p50 at 1: ${fmt(c1.p50)} (target ≤ 3 ms; floor ${fmt(f1.p50)})`,
    );
    console.log(
      `token API: ${rps(acc.console).toFixed(0)} req/s, p99 ${fmt(c.p99)} | ceiling ${rps(acc.ceiling).toFixed(0)} req/s, p99 ${fmt(k.p99)} | ratio ${ratio(rps(acc.console), rps(acc.ceiling))} | /api/health ${rps(acc.health).toFixed(0)} req/s, p99 ${fmt(h.p99)} | refreshes during the run: ${refreshes}`,
    );
    const problems = [
      acc.console.errors + serial.console.errors && `${acc.console.errors + serial.console.errors} failed`,
      wrongToken && `${wrongToken} answers with another token`,
      refreshes && `${refreshes} refreshes at the sandbox`,
    ].filter(Boolean);
    const rows: Row[] = [
      {
        bench: "token API",
        case: `cached access token, API key, concurrency ${CONCURRENCY}`,
        measured: `${rps(acc.console).toFixed(0)} req/s · p50 ${fmt(c.p50)} · p99 ${fmt(c.p99)} (n=${c.n})`,
        baseline: `ceiling ${rps(acc.ceiling).toFixed(0)} req/s · p50 ${fmt(k.p50)} · p99 ${fmt(k.p99)}`,
        ratio: `${ratio(rps(acc.console), rps(acc.ceiling))} of the ceiling's req/s (p99 ×${ratio(c.p99, k.p99)})`,
        note: `${problems.length ? problems.join(", ") : "0 errors, 0 refreshes"}; Next.js + SELECT 1 (/api/health): ${rps(acc.health).toFixed(0)} req/s, p99 ${fmt(h.p99)} → token API = ${ratio(rps(acc.console), rps(acc.health))} of it`,
      },
      {
        bench: "token API",
        case: `cached access token vs the framework's floor (/api/health/live: constant JSON, no database), concurrency ${CONCURRENCY}`,
        measured: `${rps(acc.console).toFixed(0)} req/s · p50 ${fmt(c.p50)} · p99 ${fmt(c.p99)}`,
        baseline: `floor ${rps(acc.floor).toFixed(0)} req/s · p50 ${fmt(f.p50)} · p99 ${fmt(f.p99)}`,
        ratio: `**${ratio(rps(acc.console), rps(acc.floor))}** of the floor's req/s (target ≥ 0.90; p99 target ≤ 30 ms)`,
      },
      {
        bench: "token API",
        case: "cached access token, one request at a time (concurrency 1)",
        measured: `p50 ${fmt(c1.p50)} · p99 ${fmt(c1.p99)} (n=${c1.n})`,
        baseline: `floor p50 ${fmt(f1.p50)} · p99 ${fmt(f1.p99)}`,
        ratio: `p50 ×${ratio(c1.p50, f1.p50)} of the floor's (target p50 ≤ 3 ms)`,
      },
    ];
    rows.push(await trackingCost(url, seed.apiKey, cached, restart));
    rows.push(await refreshStorm(session, seed));
    return rows;
  } finally {
    await stopChild(ceiling);
  }
}

/** The cached path's requests/s with last-used tracking on and off, each side in two blocks after its own restart. */
async function trackingCost(url: string, apiKey: string, cached: string, restart: Restart): Promise<Row> {
  const acc = { on: emptySample(), off: emptySample() };
  let failed = 0;
  const task = async () => {
    const answer = await getToken(url, apiKey);
    if (answer.status !== 200 || answer.body.access_token !== cached) failed++;
  };
  for (const side of ["on", "off", "on", "off"] as const) {
    await restart({ GRANT_USE_TRACKING: side });
    await load(task, { count: 200, concurrency: CONCURRENCY, deadlineMs: 60_000 });
    addSample(acc[side], await load(task, { count: Math.ceil(REQUESTS / 2), concurrency: CONCURRENCY, deadlineMs: 120_000 }));
  }
  await restart({});
  const rps = (s: typeof acc.on) => (s.ms.length / s.wallMs) * 1000;
  const [on, off] = [stats(acc.on.ms), stats(acc.off.ms)];
  const loss = 1 - rps(acc.on) / rps(acc.off);
  console.log(
    `last-used tracking: on ${rps(acc.on).toFixed(0)} req/s p99 ${fmt(on.p99)} | off ${rps(acc.off).toFixed(0)} req/s p99 ${fmt(off.p99)} | loss ${(loss * 100).toFixed(1)} %`,
  );
  return {
    bench: "token API",
    case: `cached access token with last-used tracking on, concurrency ${CONCURRENCY}`,
    measured: `${rps(acc.on).toFixed(0)} req/s · p50 ${fmt(on.p50)} · p99 ${fmt(on.p99)} (n=${on.n})`,
    baseline: `tracking off: ${rps(acc.off).toFixed(0)} req/s · p50 ${fmt(off.p50)} · p99 ${fmt(off.p99)}`,
    ratio: `${ratio(rps(acc.on), rps(acc.off))} (**${(loss * 100).toFixed(1)} %** fewer req/s)`,
    note: `${failed} failed or other token; blocks on/off/on/off, each after a restart`,
  };
}

async function refreshStorm(session: BenchSession, seed: FlowSeed): Promise<Row> {
  const client = seed.clients.storm;
  // A grant whose access token lives 2 s; refreshed tokens get Zoho's usual hour again.
  await sandboxControl(session, { accessTokenTtlSeconds: SHORT_TTL_S });
  let grantId: string;
  try {
    grantId = await authorize(session, seed, client);
  } finally {
    await sandboxControl(session, { accessTokenTtlSeconds: 3600 });
  }
  await new Promise((r) => setTimeout(r, SHORT_TTL_S * 1000 + 500));
  const before = await sandboxStats(session, client);
  const url = `${session.baseUrl}/api/v1/grants/${grantId}/access-token`;
  const tokens = new Set<string>();
  const statuses = new Map<number, number>();
  const sample = await load(
    async () => {
      const answer = await getToken(url, seed.apiKey);
      statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
      if (answer.status !== 200 || !answer.body.access_token) throw new Error(`HTTP ${answer.status}`);
      tokens.add(answer.body.access_token);
    },
    { count: STORM, concurrency: STORM, deadlineMs: 120_000 },
  );
  const after = await sandboxStats(session, client);
  const refreshes = after.access_tokens - before.access_tokens;
  const s = stats(sample.ms);
  const answers = [...statuses].map(([status, n]) => `${n}× ${status}`).join(", ");
  console.log(
    `refresh storm: ${STORM} concurrent → ${answers}; ${tokens.size} distinct tokens; ${refreshes} refresh(es) at the sandbox; p50 ${fmt(s.p50)} p99 ${fmt(s.p99)}`,
  );
  return {
    bench: "token API",
    case: `refresh storm: ${STORM} concurrent on an expired grant`,
    measured: `p50 ${fmt(s.p50)} · p99 ${fmt(s.p99)} (n=${s.n})`,
    baseline: "sandbox refreshes: 1 expected",
    ratio: `**${refreshes}** refresh${refreshes === 1 ? "" : "es"}`,
    note: `${answers}; ${sample.errors} errors; ${tokens.size} distinct token${tokens.size === 1 ? "" : "s"}; target: exactly 1 refresh, p99 ≤ 1.5 s`,
  };
}

/**
 * The cached path against the floor alone (PostgreSQL, bench/token-revocation.ts): blocks alternating at
 * concurrency CONCURRENCY, then at 1. Two rows, as in the PGlite run.
 */
export async function cachedVsFloor(baseUrl: string, url: string, apiKey: string, cached: string, where: string): Promise<Row[]> {
  const floorUrl = `${baseUrl}/api/health/live`;
  let failed = 0;
  const task = (target: string) => async () => {
    const answer = await getToken(target, apiKey);
    if (answer.status !== 200 || (target === url && answer.body.access_token !== cached)) failed++;
  };
  const acc = { console: emptySample(), floor: emptySample() };
  const serial = { console: emptySample(), floor: emptySample() };
  const targets = { console: url, floor: floorUrl };
  for (const side of ["console", "floor"] as const)
    await load(task(targets[side]), { count: 200, concurrency: CONCURRENCY, deadlineMs: 60_000 });
  for (let round = 0; round < ROUNDS; round++)
    for (const side of round % 2 ? (["floor", "console"] as const) : (["console", "floor"] as const))
      addSample(
        acc[side],
        await load(task(targets[side]), { count: Math.ceil(REQUESTS / ROUNDS), concurrency: CONCURRENCY, deadlineMs: 120_000 }),
      );
  for (const side of ["console", "floor", "console", "floor"] as const)
    addSample(serial[side], await load(task(targets[side]), { count: Math.ceil(SERIAL / 2), concurrency: 1, deadlineMs: 120_000 }));
  const rps = (x: typeof acc.console) => (x.ms.length / x.wallMs) * 1000;
  const [c, f, c1, f1] = [stats(acc.console.ms), stats(acc.floor.ms), stats(serial.console.ms), stats(serial.floor.ms)];
  console.log(
    `token API (${where}) vs the floor: ${rps(acc.console).toFixed(0)} / ${rps(acc.floor).toFixed(0)} req/s = ${ratio(rps(acc.console), rps(acc.floor))}; p99 at ${CONCURRENCY}: ${fmt(c.p99)}; p50 at 1: ${fmt(c1.p50)} (floor ${fmt(f1.p50)}); ${failed} failed`,
  );
  return [
    {
      bench: "token API",
      case: `${where}: cached access token vs the floor (/api/health/live), concurrency ${CONCURRENCY}`,
      measured: `${rps(acc.console).toFixed(0)} req/s · p50 ${fmt(c.p50)} · p99 ${fmt(c.p99)}`,
      baseline: `floor ${rps(acc.floor).toFixed(0)} req/s · p50 ${fmt(f.p50)} · p99 ${fmt(f.p99)}`,
      ratio: `**${ratio(rps(acc.console), rps(acc.floor))}** of the floor's req/s (target ≥ 0.90; p99 target ≤ 30 ms)`,
      note: `${failed} failed or other token`,
    },
    {
      bench: "token API",
      case: `${where}: cached access token, concurrency 1`,
      measured: `p50 ${fmt(c1.p50)} · p99 ${fmt(c1.p99)} (n=${c1.n})`,
      baseline: `floor p50 ${fmt(f1.p50)} · p99 ${fmt(f1.p99)}`,
      ratio: `p50 ×${ratio(c1.p50, f1.p50)} of the floor's (target p50 ≤ 3 ms)`,
    },
  ];
}
