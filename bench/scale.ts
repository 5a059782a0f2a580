// Scale: do list pages and filters stay fast in a big workspace — 10,000 clients, 100,000 grants,
// 1,000,000 audit events — and how long does verifying the audit chain take? Two workspaces made by
// the same recipe, "large" and "small" (100× smaller), are timed in alternating blocks in the same
// run; the figure is the p95 of each page in the large one and its RATIOS to the small one, of the p50s
// and of the p95s. Ideal is 1: the page costs the same whatever the workspace's size. The p95 ratio rests
// on the slowest 5 % of each side, so it strays most: the cases that do the same work at both sizes show
// how far (the API's filters, the first page). Latency is the whole page over HTTP
// from 127.0.0.1 (server time plus a loopback hop), read to the end. After the pages, the chain of
// both workspaces is verified with scripts/verify-audit.ts (lib/audit/verify-chain.ts).
//
// Databases ("targets"):
//   pglite     the embedded default as the app leaves it (PGlite has no autovacuum; the console
//              runs VACUUM (ANALYZE) at start and hourly, lib/vacuum-embedded-db.ts)
//   postgres   BENCH_DATABASE_URL=postgresql://127.0.0.1/… (its public schema is emptied!), ANALYZE
//              after seeding as autovacuum would do; only when the variable is set
//
//   BENCH_TARGETS=pglite,postgres                   (default: pglite, and postgres when set)
//   BENCH_CLIENTS=10000 BENCH_GRANTS=100000 BENCH_AUDIT=1000000   the large workspace
//   BENCH_SMALL_DIVISOR=100                         the small one is the large one divided by this
//   BENCH_REQUESTS=40 BENCH_WARMUP=5 BENCH_CONCURRENCY=4   per case and workspace
//   BENCH_CASE_BUDGET_S=60                          budget of a case's measured part; a slow case
//                                                   reports what was measured by then
//   BENCH_EXPLAIN=1                                 query plans of the clients list (bench/explain.ts)
//   BENCH_GROUPS=clients,grants,inventory,audit      a subset of the cases (default: all); the export and
//                                                   the chain verification run with "inventory" / "audit"
import { spawnSync } from "node:child_process";
import path from "node:path";
import {
  benchPostgresUrl,
  fmt,
  intEnv,
  prepareDatabase,
  ratio,
  root,
  runDir,
  startConsole,
  stats,
  tail,
  type ConsoleEnv,
  type Row,
} from "./harness";
import { addSample, BenchSession, emptySample, getPage, load, type Sample } from "./http";
import { NEEDLE, seedBench, type BenchSeed, type WorkspaceSeed } from "./seed-scale";

const LARGE = {
  clients: intEnv("BENCH_CLIENTS", 10_000, 200, 100_000),
  grants: intEnv("BENCH_GRANTS", 100_000, 200, 1_000_000),
  audit: intEnv("BENCH_AUDIT", 1_000_000, 1000, 10_000_000),
};
const DIVISOR = intEnv("BENCH_SMALL_DIVISOR", 100, 2, 1000);
const SMALL = {
  clients: Math.ceil(LARGE.clients / DIVISOR),
  grants: Math.ceil(LARGE.grants / DIVISOR),
  audit: Math.ceil(LARGE.audit / DIVISOR),
};
const REQUESTS = intEnv("BENCH_REQUESTS", 40, 5, 1000);
const WARMUP = intEnv("BENCH_WARMUP", 5, 0, 200);
const CONCURRENCY = intEnv("BENCH_CONCURRENCY", 4, 1, 16);
const CASE_BUDGET_MS = intEnv("BENCH_CASE_BUDGET_S", 60, 10, 600) * 1000;
const GROUPS = (process.env.BENCH_GROUPS ?? "clients,grants,inventory,audit").split(",").map((g) => g.trim());
const ROUNDS = 4;
const SLOW_P95_MS = 300;
const SLOW_RATIO = 3;

type Check = (status: number, body: string) => string;
type Case = { group: string; label: string; path: (w: WorkspaceSeed) => string; api?: boolean; check: Check };

const rowsOf =
  (testid: string, what: string): Check =>
  (status, html) => {
    if (status !== 200) throw new Error(`HTTP ${status}`);
    return `${html.match(new RegExp(`data-testid="${testid}"`, "g"))?.length ?? 0} ${what}`;
  };
const clientRows: Check = (status, raw) => {
  const html = raw.replaceAll("<!-- -->", "");
  const summary = html.match(/([\d,]+) clients · page (\d+) of (\d+)/);
  if (status !== 200) throw new Error(`HTTP ${status}`);
  // A tiny workspace (BENCH_CLIENTS small) may have no match: the page then shows its empty state.
  return summary ? `${summary[1]} found, p.${summary[2]}/${summary[3]}` : "none found";
};
const grantRows: Check = (status, html) => {
  if (status !== 200) throw new Error(`HTTP ${status}`);
  const total = /data-testid="grant-count"[^>]*>((?:More than )?[\d,]+)/.exec(html.replaceAll("<!-- -->", ""))?.[1] ?? "?";
  return `${total} match, ${html.match(/data-testid="grant-row"/g)?.length ?? 0} rows`;
};
const inventoryShown: Check = (status, html) => {
  if (status !== 200) throw new Error(`HTTP ${status}`);
  return `${/data-testid="stale-count"[\s\S]*?>([\d,]+ of [\d,]+)/.exec(html)?.[1] ?? "?"} stale, ${html.match(/data-testid="scope-count"/g)?.length ?? 0} scopes, ${html.match(/data-testid="zoho-user"/g)?.length ?? 0} users`;
};
const apiRows: Check = (status, json) => {
  if (status !== 200) throw new Error(`HTTP ${status} ${json.slice(0, 200)}`);
  return `${(JSON.parse(json) as { data: unknown[] }).data.length} grants`;
};
const search = NEEDLE.toLowerCase().slice(1, 7); // the clients list matches inside names
const word = NEEDLE.toLowerCase().slice(0, 7); // full-text search matches the start of words

const CASES: Case[] = [
  { group: "clients", label: "page 1", path: (w) => `/w/${w.slug}/clients`, check: clientRows },
  {
    group: "clients",
    label: "deep page (80% in)",
    path: (w) => `/w/${w.slug}/clients?page=${Math.max(1, Math.floor((w.active / 25) * 0.8))}`,
    check: clientRows,
  },
  { group: "clients", label: `search ?q=${search}`, path: (w) => `/w/${w.slug}/clients?q=${search}`, check: clientRows },
  {
    group: "clients",
    label: "filter type + DC + environment",
    path: (w) => `/w/${w.slug}/clients?type=MOBILE&dc=eu&env=PRODUCTION`,
    check: clientRows,
  },
  { group: "grants", label: "grants page: 50 newest + total", path: (w) => `/w/${w.slug}/grants`, check: grantRows },
  // Past 10,000 matches the page counts to the cap; this is the cost of "Count them all".
  { group: "grants", label: "grants page, counted exactly (?count=all)", path: (w) => `/w/${w.slug}/grants?count=all`, check: grantRows },
  {
    group: "grants",
    label: "deep keyset page (after a grant)",
    path: (w) => `/w/${w.slug}/grants?after=${w.needleGrantId}`,
    check: grantRows,
  },
  {
    group: "grants",
    label: "filter environment + DC + status",
    path: (w) => `/w/${w.slug}/grants?env=production&dc=eu&status=active`,
    check: grantRows,
  },
  {
    group: "grants",
    label: "filter holds a scope (active)",
    path: (w) => `/w/${w.slug}/grants?scope=ZohoCRM.modules.ALL&status=active`,
    check: grantRows,
  },
  {
    group: "grants",
    label: "filter a Zoho user",
    path: (w) => `/w/${w.slug}/grants?user=${encodeURIComponent("ivan.7@customer7.example")}`,
    check: grantRows,
  },
  { group: "grants", label: `search ?q=${search}`, path: (w) => `/w/${w.slug}/grants?q=${search}`, check: grantRows },
  {
    group: "grants",
    label: "stale: active, idle 90 days, by last use",
    path: (w) => `/w/${w.slug}/grants?status=active&idle=90&sort=used`,
    check: grantRows,
  },
  {
    group: "grants",
    label: "stale, newest first",
    path: (w) => `/w/${w.slug}/grants?status=active&idle=90`,
    check: grantRows,
  },
  { group: "grants", label: "sort by last use", path: (w) => `/w/${w.slug}/grants?sort=used`, check: grantRows },
  {
    group: "grants",
    // A quarter, not a week: in one week the member made no grant of the small workspace, whose empty page was then the baseline.
    label: "created by a member, in one quarter",
    path: (w) => `/w/${w.slug}/grants?creator=${w.actorId}&from=${w.quarter.from}&to=${w.quarter.to}`,
    check: grantRows,
  },
  {
    group: "grants",
    label: "org-wide, used since a year ago, by client",
    path: (w) => `/w/${w.slug}/grants?kind=org&usedFrom=${w.week.from}&sort=client`,
    check: grantRows,
  },
  {
    group: "grants",
    label: "one client, active, holds a scope",
    path: (w) => `/w/${w.slug}/grants?client=${w.needleClientId}&status=active&scope=AaaServer.profile.READ`,
    check: grantRows,
  },
  {
    group: "inventory",
    label: "inventory page (stale, per user, scopes)",
    path: (w) => `/w/${w.slug}/grants/inventory`,
    check: inventoryShown,
  },
  { group: "grants", label: "API list, first page of 50", path: () => "/api/v1/grants", api: true, check: apiRows },
  {
    group: "grants",
    label: "API filter ?client=…&status=active",
    path: (w) => `/api/v1/grants?client=${w.needleClientId}&status=active`,
    api: true,
    check: apiRows,
  },
  {
    group: "grants",
    label: "API filter ?zohoUser=<email>",
    path: () => `/api/v1/grants?zohoUser=${encodeURIComponent("ivan.7@customer7.example")}`,
    api: true,
    check: apiRows,
  },
  { group: "audit", label: "first page", path: (w) => `/w/${w.slug}/audit`, check: rowsOf("audit-row", "rows") },
  {
    group: "audit",
    label: "deep keyset page (1% from the oldest)",
    path: (w) => `/w/${w.slug}/audit?before=${Math.ceil(w.auditEvents / 100)}`,
    check: rowsOf("audit-row", "rows"),
  },
  {
    group: "audit",
    label: "filter by a rare action (20 events)",
    path: (w) => `/w/${w.slug}/audit?action=${w.rareAction}`,
    check: rowsOf("audit-row", "rows"),
  },
  {
    group: "audit",
    label: "filter by actor (~5% of events)",
    path: (w) => `/w/${w.slug}/audit?actor=${w.actorId}`,
    check: rowsOf("audit-row", "rows"),
  },
  {
    group: "audit",
    label: "filter by target: a grant",
    path: (w) => `/w/${w.slug}/audit?target=${w.needleGrantId}`,
    check: rowsOf("audit-row", "rows"),
  },
  {
    group: "audit",
    label: "filter by target: a client",
    path: (w) => `/w/${w.slug}/audit?target=${w.needleClientId}`,
    check: rowsOf("audit-row", "rows"),
  },
  {
    group: "audit",
    label: `full text ?q=${word} (a client's name, ~40 events)`,
    path: (w) => `/w/${w.slug}/audit?q=${word}`,
    check: rowsOf("audit-row", "rows"),
  },
  {
    group: "audit",
    label: "full text ?q=revealed (~6% of events)",
    path: (w) => `/w/${w.slug}/audit?q=revealed`,
    check: rowsOf("audit-row", "rows"),
  },
  {
    group: "audit",
    label: "time range: one week a year ago",
    path: (w) => `/w/${w.slug}/audit?from=${w.week.from}&to=${w.week.to}`,
    check: rowsOf("audit-row", "rows"),
  },
];

type Target = { key: string; name: string; url: string; analyze: boolean };

export async function benchScale(took: () => string): Promise<Row[]> {
  const pgUrl = benchPostgresUrl();
  const dbDir = `pglite:./${path.relative(root, runDir())}/db-scale`;
  const available: Target[] = [
    { key: "pglite", name: "PGlite", url: dbDir, analyze: false },
    ...(pgUrl ? [{ key: "postgres", name: "PostgreSQL", url: pgUrl, analyze: true }] : []),
  ];
  const wanted = (process.env.BENCH_TARGETS ?? `pglite${pgUrl ? ",postgres" : ""}`).split(",").map((k) => k.trim());
  const unknown = wanted.filter((k) => !available.some((t) => t.key === k));
  if (unknown.length) throw new Error(`unknown or unavailable BENCH_TARGETS: ${unknown.join(", ")} (postgres needs BENCH_DATABASE_URL)`);
  const targets = available.filter((t) => wanted.includes(t.key));

  const rows: Row[] = [];
  for (const target of targets) {
    console.log(
      `\n== scale on ${target.name}: ${LARGE.clients} clients, ${LARGE.grants} grants, ${LARGE.audit} audit events vs ÷${DIVISOR}`,
    );
    const env = await prepareDatabase(target.url);
    const t0 = performance.now();
    const seed = await seedBench({
      databaseUrl: target.url,
      encryptionKey: env.ENCRYPTION_KEY,
      sizes: { small: SMALL, large: LARGE },
      analyze: target.analyze,
    });
    console.log(`seeded in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    rows.push(...(await measureTarget(target, env, seed)));
    console.log(`(${took()} so far)`);
  }
  return rows;
}

async function measureTarget(target: Target, env: ConsoleEnv, seed: BenchSeed): Promise<Row[]> {
  const server = await startConsole(env, `scale-${target.key}`);
  const rows: Row[] = [];
  const { small, large } = seed.workspaces;
  try {
    const session = await new BenchSession(server.baseUrl).signIn(seed.email, seed.password);
    const health = emptySample();
    for (const c of CASES.filter((x) => GROUPS.includes(x.group))) {
      const r = await measureCase(session, seed, c);
      addSample(health, r.health);
      const s = stats(r.small.ms);
      const l = stats(r.large.ms);
      const slow = !(l.p95 <= SLOW_P95_MS && l.p95 / s.p95 <= SLOW_RATIO);
      const ratios = `p50 ${ratio(l.p50, s.p50)} · p95 ${ratio(l.p95, s.p95)}`;
      const cut = [r.small, r.large].some((x) => x.ms.length < REQUESTS || x.errors)
        ? ` (n=${l.n}/${s.n}${r.large.errors + r.small.errors ? `, ${r.large.errors + r.small.errors} failed` : ""})`
        : "";
      console.log(
        `${`${c.group}: ${c.label}`.padEnd(52)} large p50 ${fmt(l.p50)} p95 ${fmt(l.p95)} | small p50 ${fmt(s.p50)} p95 ${fmt(s.p95)} | ratio ${ratios}${slow ? " ⚠" : ""}${cut} | ${r.shown.large} · ${r.shown.small}`,
      );
      rows.push({
        bench: `scale (${target.name})`,
        case: `${c.group}: ${c.label}`,
        measured: `p50 ${fmt(l.p50)} · **p95 ${fmt(l.p95)}**${cut}`,
        baseline: `p50 ${fmt(s.p50)} · p95 ${fmt(s.p95)}`,
        ratio: `${ratios}${slow ? " ⚠" : ""}`,
        note: `${r.shown.large} · ${r.shown.small}`,
      });
    }
    const h = stats(health.ms);
    rows.push({
      bench: `scale (${target.name})`,
      case: "/api/health (the server's own floor)",
      measured: `p50 ${fmt(h.p50)} · p95 ${fmt(h.p95)}`,
      baseline: "",
      ratio: "",
    });
    if (GROUPS.includes("inventory")) rows.push(await measureExport(session, target, seed));
  } catch (error) {
    console.error(`server log (${server.logFile}):\n${tail(server.logFile)}`);
    throw error;
  } finally {
    await server.stop();
  }
  if (GROUPS.includes("audit")) rows.push(verifyChains(target, env, small, large));
  if (process.env.BENCH_EXPLAIN === "1") explainClients(env, seed);
  return rows;
}

async function measureCase(session: BenchSession, seed: BenchSeed, c: Case) {
  const { small, large } = seed.workspaces;
  const init = (w: WorkspaceSeed): RequestInit | undefined => (c.api ? { headers: { authorization: `Bearer ${w.apiKey}` } } : undefined);
  const check = async (w: WorkspaceSeed) => {
    const response = await session.fetch(c.path(w), init(w));
    try {
      const body = await response.text();
      // What the page weighs (HTML with its RSC payload) is most of what rendering it costs.
      return `${c.check(response.status, body)}, ${Math.round(Buffer.byteLength(body) / 1024)} KB`;
    } catch (error) {
      throw new Error(`GET ${c.path(w)}: ${error instanceof Error ? error.message : error}`);
    }
  };
  const shown = { small: await check(small), large: await check(large) };
  const jobs = {
    small: getPage(session, c.path(small), init(small)),
    large: getPage(session, c.path(large), init(large)),
    health: getPage(session, "/api/health"),
  };
  const order = ["small", "large", "health"] as const;
  for (const k of order) if (WARMUP) await load(jobs[k], { count: WARMUP, concurrency: CONCURRENCY, deadlineMs: 15_000 });
  const acc: Record<(typeof order)[number], Sample> = { small: emptySample(), large: emptySample(), health: emptySample() };
  const stopAt = performance.now() + CASE_BUDGET_MS;
  let blocksLeft = ROUNDS * order.length;
  for (let round = 0; round < ROUNDS; round++) {
    const count = Math.floor(REQUESTS / ROUNDS) + (round < REQUESTS % ROUNDS ? 1 : 0);
    // Rotate who goes first; each block gets a fair share of what is left of the budget.
    for (let i = 0; i < order.length; i++) {
      const k = order[(i + round) % order.length];
      const health = k === "health";
      addSample(
        acc[k],
        await load(jobs[k], {
          count: health ? Math.ceil(count / 4) : count,
          concurrency: CONCURRENCY,
          deadlineMs: Math.max(0, stopAt - performance.now()) / blocksLeft--,
        }),
      );
    }
  }
  return { ...acc, shown };
}

/** The grant export (CSV, every grant of the workspace) read to the end, three times each: rows per second. */
async function measureExport(session: BenchSession, target: Target, seed: BenchSeed): Promise<Row> {
  const rate = async (w: WorkspaceSeed) => {
    const runs: { ms: number; rows: number }[] = [];
    for (let i = 0; i < 3; i++) {
      const t0 = performance.now();
      const response = await session.fetch(`/w/${w.slug}/grants/export?format=csv`);
      const text = await response.text();
      if (response.status !== 200) throw new Error(`export: HTTP ${response.status}`);
      runs.push({ ms: performance.now() - t0, rows: text.split("\n").length - 2 });
    }
    const median = runs.sort((a, b) => a.ms - b.ms)[1];
    return { ...median, perSecond: Math.round((median.rows / median.ms) * 1000) };
  };
  const [s, l] = [await rate(seed.workspaces.small), await rate(seed.workspaces.large)];
  console.log(`grant export CSV: large ${l.rows} rows in ${fmt(l.ms)} (${l.perSecond} rows/s) | small ${s.rows} rows in ${fmt(s.ms)}`);
  return {
    bench: `scale (${target.name})`,
    case: "inventory: CSV export of every grant (median of 3)",
    measured: `${l.rows.toLocaleString("en")} rows in ${fmt(l.ms)} · **${l.perSecond.toLocaleString("en")} rows/s**`,
    baseline: `${s.rows.toLocaleString("en")} rows in ${fmt(s.ms)} (${s.perSecond.toLocaleString("en")} rows/s)`,
    ratio: "",
    note: l.rows === seed.workspaces.large.grants ? "every grant exported" : `expected ${seed.workspaces.large.grants}`,
  };
}

/** scripts/verify-audit.ts on the stopped database: the time each workspace's chain takes. */
function verifyChains(target: Target, env: ConsoleEnv, small: WorkspaceSeed, large: WorkspaceSeed): Row {
  const run = spawnSync(process.execPath, ["--import", "tsx", "scripts/verify-audit.ts"], {
    cwd: root,
    env: { ...process.env, ...env },
    encoding: "utf8",
    timeout: 900_000,
  });
  const ms = (w: WorkspaceSeed) => Number(new RegExp(`ok\\s+${w.slug}: (\\d+) events in (\\d+) ms`).exec(run.stdout)?.[2] ?? NaN);
  const [s, l] = [ms(small), ms(large)];
  console.log(
    `audit chain verification: ${run.stdout.trim().replaceAll("\n", "; ")}${run.status ? ` (exit ${run.status}) ${run.stderr}` : ""}`,
  );
  return {
    bench: `scale (${target.name})`,
    case: `audit chain verification (npm run audit:verify), ${large.auditEvents.toLocaleString("en")} events`,
    measured: `**${fmt(l)}** (${Math.round((large.auditEvents / l) * 1000).toLocaleString("en")} events/s)`,
    baseline: `${small.auditEvents.toLocaleString("en")} events: ${fmt(s)}`,
    ratio: `${ratio(l, s)} for ${DIVISOR}× the events`,
    note: run.status === 0 ? "every chain verified" : `exit ${run.status}: ${run.stdout.trim().split("\n").pop()}`,
  };
}

function explainClients(env: ConsoleEnv, seed: BenchSeed) {
  const targets = (["small", "large"] as const).map((k) => {
    const w = seed.workspaces[k];
    const queries = CASES.filter((c) => c.group === "clients").map((c) => new URL(c.path(w), "http://x").search);
    return { label: `${w.clients}:`, workspaceId: w.id, queries };
  });
  const run = spawnSync(process.execPath, ["--conditions=react-server", "--import", "tsx", "bench/explain.ts"], {
    cwd: root,
    env: { ...process.env, ...env, BENCH_EXPLAIN_TARGETS: JSON.stringify(targets) },
    encoding: "utf8",
    timeout: 300_000,
  });
  console.log(run.status === 0 ? run.stdout : `explain failed:\n${run.stderr}`);
}
