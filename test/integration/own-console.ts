// A console process of a test's own — the production build on a fresh embedded database, seeded like
// the suite's — for tests that must not share the suite's console: a rate limit used up from
// 127.0.0.1 would refuse every later test's callbacks. Stop it to read its database from the test
// (PGlite allows one process), start it again to look at the result over HTTP.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { seedIntegration, type Seeded } from "./seed";
import { freePort } from "../free-port";

export class OwnConsole {
  private child: ChildProcess | undefined;

  private constructor(
    readonly baseUrl: string,
    readonly databaseUrl: string,
    readonly seeded: Seeded,
    private readonly dir: string,
    private readonly env: NodeJS.ProcessEnv,
  ) {}

  /** Migrated and seeded, not started. `settings` are added to the console's environment. */
  static async create(name: string, settings: Record<string, string> = {}): Promise<OwnConsole> {
    fs.mkdirSync(".data", { recursive: true });
    const dir = fs.mkdtempSync(path.join(".data", `integration-${name}-`));
    const databaseUrl = `pglite:./${dir}/db`;
    const port = await freePort();
    const baseUrl = `http://127.0.0.1:${port}`;
    const env: NodeJS.ProcessEnv = {
      ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", DATABASE_URL: databaseUrl,
      AUTH_SECRET: randomBytes(32).toString("base64"), ENCRYPTION_KEY: randomBytes(32).toString("base64"), ZOHO_SANDBOX: "1",
      PORT: String(port), HOSTNAME: "127.0.0.1", ...settings,
    };
    // The production defaults unless asked: nothing of the suite's own settings.
    if (!("CALLBACK_RATE_LIMIT" in settings)) delete env.CALLBACK_RATE_LIMIT;
    const migrate = spawnSync(process.execPath, ["scripts/prisma-wasm.mjs", "deploy"], { env, encoding: "utf8" });
    if (migrate.status !== 0) throw new Error(`migrations failed:\n${migrate.stdout}\n${migrate.stderr}`);
    const seeded = await seedIntegration({ databaseUrl, encryptionKey: env.ENCRYPTION_KEY!, baseUrl, poisonPort: await freePort() });
    return new OwnConsole(baseUrl, databaseUrl, seeded, dir, env);
  }

  get logFile() {
    return path.join(this.dir, "server.log");
  }

  async start() {
    const log = fs.openSync(this.logFile, "a");
    this.child = spawn(process.execPath, ["scripts/serve.mjs"], { env: this.env, stdio: ["ignore", log, log] });
    fs.closeSync(log);
    for (let i = 0; i < 240; i++) {
      if (this.child.exitCode !== null) throw new Error(`the console exited:\n${fs.readFileSync(this.logFile, "utf8")}`);
      if (await fetch(`${this.baseUrl}/api/health`).then((r) => r.ok, () => false)) return;
      await new Promise((r) => setTimeout(r, 250));
    }
    throw new Error(`the console did not become healthy:\n${fs.readFileSync(this.logFile, "utf8")}`);
  }

  async stop() {
    const child = this.child;
    this.child = undefined;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((r) => child.once("exit", r));
    child.kill("SIGTERM");
    await exited;
  }

  async remove() {
    await this.stop();
    if (!process.env.KEEP_INTEGRATION_DATA) fs.rmSync(this.dir, { recursive: true, force: true });
  }
}
