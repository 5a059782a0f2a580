// A real console process (the production build via scripts/serve.mjs) the suite can kill and restart.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

export type ConsoleEnv = { DATABASE_URL: string; AUTH_SECRET: string; ENCRYPTION_KEY: string; APP_URL?: string };

export function consoleEnv(databaseUrl: string, extra: Partial<ConsoleEnv> = {}): ConsoleEnv {
  return { DATABASE_URL: databaseUrl, AUTH_SECRET: randomBytes(32).toString("base64"), ENCRYPTION_KEY: randomBytes(32).toString("base64"), ...extra };
}

export function migrate(env: ConsoleEnv) {
  const result = spawnSync(process.execPath, ["scripts/prisma-wasm.mjs", "deploy"], { env: { ...process.env, ...env }, encoding: "utf8" });
  if (result.status !== 0) throw new Error(`migrations failed:\n${result.stdout}\n${result.stderr}`);
}

export class ConsoleProcess {
  readonly baseUrl: string;
  readonly log: string;
  private child: ChildProcess | undefined;
  starts = 0;

  constructor(readonly port: number, readonly env: ConsoleEnv, name: string) {
    this.baseUrl = `http://127.0.0.1:${port}`;
    fs.mkdirSync(".data/reliability", { recursive: true });
    this.log = path.resolve(".data/reliability", `${name}.log`);
    fs.writeFileSync(this.log, "");
  }

  async start(): Promise<number> {
    const started = performance.now();
    const log = fs.openSync(this.log, "a");
    this.child = spawn(process.execPath, ["scripts/serve.mjs"], {
      // CALLBACK_RATE_LIMIT: these suites deliver dozens of real callbacks from 127.0.0.1 per process.
      env: { ...process.env, ...this.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", ZOHO_SANDBOX: "1", CALLBACK_RATE_LIMIT: "1000000", PORT: String(this.port), HOSTNAME: "127.0.0.1" },
      stdio: ["ignore", log, log],
    });
    fs.closeSync(log);
    this.starts++;
    for (let i = 0; i < 240; i++) {
      if (this.child.exitCode !== null || this.child.signalCode !== null) throw new Error(`the console exited:\n${this.logText()}`);
      if (await fetch(`${this.baseUrl}/api/health`).then((r) => r.ok, () => false)) return Math.round(performance.now() - started);
      await new Promise((r) => setTimeout(r, 250));
    }
    throw new Error(`the console did not become healthy:\n${this.logText()}`);
  }

  get running() {
    return !!this.child && this.child.exitCode === null && this.child.signalCode === null;
  }

  /** SIGKILL: no shutdown hooks, connections cut mid-request. */
  async kill(signal: NodeJS.Signals = "SIGKILL") {
    if (!this.running) return;
    const exited = new Promise((r) => this.child!.once("exit", r));
    this.child!.kill(signal);
    await exited;
  }

  stop() {
    return this.kill("SIGTERM");
  }

  logText() {
    return fs.readFileSync(this.log, "utf8");
  }
}
