// Page floor: what a console page costs the server in a small workspace, and what that cost does to latency
// when requests overlap. The scale benchmark's small recipe (100 clients, 1,000 grants) on PGlite; each page
// is read BENCH_FLOOR_REQUESTS times one at a time, then 4 at a time. Per page: p50 and p95 at each
// concurrency, throughput, and the server's CPU time per request (user + system of its process, all threads,
// read by pidusage). Node renders pages on one thread, so with C requests in flight each waits for the
// others: latency ≈ C ÷ throughput (Little's law), whatever the database holds. Ratio: p95 at 4 ÷ p95 at 1.
//   BENCH_FLOOR_REQUESTS=200   per page and concurrency
import path from "node:path";
import pidusage from "pidusage";
import { fmt, intEnv, prepareDatabase, ratio, root, runDir, startConsole, stats, tail, type Row } from "./harness";
import { BenchSession, getPage, load } from "./http";
import { seedBench, type WorkspaceSeed } from "./seed-scale";

const REQUESTS = intEnv("BENCH_FLOOR_REQUESTS", 200, 20, 5000);
const WARMUP = 20;
const OVERLAP = 4;
const SIZES = { clients: 100, grants: 1000, audit: 1000 };
const PAGES: { label: string; path: (w: WorkspaceSeed) => string }[] = [
  { label: "/api/health", path: () => "/api/health" },
  { label: "workspace settings", path: (w) => `/w/${w.slug}/settings` },
  // The same page without its 50 rows: what the shell (layout, filters, counts) costs alone.
  { label: "Grants page, no match", path: (w) => `/w/${w.slug}/grants?q=no-such-grant` },
  { label: "Grants page", path: (w) => `/w/${w.slug}/grants` },
  { label: "grant inventory", path: (w) => `/w/${w.slug}/grants/inventory` },
];

/** The server process's CPU time so far, user + system, in ms. */
const cpuMs = async (pid: number | undefined) => (pid ? (await pidusage(pid)).ctime : NaN);

export async function benchPageFloor(): Promise<Row[]> {
  console.log(`\n== page floor (PGlite): ${SIZES.grants} grants, ${REQUESTS} requests per page at concurrency 1 and ${OVERLAP}`);
  const url = `pglite:./${path.relative(root, runDir())}/db-floor`;
  const env = await prepareDatabase(url);
  const seed = await seedBench({
    databaseUrl: url,
    encryptionKey: env.ENCRYPTION_KEY,
    sizes: { small: SIZES, large: SIZES },
    analyze: false,
  });
  const server = await startConsole(env, "floor");
  const rows: Row[] = [];
  try {
    const session = await new BenchSession(server.baseUrl).signIn(seed.email, seed.password);
    for (const page of PAGES) {
      const task = getPage(session, page.path(seed.workspaces.small));
      await load(task, { count: WARMUP, concurrency: 1, deadlineMs: 120_000 });
      const at = async (concurrency: number) => {
        const cpu = await cpuMs(server.pid);
        const sample = await load(task, { count: REQUESTS, concurrency, deadlineMs: 300_000 });
        if (sample.errors) throw new Error(`${page.label}: ${sample.errors} requests failed`);
        const perSecond = (sample.ms.length / sample.wallMs) * 1000;
        return { ...stats(sample.ms), perSecond, cpu: ((await cpuMs(server.pid)) - cpu) / sample.ms.length };
      };
      const one = await at(1);
      const many = await at(OVERLAP);
      const line = (s: typeof one) => `p50 ${fmt(s.p50)} · p95 ${fmt(s.p95)} · ${s.perSecond.toFixed(1)} req/s · CPU ${fmt(s.cpu)}/request`;
      const queue = `${OVERLAP} ÷ throughput = ${fmt((OVERLAP * 1000) / many.perSecond)}`;
      console.log(`${page.label.padEnd(22)} 1: ${line(one)} | ${OVERLAP}: ${line(many)} | ${queue}`);
      rows.push({
        bench: "page floor (PGlite, 1,000 grants)",
        case: page.label,
        measured: `${OVERLAP} at a time: ${line(many)}`,
        baseline: `1 at a time: ${line(one)}`,
        ratio: ratio(many.p95, one.p95),
        note: queue,
      });
    }
  } catch (error) {
    console.error(`server log (${server.logFile}):\n${tail(server.logFile)}`);
    throw error;
  } finally {
    pidusage.clear();
    await server.stop();
  }
  return rows;
}
