// `npm run bench` (after `npm run build`): does the clients list stay fast with 10,000 clients?
//
// Starts the production build (`next start`) on a fresh database seeded with two workspaces made by
// the same recipe — 100 clients and 10,000 clients — signs in over HTTP, and times four list
// requests in each, plus /api/health as the server's own baseline. Shared 2-core machines are noisy,
// so the result is the RATIO 10,000/100 of latencies measured in the same run, with the two
// workspaces (and the baseline) measured in alternating blocks so that noise hits all alike.
//
// Databases ("targets"), one console run each:
//   pglite           the embedded default exactly as the app leaves it: PGlite runs no autovacuum, so
//                    its planner never gets statistics (nothing in the app runs ANALYZE)
//   pglite-analyzed  the same after one ANALYZE, as a database with statistics
//   postgres         BENCH_DATABASE_URL=postgresql://… (its public schema is emptied!), ANALYZE after
//                    seeding as autovacuum would do; run only when the variable is set
//
//   BENCH_TARGETS=pglite,pglite-analyzed,postgres   a subset, in that order
//   BENCH_REQUESTS=60 BENCH_WARMUP=10 BENCH_CONCURRENCY=4 BENCH_CLIENTS=10000
//   BENCH_CASE_BUDGET_S=60              time budget of a case's measured part (requests in flight finish,
//                                       each within 60 s); a slow case reports what was measured by then
//   BENCH_EXPLAIN=1|0                   print query plans of both workspaces (default: only when a case is slow)
//   BENCH_KEEP=1                        keep the temp folder under .data/bench-*
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { BenchSession, load, percentile, type Sample } from "./http";
import { NEEDLE, seedBench, type BenchSeed, type WorkspaceSeed } from "./seed";

const root = path.resolve(import.meta.dirname, "..");
process.chdir(root);

function intEnv(name: string, fallback: number, min: number, max: number): number {
  const raw = process.env[name];
  const value = raw ? Number(raw) : fallback;
  if (!Number.isInteger(value) || value < min || value > max) throw new Error(`${name} must be an integer from ${min} to ${max}`);
  return value;
}

const REQUESTS = intEnv("BENCH_REQUESTS", 60, 5, 1000);
const WARMUP = intEnv("BENCH_WARMUP", 10, 0, 200);
const CONCURRENCY = intEnv("BENCH_CONCURRENCY", 4, 1, 16);
const LARGE = intEnv("BENCH_CLIENTS", 10_000, 200, 100_000);
const SMALL = 100;
const ROUNDS = 5; // each measured count is split into ROUNDS alternating blocks
const CASE_BUDGET_MS = intEnv("BENCH_CASE_BUDGET_S", 60, 10, 600) * 1000; // per case, measured part: no new request after this
const WARMUP_BUDGET_MS = 15_000; // per warm-up block
const SLOW_P50_MS = 150;
const SLOW_RATIO = 3;

type Case = { key: string; label: string; query: (w: WorkspaceSeed) => string };
const CASES: Case[] = [
  { key: "page1", label: "page 1, unfiltered", query: () => "" },
  { key: "deep", label: "deep page (200 of 10k / last of 100)", query: (w) => `?page=${w.key === "large" ? 200 : Math.ceil(w.active / 25)}` },
  { key: "search", label: `search ?q=${NEEDLE.toLowerCase().slice(1, 7)}`, query: () => `?q=${NEEDLE.toLowerCase().slice(1, 7)}` },
  { key: "filter", label: "filter MOBILE + eu + PRODUCTION", query: () => "?type=MOBILE&dc=eu&env=PRODUCTION" },
];

type CaseResult = { case: Case; small: Sample; large: Sample; health: Sample; shown: Record<"small" | "large", string> };
type Target = { key: string; name: string; url: string; analyze: boolean };
type TargetResult = { target: Target; results: CaseResult[]; seedMs: number; seed: BenchSeed; explained?: string };

let server: ChildProcess | undefined;
let tempDir: string | undefined;

async function main() {
  if (!fs.existsSync(".next/BUILD_ID")) {
    console.error("No production build in .next: run `npm run build` first, then `npm run bench`.");
    process.exit(1);
  }
  fs.mkdirSync(".data", { recursive: true });
  tempDir = fs.mkdtempSync(path.join(".data", "bench-"));
  const pgUrl = process.env.BENCH_DATABASE_URL;
  if (pgUrl && !/^postgres(ql)?:\/\//.test(pgUrl)) throw new Error("BENCH_DATABASE_URL must be postgresql://…");
  // Its schema is dropped: only a database on this machine, never a shared one by mistake.
  if (pgUrl && !["127.0.0.1", "localhost", "[::1]"].includes(new URL(pgUrl).hostname)) throw new Error("BENCH_DATABASE_URL must point to 127.0.0.1 (its schema is emptied)");
  const available: Target[] = [
    { key: "pglite", name: "PGlite, as the app leaves it (no planner statistics)", url: `pglite:./${tempDir}/db-raw`, analyze: false },
    { key: "pglite-analyzed", name: "PGlite after ANALYZE", url: `pglite:./${tempDir}/db-analyzed`, analyze: true },
    ...(pgUrl ? [{ key: "postgres", name: "PostgreSQL (after ANALYZE)", url: pgUrl, analyze: true }] : []),
  ];
  const wanted = (process.env.BENCH_TARGETS ?? available.map((t) => t.key).join(",")).split(",").map((k) => k.trim());
  const unknown = wanted.filter((k) => !available.some((t) => t.key === k));
  if (unknown.length) throw new Error(`unknown or unavailable BENCH_TARGETS: ${unknown.join(", ")} (postgres needs BENCH_DATABASE_URL)`);
  const targets = available.filter((t) => wanted.includes(t.key));

  const loadavg = () => os.loadavg().map((l) => l.toFixed(2)).join(" ");
  console.log(`machine: ${os.cpus().length} CPUs (${os.cpus()[0]?.model ?? "?"}), node ${process.version}, ${os.platform()} ${os.release()}, load average ${loadavg()}`);
  console.log(`build: .next/BUILD_ID ${fs.readFileSync(".next/BUILD_ID", "utf8").trim()}`);
  console.log(`load: ${REQUESTS} requests per case and workspace after ${WARMUP} warm-up, concurrency ${CONCURRENCY}, ${ROUNDS} alternating rounds\n`);
  const all: TargetResult[] = [];
  for (const target of targets) all.push(await runTarget(target));

  console.log(`\n================ results (load average at the end: ${loadavg()}) ================`);
  for (const t of all) {
    console.log(`\n### ${t.target.name} — ${t.seed.workspaces.small.clients} vs ${t.seed.workspaces.large.clients.toLocaleString("en")} clients (seeded in ${(t.seedMs / 1000).toFixed(1)} s)\n`);
    console.log(table(t));
    if (t.explained) console.log(`\n${t.explained}`);
  }
}

async function runTarget(target: Target): Promise<TargetResult> {
  const { name, url: databaseUrl } = target;
  console.log(`== ${name}`);
  const env = {
    ...process.env,
    NODE_ENV: "production" as const,
    NEXT_TELEMETRY_DISABLED: "1",
    DATABASE_URL: databaseUrl,
    AUTH_SECRET: randomBytes(32).toString("base64"),
    ENCRYPTION_KEY: randomBytes(32).toString("base64"),
    ZOHO_SANDBOX: "1",
  };
  if (databaseUrl.startsWith("postgres")) await emptyPostgres(databaseUrl);
  const migrate = spawnSync(process.execPath, ["scripts/prisma-wasm.mjs", "deploy"], { env, encoding: "utf8" });
  if (migrate.status !== 0) throw new Error(`migrations failed:\n${migrate.stdout}\n${migrate.stderr}`);

  const t0 = performance.now();
  const seed = await seedBench({ databaseUrl, encryptionKey: env.ENCRYPTION_KEY, sizes: { small: SMALL, large: LARGE }, analyze: target.analyze });
  const seedMs = performance.now() - t0;
  console.log(`seeded ${seed.workspaces.small.clients} + ${seed.workspaces.large.clients} clients in ${(seedMs / 1000).toFixed(1)} s`);

  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const logFile = path.resolve(tempDir!, `server-${target.key}.log`);
  const log = fs.openSync(logFile, "w");
  server = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", String(port), "-H", "127.0.0.1"], { env, stdio: ["ignore", log, log] });
  let results: CaseResult[];
  try {
    await waitForHealth(baseUrl, logFile);
    const session = await new BenchSession(baseUrl).signIn(seed.email, seed.password);
    results = [];
    for (const c of CASES) results.push(await measureCase(session, seed, c));
  } catch (error) {
    console.error(`server log (${logFile}):\n${tail(logFile)}`);
    throw error;
  } finally {
    await stopServer();
    fs.closeSync(log);
  }

  const explain = process.env.BENCH_EXPLAIN;
  let explained: string | undefined;
  const slow = results.filter((r) => isSlow(r));
  if (explain === "1" || (explain !== "0" && slow.length > 0)) {
    if (slow.length) console.log(`slow at ${LARGE}: ${slow.map((r) => r.case.key).join(", ")} — query plans follow`);
    // Both workspaces: the 100-client one shows what part of the cost does not depend on its own size.
    const targets = (["small", "large"] as const).map((k) => {
      const w = seed.workspaces[k];
      return { label: `${w.clients}:`, workspaceId: w.id, queries: CASES.map((c) => c.query(w)) };
    });
    const run = spawnSync(process.execPath, ["--conditions=react-server", "--import", "tsx", "bench/explain.ts"], {
      env: { ...env, BENCH_EXPLAIN_TARGETS: JSON.stringify(targets) }, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], timeout: 300_000,
    });
    console.log(run.stdout);
    if (run.status !== 0) console.error(`explain failed:\n${run.stderr}`);
    else explained = run.stdout.slice(0, Math.max(0, run.stdout.indexOf("-- (plans follow)"))).trim();
  }
  return { target, results, seedMs, seed, explained };
}

const p50 = (s: Sample) => percentile(s.ms, 50);
const p95 = (s: Sample) => percentile(s.ms, 95);
const isSlow = (r: CaseResult) => !(p50(r.large) <= SLOW_P50_MS && p50(r.large) / p50(r.small) <= SLOW_RATIO);

async function measureCase(session: BenchSession, seed: BenchSeed, c: Case): Promise<CaseResult> {
  const { small, large } = seed.workspaces;
  const url = (w: WorkspaceSeed) => `/w/${w.slug}/clients${c.query(w)}`;
  // Check once that each request really renders the list (not a redirect or a 404) and what it shows.
  const shown = { small: await check(session, url(small)), large: await check(session, url(large)) };
  const jobs = { small: url(small), large: url(large), health: "/api/health" } as const;
  const order = ["small", "large", "health"] as const;
  const opts = (count: number, deadlineMs: number) => ({ count, concurrency: CONCURRENCY, deadlineMs });
  for (const k of order) if (WARMUP) await load(session, jobs[k], opts(WARMUP, WARMUP_BUDGET_MS));
  const acc = { small: empty(), large: empty(), health: empty() };
  const stopAt = performance.now() + CASE_BUDGET_MS;
  let blocksLeft = ROUNDS * order.length;
  for (let round = 0; round < ROUNDS; round++) {
    const count = Math.floor(REQUESTS / ROUNDS) + (round < REQUESTS % ROUNDS ? 1 : 0);
    // Rotate who goes first, so no workspace always runs right after the other's load.
    for (let i = 0; i < order.length; i++) {
      const k = order[(i + round) % order.length];
      // Each block gets a fair share of what is left of the budget, so a slow case still yields samples in every block.
      const s = await load(session, jobs[k], opts(count, Math.max(0, stopAt - performance.now()) / blocksLeft--));
      acc[k].ms.push(...s.ms);
      acc[k].errors += s.errors;
      acc[k].timedOut ||= s.timedOut;
    }
  }
  const r: CaseResult = { case: c, ...acc, shown };
  console.log(
    `${c.label.padEnd(40)} 100: p50 ${fmt(p50(r.small))} p95 ${fmt(p95(r.small))} | ${LARGE}: p50 ${fmt(p50(r.large))} p95 ${fmt(p95(r.large))} | ` +
      `ratio ${(p50(r.large) / p50(r.small)).toFixed(2)} | health p50 ${fmt(p50(r.health))}${errorsNote(r)}`,
  );
  return r;
}

const empty = (): Sample => ({ ms: [], errors: 0, timedOut: false });

async function check(session: BenchSession, url: string): Promise<string> {
  const response = await session.fetch(url);
  const html = (await response.text()).replaceAll("<!-- -->", "");
  if (response.status !== 200) throw new Error(`GET ${url}: HTTP ${response.status} ${response.headers.get("location") ?? ""}`);
  const rows = html.match(/data-testid="client-row"/g)?.length ?? 0;
  const summary = html.match(/([\d,]+) clients · page (\d+) of (\d+)/);
  if (!summary || rows === 0) throw new Error(`GET ${url}: the page shows no client rows`);
  return `${summary[1]} found, ${rows} shown, p.${summary[2]}/${summary[3]}`;
}

function errorsNote(r: CaseResult) {
  const bad = (["small", "large", "health"] as const).filter((k) => r[k].errors || r[k].timedOut);
  return bad.length ? `  (!) ${bad.map((k) => `${k}: ${r[k].ms.length} timed, ${r[k].errors} failed${r[k].timedOut ? ", case budget spent" : ""}`).join("; ")}` : "";
}

const fmt = (ms: number) => (Number.isNaN(ms) ? "–" : ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(1)} ms`);
// p50 / p95, with the sample count when the case budget or failures cut it short.
const cell = (s: Sample) => `${fmt(p50(s))} / ${fmt(p95(s))}${s.ms.length < REQUESTS || s.errors ? ` (n=${s.ms.length}${s.errors ? `, ${s.errors} failed` : ""})` : ""}`;

function table(t: TargetResult): string {
  const lines = [
    `| case | 100 clients p50 / p95 | ${t.seed.workspaces.large.clients.toLocaleString("en")} clients p50 / p95 | ratio p50 | ratio p95 | /api/health p50 / p95 | what the page showed (100 · 10k) |`,
    "|---|---|---|---|---|---|---|",
  ];
  for (const r of t.results) {
    const flag = isSlow(r) ? " ⚠" : "";
    lines.push(
      `| ${r.case.label} | ${cell(r.small)} | ${cell(r.large)} | ` +
        `**${(p50(r.large) / p50(r.small)).toFixed(2)}**${flag} | ${(p95(r.large) / p95(r.small)).toFixed(2)} | ${cell(r.health)} | ${r.shown.small} · ${r.shown.large} |`,
    );
  }
  lines.push(
    "",
    `${REQUESTS} timed requests per cell unless n= says otherwise, concurrency ${CONCURRENCY}; ratio = ${LARGE.toLocaleString("en")}-client p50 (p95) / 100-client p50 (p95), same run; ` +
      `⚠ = p50 over ${SLOW_P50_MS} ms or ratio over ${SLOW_RATIO} at ${LARGE.toLocaleString("en")}.`,
  );
  return lines.join("\n");
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
    s.on("error", reject);
  });
}

async function waitForHealth(baseUrl: string, logFile: string) {
  for (let i = 0; i < 120; i++) {
    if (server?.exitCode !== null) throw new Error(`the console exited:\n${tail(logFile)}`);
    const ok = await fetch(`${baseUrl}/api/health`, { signal: AbortSignal.timeout(5000) }).then((r) => r.ok, () => false);
    if (ok) return;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error("the console did not become healthy within 60 s");
}

function tail(file: string) {
  try {
    return fs.readFileSync(file, "utf8").split("\n").slice(-40).join("\n");
  } catch {
    return "(no log)";
  }
}

async function stopServer() {
  const s = server;
  server = undefined;
  if (!s || s.exitCode !== null || s.signalCode !== null) return;
  const exited = new Promise((r) => s.once("exit", r));
  s.kill("SIGTERM");
  const timer = setTimeout(() => s.kill("SIGKILL"), 10_000);
  await exited;
  clearTimeout(timer);
}

async function emptyPostgres(url: string) {
  const { Client } = await import("pg");
  const client = new Client({ connectionString: url });
  await client.connect();
  await client.query("DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;");
  await client.end();
}

function cleanup() {
  if (tempDir && process.env.BENCH_KEEP !== "1") fs.rmSync(tempDir, { recursive: true, force: true });
  else if (tempDir) console.log(`kept ${tempDir}`);
  tempDir = undefined;
}

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    console.error(`\n${signal}: stopping the console and removing the temp folder`);
    void stopServer().finally(() => {
      cleanup();
      process.exit(130);
    });
  });
}

main()
  .catch(async (error) => {
    console.error(error instanceof Error ? error.stack ?? error.message : error);
    process.exitCode = 1;
    await stopServer();
  })
  .finally(cleanup);
