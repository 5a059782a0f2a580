// Starts the real console (the production build from `next build`) on a fresh database, seeds what
// the suite needs, and hands the tests its address. Tests talk to it over HTTP only.
//   - default: a fresh PGlite folder (seeded before the server opens it: PGlite is single-process)
//   - INTEGRATION_DATABASE_URL=postgresql://…: that PostgreSQL database, emptied first
import fs from "node:fs";
import path from "node:path";
import { SMTPServer } from "smtp-server";
import type { TestProject } from "vitest/node";
import { seedIntegration, type Seeded } from "./seed";
import { ConsoleProcess, consoleEnv, migrateDatabase } from "../console-process";
import { freePort } from "../free-port";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
    seeded: Seeded;
    serverLog: string;
    /** The console's environment, for a test that starts a second instance on the same database. */
    serverEnv: Record<string, string>;
    /** Where the suite's SMTP listener stores the mails the console sends, one file each. */
    mailDir: string;
    /** That SMTP listener, for a test's own console (OwnConsole) that mails too. */
    smtpUrl: string;
  }
}

let server: ConsoleProcess | undefined;
let smtp: SMTPServer | undefined;
let tempDir: string | undefined;

export async function setup(project: TestProject) {
  if (!fs.existsSync(".next/BUILD_ID")) throw new Error("No production build: run `npm run build` before the integration suite.");
  fs.mkdirSync(".data", { recursive: true });
  tempDir = fs.mkdtempSync(path.join(".data", "integration-"));
  const databaseUrl = process.env.INTEGRATION_DATABASE_URL ?? `pglite:./${tempDir}/db`;
  const port = await freePort();
  // A real SMTP listener on loopback: the console mails invites to it.
  const mailDir = path.resolve(tempDir, "mail");
  fs.mkdirSync(mailDir);
  const smtpPort = await freePort();
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData(stream, _session, done) {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", () => {
        fs.writeFileSync(path.join(mailDir, `${Date.now()}-${Math.random().toString(36).slice(2)}.eml`), Buffer.concat(chunks));
        done();
      });
    },
  });
  await new Promise<void>((resolve) => smtp!.listen(smtpPort, "127.0.0.1", resolve));
  const baseUrl = `http://127.0.0.1:${port}`;
  const env = consoleEnv(databaseUrl, {
    SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
    SMTP_FROM: "Console <console@integration.test>",
    // Requests from 127.0.0.2 stand for a load balancer's (test/integration/raw-fetch.ts): their
    // X-Forwarded-For is believed, so tests can speak for other client addresses. Nobody else's is.
    TRUSTED_PROXIES: "127.0.0.2",
    // The suite sends thousands of callbacks from 127.0.0.1 (the fuzz test alone up to 5,000); the
    // production limit is tested on a console of its own (callback-flood.test.ts).
    CALLBACK_RATE_LIMIT: "1000000",
    // Last use is written in batches (lib/token-cache/usage-flusher.ts); tests read it back within a second.
    USAGE_FLUSH_MS: "500",
  });
  await migrateDatabase(env, { empty: true });
  const seeded = await seedIntegration({ databaseUrl, encryptionKey: env.ENCRYPTION_KEY, baseUrl, poisonPort: await freePort() });

  const serverLog = path.resolve(tempDir, "server.log");
  server = new ConsoleProcess(port, env, serverLog);
  await server.start();
  project.provide("baseUrl", baseUrl);
  project.provide("seeded", seeded);
  project.provide("serverLog", serverLog);
  project.provide("mailDir", mailDir);
  project.provide("smtpUrl", `smtp://127.0.0.1:${smtpPort}`);
  project.provide("serverEnv", {
    DATABASE_URL: env.DATABASE_URL,
    AUTH_SECRET: env.AUTH_SECRET,
    ENCRYPTION_KEY: env.ENCRYPTION_KEY,
    ZOHO_SANDBOX: "1",
  });
}

export async function teardown() {
  await server?.stop();
  await new Promise<void>((resolve) => (smtp ? smtp.close(() => resolve()) : resolve()));
  if (tempDir && !process.env.KEEP_INTEGRATION_DATA) fs.rmSync(tempDir, { recursive: true, force: true });
}
