// The one way a test suite starts a console: the production build (`next build`) served by
// scripts/serve.mjs on 127.0.0.1, with its own secrets and database. Used by the integration suite
// (its shared console and OwnConsole), the reliability suite and the benchmarks.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");

export type ConsoleEnv = Record<string, string> & { DATABASE_URL: string; AUTH_SECRET: string; ENCRYPTION_KEY: string };

/**
 * Fresh secrets, the sandbox on, production mode, plus `settings`. Nothing of the caller's own console
 * settings leaks in: a limit the runner happens to export (CALLBACK_RATE_LIMIT) is the production
 * default unless a test sets it here.
 */
export function consoleEnv(databaseUrl: string, settings: Record<string, string> = {}): ConsoleEnv {
  return {
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    DATABASE_URL: databaseUrl,
    AUTH_SECRET: randomBytes(32).toString("base64"),
    ENCRYPTION_KEY: randomBytes(32).toString("base64"),
    ZOHO_SANDBOX: "1",
    ...settings,
  };
}

const processEnv = (env: Record<string, string>) => {
  const inherited = { ...process.env };
  delete inherited.CALLBACK_RATE_LIMIT;
  return { ...inherited, ...env };
};

/** Brings the database to the latest migration; a PostgreSQL database is emptied first when `empty`. */
export async function migrateDatabase(env: ConsoleEnv, { empty = false } = {}) {
  if (empty && /^postgres(ql)?:/.test(env.DATABASE_URL)) {
    const { Client } = await import("pg");
    const client = new Client({ connectionString: env.DATABASE_URL });
    await client.connect();
    await client.query("DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;");
    await client.end();
  }
  const result = spawnSync(process.execPath, ["scripts/prisma-wasm.mjs", "deploy"], { cwd: root, env: processEnv(env), encoding: "utf8" });
  if (result.status !== 0) throw new Error(`migrations failed:\n${result.stdout}\n${result.stderr}`);
}

/** One console process on `port`, logging to `logFile`; start, kill (crash) and start again at will. */
export class ConsoleProcess {
  readonly baseUrl: string;
  private child: ChildProcess | undefined;
  starts = 0;

  constructor(
    readonly port: number,
    readonly env: ConsoleEnv,
    readonly logFile: string,
  ) {
    this.baseUrl = `http://127.0.0.1:${port}`;
    fs.mkdirSync(path.dirname(logFile), { recursive: true });
  }

  /** Resolves with the milliseconds it took to answer /api/health; throws with the log if it exits first. */
  async start(): Promise<number> {
    const started = performance.now();
    const log = fs.openSync(this.logFile, "a");
    this.child = spawn(process.execPath, ["scripts/serve.mjs"], {
      cwd: root,
      env: processEnv({ ...this.env, PORT: String(this.port), HOSTNAME: "127.0.0.1" }),
      stdio: ["ignore", log, log],
    });
    fs.closeSync(log);
    this.starts++;
    for (let i = 0; i < 240; i++) {
      if (!this.running) throw new Error(`the console exited:\n${this.logText()}`);
      const ok = await fetch(`${this.baseUrl}/api/health`, { signal: AbortSignal.timeout(5000) }).then(
        (r) => r.ok,
        () => false,
      );
      if (ok) return Math.round(performance.now() - started);
      await new Promise((r) => setTimeout(r, 250));
    }
    await this.kill();
    throw new Error(`the console did not become healthy in 60 s:\n${this.logText()}`);
  }

  /** The server's process id while it runs (the benchmarks read its CPU time). */
  get pid() {
    return this.child?.pid;
  }

  get running() {
    return !!this.child && this.child.exitCode === null && this.child.signalCode === null;
  }

  /** SIGKILL by default: no shutdown hooks, connections cut mid-request. */
  async kill(signal: NodeJS.Signals = "SIGKILL") {
    const child = this.child;
    if (!child || !this.running) return;
    const exited = new Promise((r) => child.once("exit", r));
    child.kill(signal);
    const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
    await exited;
    clearTimeout(timer);
  }

  stop() {
    return this.kill("SIGTERM");
  }

  logText(lines = Infinity) {
    try {
      return fs.readFileSync(this.logFile, "utf8").split("\n").slice(-lines).join("\n");
    } catch {
      return "(no log)";
    }
  }
}
