// The registry import at the size: 7,000 clients (0.9 MB) posted through the transfer page's
// import form as a browser without JavaScript posts it, while a signed-in page is asked for one
// request after another. Measured: the import's duration, and the page's latency during it against
// the same page just before it (same run, same console). On its own, after `npm run build`:
//   npx tsx bench/big-import.ts            BENCH_IMPORT_CLIENTS=7000  BENCH_IMPORT_RUNS=2  BENCH_KEEP=1
import path from "node:path";
import bcrypt from "bcryptjs";
import { openDb } from "../scripts/open-db";
import { fmt, intEnv, machine, percentile, prepareDatabase, removeRunDir, root, runDir, startConsole, stopAll, tail } from "./harness";
import { BenchSession } from "./http";

const CLIENTS = intEnv("BENCH_IMPORT_CLIENTS", 7_000, 1, 20_000);
const RUNS = intEnv("BENCH_IMPORT_RUNS", 2, 1, 10);

/** The transfer format (lib/clients/transfer/client-export-schema.ts), kept small as the file was. */
const exportFile = (run: number) =>
  JSON.stringify({
    format: "zoho-oauth-console/clients@1",
    exportedAt: new Date().toISOString(),
    clients: Array.from({ length: CLIENTS }, (_, i) => ({
      name: `B${i + 1}`,
      zohoClientId: `1000.R${run}${String(i + 1).padStart(9, "0")}`,
      type: "SERVER",
      provider: "ZOHO",
      environment: "PRODUCTION",
      homeDc: "us",
      ...(i % 4 === 0 ? { redirectUris: ["https://b.test/cb"] } : {}),
    })),
  });

async function postImport(session: BenchSession, slug: string, file: string): Promise<string> {
  const page = `/w/${slug}/clients/transfer`;
  const html = await (await session.fetch(page)).text();
  const form = html.slice(
    html.search(/<form\b[^>]*data-action="import-clients"/),
    html.indexOf("</form>", html.search(/data-action="import-clients"/)),
  );
  const action = /^<form\b[^>]*\saction="(\/[^"]*)"/.exec(form)?.[1];
  const body = new FormData();
  // A server-action form (before the import had its own route) carries hidden $ACTION fields.
  for (const m of form.matchAll(/<input\b[^>]*\sname="(\$ACTION[^"]*)"[^>]*?(?:\svalue="([^"]*)")?[^>]*>/g))
    body.append(m[1], (m[2] ?? "").replace(/&quot;/g, '"').replace(/&amp;/g, "&"));
  body.append("file", new Blob([file], { type: "application/json" }), "export.json");
  body.append("passphrase", "");
  const posted = await session.fetch(action ?? page, {
    method: "POST",
    body,
    headers: { accept: "text/html" },
    signal: AbortSignal.timeout(600_000),
  });
  const shown = posted.status === 303 ? await session.fetch(posted.headers.get("location")!) : posted;
  const text = (await shown.text()).replace(/&#x27;|&#39;/g, "'");
  return /Imported [\d,]+ clients? \([\d,]+ with secrets\)\./.exec(text)?.[0] ?? `HTTP ${posted.status}: no "Imported" in the answer`;
}

async function timePage(session: BenchSession, slug: string): Promise<number> {
  const started = performance.now();
  const response = await session.fetch(`/w/${slug}`, { signal: AbortSignal.timeout(600_000) });
  await response.arrayBuffer();
  if (response.status !== 200) throw new Error(`GET /w/${slug}: HTTP ${response.status}`);
  return performance.now() - started;
}

async function main() {
  console.log(`machine: ${machine()}`);
  const env = await prepareDatabase(`pglite:./${path.relative(root, runDir())}/db-import`);
  const password = "correct horse battery staple";
  const { db, close } = await openDb(env.DATABASE_URL);
  const owner = await db.user.create({ data: { email: "bench@bench.test", name: "Bench", passwordHash: await bcrypt.hash(password, 4) } });
  for (let run = 1; run <= RUNS; run++)
    await db.workspace.create({
      data: { slug: `import-${run}`, name: `Import ${run}`, memberships: { create: { userId: owner.id, role: "OWNER" } } },
    });
  await db.workspace.create({ data: { slug: "pages", name: "Pages", memberships: { create: { userId: owner.id, role: "OWNER" } } } });
  await close();
  const server = await startConsole(env, "import");
  try {
    const session = await new BenchSession(server.baseUrl).signIn("bench@bench.test", password);
    await timePage(session, "pages");
    for (let run = 1; run <= RUNS; run++) {
      const file = exportFile(run);
      const before: number[] = [];
      for (let i = 0; i < 10; i++) before.push(await timePage(session, "pages"));
      const started = performance.now();
      let importMs = 0;
      const imported = postImport(session, `import-${run}`, file).then((answer) => {
        importMs = performance.now() - started;
        return answer;
      });
      const during: number[] = [];
      await new Promise((r) => setTimeout(r, 200));
      do during.push(await timePage(session, "pages"));
      while (!importMs);
      const answer = await imported;
      console.log(
        `run ${run}: ${CLIENTS.toLocaleString("en")} clients, ${(file.length / 2 ** 20).toFixed(2)} MB → ${fmt(importMs)} (${answer.trim()})`,
      );
      console.log(
        `  page before: p50 ${fmt(percentile(before, 50))}, max ${fmt(Math.max(...before))}; during: n=${during.length}, p50 ${fmt(percentile(during, 50))}, max ${fmt(Math.max(...during))} — first ${fmt(during[0])}`,
      );
    }
  } catch (error) {
    console.error(`server log (${server.logFile}):\n${tail(server.logFile)}`);
    throw error;
  } finally {
    await server.stop();
  }
}

main().then(
  () => {
    removeRunDir();
    process.exit(0);
  },
  async (error) => {
    console.error(error);
    await stopAll();
    removeRunDir();
    process.exit(1);
  },
);
