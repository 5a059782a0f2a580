// Callback flood (issue 11 §3): does a flood of anonymous callbacks slow the console for its users?
// A signed-in page (the clients list), timed one request at a time, alone and during a flood of
// anonymous callback hits from one address at fixed concurrency:
//   - with the production rate limit;
//   - with the limit lifted (CALLBACK_RATE_LIMIT=1000000: every hit recorded, as before the limit), the
//     same-run "before" (the issue measured p50 35 ms → 2.2 s during 5,000 hits at concurrency 20);
//   - the floor: the same flood on /api/health, the cheapest route — what any HTTP flood at this
//     concurrency costs one Node process, whatever the route does.
//   BENCH_FLOOD_HITS=5000  BENCH_FLOOD_CONCURRENCY=20  BENCH_FLOOD_PAGES=100 (page samples alone)
import path from "node:path";
import { fmt, freePort, intEnv, prepareDatabase, ratio, root, runDir, startConsole, stats, type Row } from "./harness";
import { BenchSession, getPage, load } from "./http";
import { seedFlows } from "./seed-flows";

const HITS = intEnv("BENCH_FLOOD_HITS", 5000, 100, 100_000);
const CONCURRENCY = intEnv("BENCH_FLOOD_CONCURRENCY", 20, 1, 200);
const PAGES = intEnv("BENCH_FLOOD_PAGES", 100, 10, 10_000);

type Flood = { label: string; url: (baseUrl: string, i: number) => string };
type Result = { label: string; alone: number[]; during: number[]; floodMs: number; statuses: Record<number, number> };

// Anonymous junk on the shared callback path, as the attacker sent it.
const callbacks: Flood = { label: "", url: (b, i) => `${b}/oauth/callback?state=flood${i}&code=1000.x.y&junk=${"x".repeat(200)}` };
const health: Flood = { label: "floor: the same flood on /api/health", url: (b) => `${b}/api/health` };

/** One console on a fresh database; the page alone, then during each flood in turn. */
async function floodRun(name: string, settings: Record<string, string>, floods: Flood[]): Promise<Result[]> {
  const env = { ...(await prepareDatabase(`pglite:./${path.relative(root, runDir())}/db-${name}`)), ...settings };
  if (!settings.CALLBACK_RATE_LIMIT) delete env.CALLBACK_RATE_LIMIT;
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const seed = await seedFlows({
    databaseUrl: env.DATABASE_URL,
    encryptionKey: env.ENCRYPTION_KEY,
    baseUrl,
    states: { callback: 0, token: 0, storm: 0 },
  });
  const server = await startConsole(env, name, port);
  try {
    const session = await new BenchSession(baseUrl).signIn(seed.email, seed.password);
    const page = getPage(session, `/w/${seed.slug}/clients`);
    await load(page, { count: 10, concurrency: 1, deadlineMs: 60_000 });
    const alone = await load(page, { count: PAGES, concurrency: 1, deadlineMs: 120_000 });
    const results: Result[] = [];
    for (const flood of floods) {
      const statuses: Record<number, number> = {};
      const t0 = performance.now();
      let flooding = true;
      const running = load(
        async (i) => {
          const res = await fetch(flood.url(baseUrl, i), { redirect: "manual" });
          await res.arrayBuffer();
          statuses[res.status] = (statuses[res.status] ?? 0) + 1;
        },
        { count: HITS, concurrency: CONCURRENCY, deadlineMs: 600_000 },
      ).finally(() => (flooding = false));
      const during: number[] = [];
      while (flooding) {
        const s = await load(page, { count: 1, concurrency: 1, deadlineMs: 60_000 });
        if (flooding) during.push(...s.ms);
      }
      await running;
      results.push({ label: flood.label, alone: alone.ms, during, floodMs: performance.now() - t0, statuses });
    }
    return results;
  } finally {
    await server.stop();
  }
}

export async function benchCallbackFlood(): Promise<Row[]> {
  console.log(`== callback flood: ${HITS} anonymous hits at concurrency ${CONCURRENCY} (PGlite)`);
  const results = [
    ...(await floodRun("flood-limited", {}, [{ ...callbacks, label: "callbacks, production rate limit" }, health])),
    ...(await floodRun("flood-unlimited", { CALLBACK_RATE_LIMIT: "1000000" }, [
      { ...callbacks, label: "callbacks, limit lifted (every hit recorded)" },
    ])),
  ];
  const rows: Row[] = [];
  for (const r of results) {
    const alone = stats(r.alone);
    const during = stats(r.during);
    const note = `flood ${(r.floodMs / 1000).toFixed(1)} s, answers ${JSON.stringify(r.statuses)}, ${during.n} page samples during it`;
    console.log(`${r.label}: page p50 ${fmt(alone.p50)} → ${fmt(during.p50)}, p99 ${fmt(alone.p99)} → ${fmt(during.p99)}; ${note}`);
    rows.push({
      bench: "callback flood",
      case: `signed-in page p50 during ${r.label}`,
      measured: fmt(during.p50),
      baseline: `${fmt(alone.p50)} alone`,
      ratio: ratio(during.p50, alone.p50),
      note,
    });
    rows.push({
      bench: "callback flood",
      case: `signed-in page p99 during ${r.label}`,
      measured: fmt(during.p99),
      baseline: `${fmt(alone.p99)} alone`,
      ratio: ratio(during.p99, alone.p99),
    });
  }
  return rows;
}
