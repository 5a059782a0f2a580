// `npm run bench` (after `npm run build`): every benchmark on the embedded default (PGlite), one
// table at the end. Each figure is a RATIO against a baseline measured in the same run, because this
// machine's absolute timings are noise. One file per benchmark:
//   bench/callback.ts   /oauth/callback end to end vs the bare code exchange at the sandbox
//   bench/token-api.ts  cached access tokens vs a minimal Node HTTP server; a refresh storm
//   bench/sign-in-flood.ts  a signed-in page alone and during a flood of sign-ins (one address, many)
//   bench/callback-flood.ts  a signed-in page alone and during 5,000 anonymous callbacks, with and
//                       without the callback rate limit
//   bench/page-floor.ts  a page's server CPU and latency one and four at a time, in a small workspace
//   bench/scale.ts      list pages and filters at 10,000 clients / 100,000 grants / 1,000,000 audit
//                       events vs a workspace 100× smaller; audit chain verification
// Each starts the production build (`next start`) on a fresh database in .data/bench-*.
//
//   BENCH_ONLY=callback,token,signin,callbackflood,floor,scale   a subset
//   BENCH_PORT=3500                   ports from 3500 up instead of free ephemeral ones
//   BENCH_KEEP=1                      keep the temp folder
//   BENCH_DATABASE_URL=postgresql://127.0.0.1/…   scale also on PostgreSQL (its public schema is emptied!),
//                                     and the token API's revocation across two instances
// and the options at the top of each benchmark's file.
import fs from "node:fs";
import path from "node:path";
import { benchCallback, callbackStates } from "./callback";
import { benchCallbackFlood } from "./callback-flood";
import {
  benchPostgresUrl,
  machine,
  prepareDatabase,
  removeRunDir,
  root,
  runDir,
  startConsole,
  stopAll,
  tail,
  freePort,
  type Row,
} from "./harness";
import { BenchSession } from "./http";
import { benchPageFloor } from "./page-floor";
import { benchScale } from "./scale";
import { seedFlows } from "./seed-flows";
import { benchSignInFlood } from "./sign-in-flood";
import { benchTokenApi } from "./token-api";
import { benchTokenRevocation } from "./token-revocation";

const ALL = ["callback", "token", "signin", "callbackflood", "floor", "scale"] as const;
const only = (process.env.BENCH_ONLY ?? ALL.join(",")).split(",").map((s) => s.trim());
const unknown = only.filter((s) => !(ALL as readonly string[]).includes(s));
if (unknown.length) throw new Error(`unknown BENCH_ONLY: ${unknown.join(", ")} (one of ${ALL.join(", ")})`);

async function main() {
  if (!fs.existsSync(path.join(root, ".next/BUILD_ID"))) {
    console.error("No production build in .next: run `npm run build` first, then `npm run bench`.");
    process.exit(1);
  }
  const started = performance.now();
  console.log(`machine: ${machine()}`);
  console.log(`build: .next/BUILD_ID ${fs.readFileSync(path.join(root, ".next/BUILD_ID"), "utf8").trim()}\n`);
  const rows: Row[] = [];
  const took = () => `${((performance.now() - started) / 60_000).toFixed(1)} min`;
  if (only.includes("callback") || only.includes("token")) rows.push(...(await runFlows()));
  console.log(`(${took()} so far)`);
  const pgUrl = benchPostgresUrl();
  if (only.includes("token") && pgUrl) rows.push(...(await benchTokenRevocation(pgUrl)));
  if (only.includes("signin")) rows.push(...(await benchSignInFlood()));
  if (only.includes("callbackflood")) rows.push(...(await benchCallbackFlood()));
  if (only.includes("floor")) rows.push(...(await benchPageFloor()));
  if (only.includes("scale")) rows.push(...(await benchScale(took)));

  console.log(`\n================ results (${((performance.now() - started) / 60_000).toFixed(1)} min; ${machine()}) ================\n`);
  console.log("| benchmark | case | measured | baseline (same run) | ratio | notes |");
  console.log("|---|---|---|---|---|---|");
  for (const r of rows) console.log(`| ${r.bench} | ${r.case} | ${r.measured} | ${r.baseline} | ${r.ratio} | ${r.note ?? ""} |`);
}

/** The callback and token API benchmarks share one console on a small fresh PGlite database. */
async function runFlows(): Promise<Row[]> {
  console.log("== callback and token API (PGlite)");
  // These benchmarks send hundreds of real callbacks from 127.0.0.1: lift the per-IP callback limit.
  const env = { ...(await prepareDatabase(`pglite:./${path.relative(root, runDir())}/db-flows`)), CALLBACK_RATE_LIMIT: "1000000" };
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const seed = await seedFlows({
    databaseUrl: env.DATABASE_URL,
    encryptionKey: env.ENCRYPTION_KEY,
    baseUrl,
    states: { callback: callbackStates(), token: 1, storm: 1 },
  });
  let server = await startConsole(env, "flows", port);
  // The token benchmark restarts the console with other settings (last-used tracking on and off).
  const restart = async (extra: Record<string, string>) => {
    await server.stop();
    server = await startConsole({ ...env, ...extra }, "flows", port);
  };
  try {
    const session = await new BenchSession(baseUrl).signIn(seed.email, seed.password);
    // Zoho's 10 codes per client per 10 minutes would stop the benchmark after ten callbacks.
    const control = await session.fetch("/sandbox/control", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ codeLimit: 10_000 }),
    });
    if (control.status !== 200) throw new Error(`POST /sandbox/control: HTTP ${control.status}`);
    const rows: Row[] = [];
    if (only.includes("callback")) rows.push(...(await benchCallback(session, seed)));
    if (only.includes("token")) rows.push(...(await benchTokenApi(session, seed, restart)));
    return rows;
  } catch (error) {
    console.error(`server log (${server.logFile}):\n${tail(server.logFile)}`);
    throw error;
  } finally {
    await server.stop();
  }
}

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    console.error(`\n${signal}: stopping the console and removing the temp folder`);
    void stopAll().finally(() => {
      removeRunDir();
      process.exit(130);
    });
  });
}

main()
  .catch((error) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exitCode = 1;
  })
  .finally(async () => {
    await stopAll();
    removeRunDir();
  });
