// `npm run keys:rotate`: re-encrypts every secret and token under ENCRYPTION_KEY, reading older envelopes
// with ENCRYPTION_KEYS_PREVIOUS, then prints what is left under each key id. See docs/key-rotation.md.
//
//   npm run keys:rotate                  rotate with the keys in the environment (or .data/secrets.json)
//   npm run keys:rotate -- --new-key     embedded default only: generate a new key into .data/secrets.json, then rotate
//   npm run keys:rotate -- --status      only count the envelopes per key id (no writes)
//   npm run keys:rotate -- --force       skip the "is the console running?" check (embedded database)
//   npm run keys:rotate -- --batch-size N --concurrency N   (defaults 200 and 4)
//
// Exit codes: 0 done (nothing left under old keys); 1 rows could not be decrypted, or bad setup;
// 2 finished but some rows changed during the run (or it was interrupted): run it again.
// Never prints a key, a secret or a plaintext: only key ids (which every envelope carries anyway).
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { parseEnv, type Env } from "../lib/config/env";
import { createKeyring, keyFromBase64, type Keyring } from "../lib/crypto/envelope";
import {
  checkColumns,
  countEnvelopesByKey,
  NOT_AN_ENVELOPE,
  remainingUnderOtherKeys,
  rotateEnvelopes,
  type RotationReport,
} from "../lib/crypto/rotate-envelopes";
import { PrismaClient } from "../lib/generated/prisma/client";

const DATA_DIR = ".data";
const SECRETS_FILE = path.join(DATA_DIR, "secrets.json");

type Options = { newKey: boolean; status: boolean; force: boolean; batchSize: number; concurrency: number };

function usage(exitCode: number): never {
  (exitCode ? console.error : console.log)(
    [
      "usage: npm run keys:rotate [-- --new-key | --status] [--force] [--batch-size N] [--concurrency N]",
      "  (no option)     re-encrypt everything under ENCRYPTION_KEY; ENCRYPTION_KEYS_PREVIOUS must hold the old key(s)",
      "  --new-key       embedded database only: generate a new key into .data/secrets.json (old one kept as previous), then rotate",
      "  --status        only count the envelopes per key id, change nothing",
      "  --force         embedded database: do not check whether the console is running",
      "  --batch-size N  rows per read (default 200)",
      "  --concurrency N rows updated at the same time (default 4; 1 is gentlest on a busy database)",
      "See docs/key-rotation.md.",
    ].join("\n"),
  );
  process.exit(exitCode);
}

function parseArgs(argv: string[]): Options {
  const options: Options = { newKey: false, status: false, force: false, batchSize: 200, concurrency: 4 };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--new-key") options.newKey = true;
    else if (arg === "--status") options.status = true;
    else if (arg === "--force") options.force = true;
    else if (arg === "--help" || arg === "-h") usage(0);
    else if (/^--(batch-size|concurrency)(=|$)/.test(arg)) {
      const name = arg.replace(/^--|=.*$/g, "");
      const value = arg.includes("=") ? arg.slice(arg.indexOf("=") + 1) : argv[++i];
      const n = Number(value);
      const max = name === "batch-size" ? 10_000 : 32;
      if (!Number.isInteger(n) || n < 1 || n > max) fail(`--${name} must be a whole number from 1 to ${max} (got ${value ?? "nothing"})`);
      if (name === "batch-size") options.batchSize = n;
      else options.concurrency = n;
    } else {
      console.error(`Unknown option: ${arg}`);
      usage(1);
    }
  }
  if (options.newKey && options.status) fail("--new-key and --status cannot be used together");
  return options;
}

function fail(message: string, code = 1): never {
  console.error(message);
  process.exit(code);
}

// ---- .data/secrets.json (embedded default) ----

type SecretsFile = { AUTH_SECRET?: unknown; ENCRYPTION_KEY?: unknown; ENCRYPTION_KEYS_PREVIOUS?: unknown; [other: string]: unknown };

function readSecretsFile(): SecretsFile | undefined {
  if (!fs.existsSync(SECRETS_FILE)) return undefined;
  try {
    const parsed: unknown = JSON.parse(fs.readFileSync(SECRETS_FILE, "utf8"));
    if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) throw new Error("not an object");
    return parsed as SecretsFile;
  } catch (error) {
    fail(`${SECRETS_FILE} cannot be read (${(error as Error).message}). Nothing was changed.`);
  }
}

// The file keeps previous keys as an array; the environment as a comma-separated string.
function previousFromFile(file: SecretsFile): string[] {
  const value = file.ENCRYPTION_KEYS_PREVIOUS;
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === "string" && v.trim() !== "").map((v) => v.trim());
  if (typeof value === "string")
    return value
      .split(",")
      .map((v) => v.trim())
      .filter(Boolean);
  return [];
}

// Written next to the old file and renamed over it: the file is never half-written. Mode 0600.
function writeSecretsFile(file: SecretsFile) {
  const tmp = `${SECRETS_FILE}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, JSON.stringify(file, null, 2) + "\n", { mode: 0o600, flag: "wx" });
  fs.chmodSync(tmp, 0o600);
  fs.renameSync(tmp, SECRETS_FILE);
}

// ---- is the console up? (PGlite: one process per folder) ----

async function consoleAnswering(): Promise<string | undefined> {
  const port = process.env.PORT || "3000";
  const hosts = ["127.0.0.1"];
  const bind = process.env.HOSTNAME;
  if (bind && !["0.0.0.0", "::", "127.0.0.1", "localhost"].includes(bind)) hosts.push(bind.includes(":") ? `[${bind}]` : bind);
  for (const host of hosts) {
    const url = `http://${host}:${port}/api/health`;
    try {
      await fetch(url, { signal: AbortSignal.timeout(3000) });
      return url;
    } catch (error) {
      // Nothing listening: the usual case. A timeout means something is there but busy: treat as up.
      if ((error as Error).name === "TimeoutError") return url;
    }
  }
  return undefined;
}

// ---- the database ----

async function openDb(env: Env) {
  if (env.embedded) {
    const folder = env.DATABASE_URL.slice("pglite:".length);
    if (!fs.existsSync(path.join(folder, "PG_VERSION"))) {
      fail(
        `There is no embedded database at ${folder} (DATABASE_URL=${env.DATABASE_URL}). Run this from the console's folder, or set DATABASE_URL.`,
      );
    }
    const { PrismaPGlite } = await import("pglite-prisma-adapter");
    const { openPglite } = await import("../lib/open-pglite");
    const pglite = openPglite(folder);
    return { db: new PrismaClient({ adapter: new PrismaPGlite(pglite) }), close: async () => pglite.close() };
  }
  const { PrismaPg } = await import("@prisma/adapter-pg");
  const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: env.DATABASE_URL }) });
  return { db, close: () => db.$disconnect() };
}

function describeDb(env: Env) {
  if (env.embedded) return `embedded PGlite (${env.DATABASE_URL.slice("pglite:".length)})`;
  try {
    const u = new URL(env.DATABASE_URL);
    return `PostgreSQL (${u.hostname}${u.port ? `:${u.port}` : ""}${u.pathname})`; // no user, no password
  } catch {
    return "PostgreSQL";
  }
}

// ---- output ----

const pad = (s: string | number, n: number) => String(s).padEnd(n);
const lpad = (s: string | number, n: number) => String(s).padStart(n);

function printReport(report: RotationReport) {
  const w = Math.max(28, ...report.columns.map((c) => c.model.length + c.column.length + 1));
  console.log(`\n${pad("column", w)} ${lpad("scanned", 8)} ${lpad("rotated", 8)} ${lpad("changed", 8)} ${lpad("failed", 8)}`);
  for (const c of report.columns) {
    console.log(
      `${pad(`${c.model}.${c.column}`, w)} ${lpad(c.scanned, 8)} ${lpad(c.rotated, 8)} ${lpad(c.skippedChanged, 8)} ${lpad(c.failed, 8)}`,
    );
  }
  console.log(`("changed": rows the console changed during the run, left as the console wrote them)`);
}

function printCensus(census: Awaited<ReturnType<typeof countEnvelopesByKey>>, ring: Keyring) {
  const label = (id: string) =>
    id === ring.current.id
      ? `${id} (current)`
      : id === NOT_AN_ENVELOPE
        ? id
        : ring.all.has(id)
          ? `${id} (previous)`
          : `${id} (MISSING: not configured)`;
  const w = Math.max(28, ...census.map((c) => c.model.length + c.column.length + 1));
  console.log(`\nEnvelopes per key id:`);
  for (const c of census) {
    const entries = Object.entries(c.byKeyId).sort(([a], [b]) =>
      a === ring.current.id ? -1 : b === ring.current.id ? 1 : a.localeCompare(b),
    );
    console.log(
      `${pad(`${c.model}.${c.column}`, w)} ${entries.length ? entries.map(([id, n]) => `${label(id)}: ${n}`).join(", ") : "empty"}`,
    );
  }
}

// ---- main ----

class SetupError extends Error {}

// Database errors can quote the query (envelopes included): only their last line is shown.
function lastLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return (
    text
      .split("\n")
      .map((l) => l.trim())
      .filter(Boolean)
      .slice(-1)[0] ?? "unknown error"
  );
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  const vars: Record<string, string | undefined> = { ...process.env };
  vars.DATABASE_URL ||= "pglite:./.data/pglite";
  const embedded = vars.DATABASE_URL.startsWith("pglite:");

  // The embedded default keeps its secrets in .data/secrets.json, as `npm start` does.
  let file: SecretsFile | undefined;
  let keysFromFile = false;
  if (embedded && (!vars.AUTH_SECRET || !vars.ENCRYPTION_KEY)) {
    file = readSecretsFile();
    if (file) {
      if (!vars.ENCRYPTION_KEY && typeof file.ENCRYPTION_KEY === "string") {
        vars.ENCRYPTION_KEY = file.ENCRYPTION_KEY;
        keysFromFile = true;
        vars.ENCRYPTION_KEYS_PREVIOUS ||= previousFromFile(file).join(",") || undefined;
      }
      if (!vars.AUTH_SECRET && typeof file.AUTH_SECRET === "string") vars.AUTH_SECRET = file.AUTH_SECRET;
    }
  }

  if (options.newKey) {
    if (!embedded)
      fail(
        "--new-key is for the embedded database only. On PostgreSQL: generate a key (openssl rand -base64 32), set ENCRYPTION_KEY=<new> and ENCRYPTION_KEYS_PREVIOUS=<old> for every console instance, restart them, then run npm run keys:rotate with the same environment.",
      );
    if (process.env.ENCRYPTION_KEY || process.env.ENCRYPTION_KEYS_PREVIOUS) {
      fail(
        "--new-key rotates the key kept in .data/secrets.json, but ENCRYPTION_KEY/ENCRYPTION_KEYS_PREVIOUS are set in the environment. Either unset them, or rotate by hand: ENCRYPTION_KEY=<new> ENCRYPTION_KEYS_PREVIOUS=<old> npm run keys:rotate.",
      );
    }
    if (!file || !keysFromFile)
      fail(`--new-key needs ${SECRETS_FILE} with an ENCRYPTION_KEY (written by the first npm start). Nothing was changed.`);
  } else if (!vars.ENCRYPTION_KEY && embedded && !file) {
    fail(
      `No ENCRYPTION_KEY in the environment and no ${SECRETS_FILE}: there is nothing to rotate from here. Run this from the console's folder, or set the same environment as the console.`,
    );
  }

  let env: Env;
  try {
    env = parseEnv(vars);
  } catch (error) {
    fail(
      `${(error as Error).message}\n(keys:rotate needs the same environment as the console${keysFromFile ? `; the keys came from ${SECRETS_FILE}` : ""}.)`,
    );
  }

  if (env.embedded && !options.force) {
    const url = await consoleAnswering();
    if (url) {
      fail(
        [
          `A console is running: ${url} answered.`,
          `The embedded database (${env.DATABASE_URL.slice("pglite:".length)}) can be opened by one process only, so keys cannot be rotated while the console is up.`,
          `Stop it (Ctrl-C in the terminal running npm start), run npm run keys:rotate again, then start the console.`,
          `If that server does not use this database folder, run again with --force.`,
        ].join("\n"),
      );
    }
  }

  let ring = createKeyring(env.ENCRYPTION_KEY, env.ENCRYPTION_KEYS_PREVIOUS);
  const previousIds = [...ring.all.keys()].filter((id) => id !== ring.current.id);
  console.log(`Database: ${describeDb(env)}`);

  const { db, close } = await openDb(env);
  // Ctrl-C: finish the current row, close the database cleanly (PGlite), report what was done.
  const controller = new AbortController();
  // (tsx and npm relay the terminal's signal to this process too: a repeat within 2 s is the same Ctrl-C.)
  let firstSignalAt = 0;
  const onSignal = () => {
    if (controller.signal.aborted) {
      if (performance.now() - firstSignalAt > 2000) process.exit(130);
      return;
    }
    firstSignalAt = performance.now();
    console.error("\nStopping after the current row (Ctrl-C again to quit at once)…");
    controller.abort();
  };
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);

  try {
    // Fails early with a clear message when the database is unreachable or its migrations are behind.
    await checkColumns(db).catch((error: unknown) => {
      throw new SetupError(
        `Cannot read the database: ${lastLine(error)}\nIs DATABASE_URL right, and are migrations applied (npm run db:migrate)?`,
      );
    });

    if (options.status) {
      console.log(`Current key: ${ring.current.id}; previous keys: ${previousIds.join(", ") || "none"}`);
      const census = await countEnvelopesByKey(db, { batchSize: 1000, signal: controller.signal });
      if (controller.signal.aborted) {
        console.error("Interrupted: the counts are incomplete.");
        return 2;
      }
      printCensus(census, ring);
      const left = remainingUnderOtherKeys(census, ring.current.id);
      console.log(
        left === 0
          ? `\nAll envelopes are under the current key ${ring.current.id}.`
          : `\n${left} envelope(s) are not under the current key: run npm run keys:rotate.`,
      );
      return left === 0 ? 0 : 2;
    }

    if (options.newKey && file) {
      // The new key is saved before any row is encrypted with it, with every old key kept as previous:
      // whatever happens next, the console can read every row.
      const oldKey = env.ENCRYPTION_KEY;
      const newKey = randomBytes(32).toString("base64");
      const previous = [oldKey, ...env.ENCRYPTION_KEYS_PREVIOUS].filter(
        (k, i, all) => all.findIndex((x) => keyFromBase64(x).id === keyFromBase64(k).id) === i,
      );
      writeSecretsFile({ ...file, ENCRYPTION_KEY: newKey, ENCRYPTION_KEYS_PREVIOUS: previous });
      ring = createKeyring(newKey, previous);
      console.log(
        `New key ${ring.current.id} saved to ${SECRETS_FILE} (mode 0600); the old key ${keyFromBase64(oldKey).id} stays there under ENCRYPTION_KEYS_PREVIOUS.`,
      );
    } else if (previousIds.length === 0) {
      console.log(`Note: ENCRYPTION_KEYS_PREVIOUS is empty, so only envelopes already under ${ring.current.id} can be read.`);
    }

    console.log(
      `Rotating to key ${ring.current.id}; old keys that still decrypt: ${[...ring.all.keys()].filter((id) => id !== ring.current.id).join(", ") || "none"}`,
    );
    const started = performance.now();
    let lastPrinted = 0;
    const report = await rotateEnvelopes(db, ring, {
      batchSize: options.batchSize,
      concurrency: options.concurrency,
      signal: controller.signal,
      onProgress: (p) => {
        if (p.done || performance.now() - lastPrinted < 2000) return;
        lastPrinted = performance.now();
        console.log(`  ${p.model}.${p.column}: ${p.scanned} scanned, ${p.rotated} rotated…`);
      },
    });
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    printReport(report);
    const census = await countEnvelopesByKey(db, { batchSize: 1000 });
    printCensus(census, ring);
    const rotated = report.columns.reduce((n, c) => n + c.rotated, 0);
    const failed = report.columns.reduce((n, c) => n + c.failed, 0);
    const changed = report.columns.reduce((n, c) => n + c.skippedChanged, 0);
    const left = remainingUnderOtherKeys(census, ring.current.id);
    console.log(`\n${rotated} envelope(s) re-encrypted in ${seconds}s; ${left} left under other keys.`);

    const finishHint = options.newKey ? ` (the new key is already saved: run npm run keys:rotate, without --new-key, to finish)` : "";
    if (failed > 0) {
      if (report.missingKeyIds.length) {
        console.error(
          `\nFAILED: envelopes under key id(s) ${report.missingKeyIds.join(", ")} cannot be decrypted: no configured key has ${report.missingKeyIds.length > 1 ? "these ids" : "this id"}.` +
            `\nAdd the missing key(s) to ENCRYPTION_KEYS_PREVIOUS${keysFromFile ? ` (in ${SECRETS_FILE})` : ""} and run again${finishHint}.`,
        );
      }
      const other = report.failures.filter((f) => f.reason !== "missing-key");
      if (other.length) console.error(`\nFAILED: some values are corrupt (tampered) or not envelopes at all; they were left unchanged.`);
      console.error(`\nRows that were not rotated (by primary key):`);
      for (const f of report.failures) {
        console.error(
          `  ${f.model}.${f.column} ${JSON.stringify(f.row)}: ${f.reason === "missing-key" ? `key id ${f.keyId} missing` : f.reason === "undecryptable" ? `does not decrypt with key ${f.keyId} (tampered or corrupt)` : "not an envelope"}`,
        );
      }
      if (failed > report.failures.length) console.error(`  … and ${failed - report.failures.length} more`);
      return 1;
    }
    if (report.aborted) {
      console.error(
        `\nInterrupted: nothing is lost (every row is under the old or the new key). Run npm run keys:rotate again to finish${finishHint}.`,
      );
      return 2;
    }
    if (left > 0) {
      console.error(
        `\n${left} envelope(s) are still under old keys${changed ? ` (${changed} row(s) changed while this ran)` : ""}: make sure every console instance runs with the new ENCRYPTION_KEY, then run npm run keys:rotate again.`,
      );
      return 2;
    }
    console.log(
      keysFromFile
        ? `\nDone: nothing is left under old keys. The old key(s) can now be removed from ENCRYPTION_KEYS_PREVIOUS in ${SECRETS_FILE}.`
        : `\nDone: nothing is left under old keys. The old key(s) can now be removed from ENCRYPTION_KEYS_PREVIOUS (restart the console instances).`,
    );
    return 0;
  } finally {
    await close(); // still under the signal handlers: a Ctrl-C now does not cut PGlite's close short
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof SetupError ? error.message : `keys:rotate failed: ${lastLine(error)}`);
    process.exit(1);
  },
);
