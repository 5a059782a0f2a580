// A console process of a test's own — the production build on a fresh embedded database, seeded like
// the suite's — for tests that must not share the suite's console: a rate limit used up from
// 127.0.0.1 would refuse every later test's callbacks. Stop it to read its database from the test
// (PGlite allows one process), start it again to look at the result over HTTP.
import fs from "node:fs";
import path from "node:path";
import { seedIntegration, type Seeded } from "./seed";
import { ConsoleProcess, consoleEnv, migrateDatabase } from "../console-process";
import { freePort } from "../free-port";

export class OwnConsole {
  private constructor(
    private readonly app: ConsoleProcess,
    readonly databaseUrl: string,
    readonly seeded: Seeded,
    private readonly dir: string,
  ) {}

  /** Migrated and seeded, not started. `settings` are added to the console's environment. */
  static async create(name: string, settings: Record<string, string> = {}): Promise<OwnConsole> {
    fs.mkdirSync(".data", { recursive: true });
    const dir = fs.mkdtempSync(path.join(".data", `integration-${name}-`));
    const databaseUrl = `pglite:./${dir}/db`;
    const env = consoleEnv(databaseUrl, settings);
    await migrateDatabase(env);
    const app = new ConsoleProcess(await freePort(), env, path.join(dir, "server.log"));
    const seeded = await seedIntegration({
      databaseUrl,
      encryptionKey: env.ENCRYPTION_KEY,
      baseUrl: app.baseUrl,
      poisonPort: await freePort(),
    });
    return new OwnConsole(app, databaseUrl, seeded, dir);
  }

  get baseUrl() {
    return this.app.baseUrl;
  }

  get logFile() {
    return this.app.logFile;
  }

  async start() {
    await this.app.start();
  }

  stop() {
    return this.app.stop();
  }

  async remove() {
    await this.stop();
    if (!process.env.KEEP_INTEGRATION_DATA) fs.rmSync(this.dir, { recursive: true, force: true });
  }
}
