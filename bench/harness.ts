// What every benchmark shares: settings from the environment, a console process (scripts/serve.mjs with the
// production build) on a database of its own, statistics, and the rows of the final table.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { ConsoleProcess, consoleEnv, migrateDatabase, type ConsoleEnv } from "../test/console-process";

export const root = path.resolve(import.meta.dirname, "..");

export function intEnv(name: string, fallback: number, min: number, max: number): number {
  const raw = process.env[name];
  const value = raw ? Number(raw) : fallback;
  if (!Number.isInteger(value) || value < min || value > max) throw new Error(`${name} must be an integer from ${min} to ${max}`);
  return value;
}

/** One row of the table printed at the end: what was measured against what, and their ratio. */
export type Row = { bench: string; case: string; measured: string; baseline: string; ratio: string; note?: string };

export type Stats = { n: number; p50: number; p95: number; p99: number };

/** Nearest-rank percentile. */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

export const stats = (ms: number[]): Stats => ({ n: ms.length, p50: percentile(ms, 50), p95: percentile(ms, 95), p99: percentile(ms, 99) });

export const fmt = (ms: number) => (Number.isNaN(ms) ? "–" : ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(1)} ms`);
export const ratio = (a: number, b: number) => (Number.isFinite(a / b) ? (a / b).toFixed(2) : "–");

export function machine(): string {
  const load = os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(" ");
  return `${os.cpus().length} CPUs (${os.cpus()[0]?.model ?? "?"}), ${Math.round(os.totalmem() / 2 ** 30)} GB, node ${process.version}, ${os.platform()} ${os.release()}, load average ${load}`;
}

// ---- the temp folder of a run (.data/bench-*), removed at the end unless BENCH_KEEP=1

let tempDir: string | undefined;

export function runDir(): string {
  if (!tempDir) {
    fs.mkdirSync(path.join(root, ".data"), { recursive: true });
    tempDir = fs.mkdtempSync(path.join(root, ".data", "bench-"));
  }
  return tempDir;
}

export function removeRunDir() {
  if (tempDir && process.env.BENCH_KEEP !== "1") fs.rmSync(tempDir, { recursive: true, force: true });
  else if (tempDir) console.log(`kept ${path.relative(root, tempDir)}`);
  tempDir = undefined;
}

// ---- ports: BENCH_PORT=3500 uses 3500, 3501, … in turn; otherwise free ephemeral ports

let nextPort = process.env.BENCH_PORT ? intEnv("BENCH_PORT", 0, 1024, 65000) : 0;

export async function freePort(): Promise<number> {
  if (nextPort) return nextPort++;
  return new Promise((resolve, reject) => {
    const s = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
    s.on("error", reject);
  });
}

// ---- databases

/** PostgreSQL from BENCH_DATABASE_URL, checked: its schema is emptied, so only a local server. */
export function benchPostgresUrl(): string | undefined {
  const url = process.env.BENCH_DATABASE_URL;
  if (!url) return undefined;
  if (!/^postgres(ql)?:\/\//.test(url)) throw new Error("BENCH_DATABASE_URL must be postgresql://…");
  if (!["127.0.0.1", "localhost", "[::1]"].includes(new URL(url).hostname))
    throw new Error("BENCH_DATABASE_URL must point to 127.0.0.1 (its schema is emptied)");
  return url;
}

export type { ConsoleEnv };

/** Fresh secrets, the sandbox on, and the database migrated (a PostgreSQL schema is emptied first). */
export async function prepareDatabase(databaseUrl: string): Promise<ConsoleEnv> {
  const env = consoleEnv(databaseUrl);
  await migrateDatabase(env, { empty: true });
  return env;
}

// ---- the console process (test/console-process.ts, shared with the test suites)

export type RunningConsole = { baseUrl: string; logFile: string; pid: number | undefined; stop: () => Promise<void> };
const consoles = new Set<ConsoleProcess>();
const running = new Set<ChildProcess>();

/** scripts/serve.mjs with the production build on 127.0.0.1, healthy when this resolves. */
export async function startConsole(env: ConsoleEnv, name: string, port?: number): Promise<RunningConsole> {
  const app = new ConsoleProcess(port ?? (await freePort()), env, path.join(runDir(), `server-${name}.log`));
  consoles.add(app);
  const stop = async () => {
    consoles.delete(app);
    await app.stop();
  };
  try {
    await app.start();
  } catch (error) {
    await stop();
    throw error;
  }
  return { baseUrl: app.baseUrl, logFile: app.logFile, pid: app.pid, stop };
}

/** A plain node process (the token API's ceiling server), stopped with the others at the end. */
export function startProcess(script: string, env: Record<string, string>): ChildProcess {
  const child = spawn(process.execPath, [script], { cwd: root, env: { ...process.env, ...env }, stdio: ["ignore", "inherit", "inherit"] });
  running.add(child);
  return child;
}

export function tail(file: string, lines = 40) {
  try {
    return fs.readFileSync(file, "utf8").split("\n").slice(-lines).join("\n");
  } catch {
    return "(no log)";
  }
}

export async function stopChild(child: ChildProcess) {
  running.delete(child);
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((r) => child.once("exit", r));
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
  await exited;
  clearTimeout(timer);
}

export async function stopAll() {
  await Promise.all([...[...consoles].map((c) => c.stop()), ...[...running].map(stopChild)]);
}
