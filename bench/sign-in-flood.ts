// Sign-in flood (issue 11, section 2): how much does a flood of password sign-ins with random emails
// slow a signed-in page down? Before issue 11 each attempt hashed bcrypt (cost 12) on the event loop:
// 200 attempts at concurrency 20 took a normal page from p50 34 ms to p50 18 s. Measured in one run:
// the page alone, then the page during a flood from ONE address (the per-address limit refuses all
// but its first attempts before any hashing), then during a flood from 200 addresses (every attempt
// passes the address limit and is hashed: argon2id, off the event loop, two at a time).
//   BENCH_FLOOD=200 BENCH_FLOOD_CONCURRENCY=20   attempts per flood, in flight at once
//   BENCH_PAGE_ALONE=60                          timed page loads without a flood
// Attempts come from other loopback addresses (127.0.20.x, 127.0.21.x): Linux routes all of 127/8.
import http from "node:http";
import path from "node:path";
import { fmt, intEnv, prepareDatabase, ratio, root, runDir, startConsole, stats, tail, freePort, type Row } from "./harness";
import { BenchSession, getPage, load } from "./http";
import { seedFlows } from "./seed-flows";

const FLOOD = intEnv("BENCH_FLOOD", 200, 20, 5000);
const CONCURRENCY = intEnv("BENCH_FLOOD_CONCURRENCY", 20, 1, 200);
const ALONE = intEnv("BENCH_PAGE_ALONE", 60, 10, 5000);

type Outcome = "refused" | "wrong" | "error";

/** One sign-in attempt through Auth.js's credentials endpoint, from a chosen local address. */
function attempt(baseUrl: string, from: string, csrf: { token: string; cookie: string }, email: string): Promise<Outcome> {
  const body = new URLSearchParams({ email, password: "Summer2026!!", csrfToken: csrf.token, callbackUrl: baseUrl }).toString();
  return new Promise((resolve) => {
    const request = http.request(
      `${baseUrl}/api/auth/callback/credentials`,
      {
        method: "POST",
        localAddress: from,
        agent: false,
        headers: {
          "content-type": "application/x-www-form-urlencoded",
          origin: baseUrl,
          cookie: csrf.cookie,
          "content-length": Buffer.byteLength(body),
        },
        timeout: 120_000,
      },
      (response) => {
        response.resume();
        response.on("end", () => {
          const location = String(response.headers.location ?? "");
          resolve(location.includes("code=rate_limited") ? "refused" : location.includes("error=") ? "wrong" : "error");
        });
      },
    );
    request.on("error", () => resolve("error"));
    request.on("timeout", () => request.destroy());
    request.end(body);
  });
}

async function csrfOf(baseUrl: string) {
  const response = await fetch(`${baseUrl}/api/auth/csrf`);
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  return {
    token: csrfToken,
    cookie: response.headers
      .getSetCookie()
      .map((c) => c.split(";")[0])
      .join("; "),
  };
}

/** The page, one request after another, for as long as the flood lasts. */
async function pageDuring(flood: Promise<Outcome[]>, session: BenchSession, page: string) {
  let flooding = true;
  const done = flood.finally(() => (flooding = false));
  const ms: number[] = [];
  let errors = 0;
  const task = getPage(session, page);
  while (flooding) {
    const started = performance.now();
    try {
      await task();
      ms.push(performance.now() - started);
    } catch {
      errors++;
    }
  }
  const started = performance.now();
  const outcomes = await done;
  return { ms, errors, outcomes, wallMs: performance.now() - started };
}

export async function benchSignInFlood(): Promise<Row[]> {
  console.log("== sign-in flood (PGlite)");
  const env = await prepareDatabase(`pglite:./${path.relative(root, runDir())}/db-sign-in`);
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const seed = await seedFlows({
    databaseUrl: env.DATABASE_URL,
    encryptionKey: env.ENCRYPTION_KEY,
    baseUrl,
    states: { callback: 0, token: 0, storm: 0 },
  });
  const server = await startConsole(env, "sign-in", port);
  try {
    const session = await new BenchSession(baseUrl).signIn(seed.email, seed.password);
    const page = `/w/${seed.slug}`;
    await load(getPage(session, page), { count: 10, concurrency: 1, deadlineMs: 60_000 });
    const alone = await load(getPage(session, page), { count: ALONE, concurrency: 1, deadlineMs: 120_000 });
    const a = stats(alone.ms);
    console.log(`page alone: p50 ${fmt(a.p50)} p99 ${fmt(a.p99)} (n=${a.n})`);
    const rows: Row[] = [];
    const floods = [
      { name: "one address", from: () => "127.0.20.1" },
      { name: `${FLOOD} addresses`, from: (i: number) => `127.0.${21 + Math.floor(i / 250)}.${(i % 250) + 1}` },
    ];
    for (const [n, flood] of floods.entries()) {
      const csrf = await csrfOf(baseUrl);
      const started = performance.now();
      let next = 0;
      const outcomes: Outcome[] = [];
      const attempts = Promise.all(
        Array.from({ length: CONCURRENCY }, async () => {
          while (next < FLOOD) {
            const i = next++;
            outcomes[i] = await attempt(baseUrl, flood.from(i), csrf, `flood-${n}-${i}-${Math.random().toString(36).slice(2)}@flood.test`);
          }
        }),
      ).then(() => outcomes);
      const during = await pageDuring(attempts, session, page);
      const floodSeconds = (performance.now() - started) / 1000;
      const d = stats(during.ms);
      const count = (o: Outcome) => outcomes.filter((x) => x === o).length;
      const summary = `${count("wrong")} checked, ${count("refused")} refused before hashing, ${count("error")} errors; ${(FLOOD / floodSeconds).toFixed(1)} attempts/s`;
      console.log(
        `flood from ${flood.name}: ${summary} | page p50 ${fmt(d.p50)} p99 ${fmt(d.p99)} (n=${d.n}, ${during.errors} failed) | ×${ratio(d.p50, a.p50)} p50, ×${ratio(d.p99, a.p99)} p99`,
      );
      rows.push({
        bench: "sign-in flood",
        case: `${FLOOD} sign-ins, random emails, concurrency ${CONCURRENCY}, from ${flood.name}`,
        measured: `page p50 ${fmt(d.p50)} · p99 ${fmt(d.p99)} (n=${d.n})`,
        baseline: `page alone p50 ${fmt(a.p50)} · p99 ${fmt(a.p99)} (n=${a.n})`,
        ratio: `×${ratio(d.p50, a.p50)} p50 · ×${ratio(d.p99, a.p99)} p99`,
        note: `${summary}${during.errors ? `; ${during.errors} page loads failed` : ""}`,
      });
    }
    return rows;
  } catch (error) {
    console.error(`server log (${server.logFile}):\n${tail(server.logFile)}`);
    throw error;
  } finally {
    await server.stop();
  }
}
