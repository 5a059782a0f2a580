// Query plans of the clients list: runs the real listClients (lib/clients/list-clients.ts) on a
// direct database connection, captures the SQL Prisma sends, and prints EXPLAIN ANALYZE for each.
// Started by bench/run.ts after the console has stopped (PGlite is single-process), or by hand:
//   DATABASE_URL=pglite:./.data/bench-XXXX/db \
//   BENCH_EXPLAIN_TARGETS='[{"label":"10k","workspaceId":"…","queries":["","?page=200"]}]' \
//     node --conditions=react-server --import tsx bench/explain.ts
// It prints a summary (execution time of each statement) and then the full plans.
// (--conditions=react-server lets `import "server-only"` load outside Next, as in a server component.)
import { PrismaClient } from "../lib/generated/prisma/client";

type Captured = { query: string; params: unknown[] };
type Target = { label: string; workspaceId: string; queries: string[] };
const RUNS = 5;
const SUMMARY_END = "-- (plans follow)";

async function main() {
  const url = process.env.DATABASE_URL;
  const targets = JSON.parse(process.env.BENCH_EXPLAIN_TARGETS ?? "[]") as Target[];
  if (!url || targets.length === 0) throw new Error("DATABASE_URL and BENCH_EXPLAIN_TARGETS are required");

  let adapter;
  let close: () => Promise<unknown>;
  if (url.startsWith("pglite:")) {
    const { PrismaPGlite } = await import("pglite-prisma-adapter");
    const { openPglite } = await import("../lib/open-pglite");
    const pglite = openPglite(url.slice("pglite:".length));
    adapter = new PrismaPGlite(pglite);
    close = () => pglite.close();
  } else {
    const { PrismaPg } = await import("@prisma/adapter-pg");
    adapter = new PrismaPg({ connectionString: url });
    close = async () => {};
  }
  const db = new PrismaClient({ adapter, log: [{ emit: "event", level: "query" }] });
  const captured: Captured[] = [];
  db.$on("query", (e) => captured.push({ query: e.query, params: JSON.parse(e.params) as unknown[] }));
  // lib/db opens its client on first use from this global: hand it ours, so listClients runs as in the app.
  (globalThis as unknown as { consoleDb?: unknown }).consoleDb = db;
  const { listClients } = await import("../lib/clients/list-clients");
  const { clientFilterSchema } = await import("../lib/clients/schemas");
  const { systemContext } = await import("../lib/auth/context");

  const summary: string[] = [];
  const plans: string[] = [];
  try {
    for (const { label, workspaceId, queries } of targets) {
      for (const q of queries) {
        const filter = clientFilterSchema.parse(Object.fromEntries(new URLSearchParams(q)));
        captured.length = 0;
        const result = await listClients(systemContext({ id: workspaceId, slug: label, name: label }, "bench"), { filter });
        const sent = [...captured];
        const title = `${label} ${q || "(no query)"}`;
        plans.push(`\n######## ${title} → total ${result.total}, ${result.rows.length} rows, ${sent.length} SQL statements`);
        const times: string[] = [];
        for (const { query, params } of sent) {
          plans.push(`\n-- ${query}\n-- params: ${JSON.stringify(params)}`);
          // One warm-up run, then RUNS runs: median execution time; the last run's plan is printed.
          const exec: number[] = [];
          let lines: string[] = [];
          // A statement slower than a second is run once (its plan says enough).
          for (let i = 0; i <= RUNS && !(i > 0 && exec[0] > 1000); i++) {
            const plan = await db.$queryRawUnsafe<Record<string, string>[]>(`EXPLAIN (ANALYZE, BUFFERS) ${query}`, ...params);
            lines = plan.map((row) => String(Object.values(row)[0]));
            const ms = Number(lines.find((l) => l.startsWith("Execution Time"))?.match(/[\d.]+/)?.[0] ?? NaN);
            if (i > 0 || ms > 1000) exec.push(ms);
          }
          plans.push(...lines);
          exec.sort((a, b) => a - b);
          times.push(`${query.startsWith("SELECT COUNT") ? "count" : "page"} ${exec[Math.floor(exec.length / 2)].toFixed(1)} ms`);
        }
        summary.push(`${title.padEnd(44)} ${times.join(" · ")}`);
      }
    }
    console.log(
      [
        "-- database time of each statement listClients sends (EXPLAIN ANALYZE, median of 5 after a warm-up):",
        ...summary,
        SUMMARY_END,
      ].join("\n"),
    );
    console.log(plans.join("\n"));
  } finally {
    await db.$disconnect();
    await close();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
