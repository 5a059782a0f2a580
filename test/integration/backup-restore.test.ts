// `npm run db:backup` / `npm run db:restore` on the embedded database (a PGlite folder of the test's own,
// not the suite's console), and the pg_dump / pg_restore recipe of docs/operations.md when the suite
// runs on PostgreSQL (INTEGRATION_DATABASE_URL, the CI's second pass).
import { execFileSync, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { verifyChain } from "@/lib/audit/verify-chain";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { createKeyring, decrypt, encrypt } from "@/lib/crypto/envelope";
import { pidFileOf } from "@/lib/backup/console-pid";
import { migrateDatabase, consoleEnv } from "../console-process";
import { openDb } from "../../scripts/open-db";

type Db = Awaited<ReturnType<typeof openDb>>["db"];

const key = randomBytes(32).toString("base64");
const ring = createKeyring(key);
fs.mkdirSync(".data", { recursive: true });
const dir = fs.mkdtempSync(path.join(".data", "integration-backup-"));
const dataDir = path.join(dir, "db");
const passphraseFile = path.join(dir, "passphrase");
const plaintexts = new Map<string, string>();

function npm(script: "db:backup" | "db:restore", args: string[], env: Record<string, string> = {}) {
  const result = spawnSync("npm", ["run", "-s", script, "--", ...args], {
    encoding: "utf8",
    env: { ...process.env, DATABASE_URL: `pglite:${dataDir}`, ENCRYPTION_KEY: key, BACKUP_PASSPHRASE: "", ...env },
  });
  const output = result.stdout + result.stderr;
  // Never a stack trace, whatever went wrong.
  expect(output).not.toMatch(/\n\s+at .+:\d+:\d+\)?/);
  return { status: result.status, output };
}

/** Everything the round trip must keep: ids, ciphertexts and the audit chain's hashes. */
async function snapshot(db: Db) {
  return {
    clients: await db.oAuthClient.findMany({ select: { id: true, name: true, secretCipher: true }, orderBy: { id: "asc" } }),
    grants: await db.grant.findMany({ select: { id: true, refreshCipher: true, accessCipher: true }, orderBy: { id: "asc" } }),
    events: await db.auditEvent.findMany({ select: { id: true, seq: true, hash: true, prevHash: true }, orderBy: { id: "asc" } }),
  };
}

async function withDb<T>(run: (db: Db) => Promise<T>): Promise<T> {
  const { db, close } = await openDb(`pglite:${dataDir}`);
  try {
    return await run(db);
  } finally {
    await close();
  }
}

let before: Awaited<ReturnType<typeof snapshot>>;

beforeAll(async () => {
  await migrateDatabase(consoleEnv(`pglite:${dataDir}`));
  fs.writeFileSync(passphraseFile, "a long backup passphrase\n");
  before = await withDb(async (db) => {
    const user = await db.user.create({ data: { email: "backup@integration.test", name: "Backup", passwordHash: "-" } });
    for (const slug of ["backup-a", "backup-b"]) {
      const workspace = await db.workspace.create({
        data: { slug, name: slug, memberships: { create: { userId: user.id, role: "OWNER" } } },
      });
      for (let c = 0; c < 2; c++) {
        const secret = randomBytes(20).toString("hex");
        const client = await db.oAuthClient.create({
          data: {
            workspaceId: workspace.id,
            name: `${slug} app ${c}`,
            zohoClientId: `1000.${randomBytes(10).toString("hex").toUpperCase()}`,
            homeDc: "us",
            createdById: user.id,
            secretCipher: encrypt(secret, ring),
          },
        });
        plaintexts.set(client.secretCipher!, secret);
        for (let g = 0; g < 3; g++) {
          const refresh = `1000.${randomBytes(16).toString("hex")}.${randomBytes(16).toString("hex")}`;
          const access = `1000.${randomBytes(16).toString("hex")}`;
          await db.$transaction(async (tx) => {
            const grant = await tx.grant.create({
              data: {
                workspaceId: workspace.id,
                clientId: client.id,
                location: "us",
                accountsServer: "https://accounts.zoho.com",
                apiDomain: "https://www.zohoapis.com",
                scopes: ["ZohoCRM.modules.ALL"],
                refreshCipher: encrypt(refresh, ring),
                accessCipher: encrypt(access, ring),
                createdById: user.id,
              },
            });
            plaintexts.set(grant.refreshCipher!, refresh).set(grant.accessCipher!, access);
            // The real writer of the chain (lib/audit/record-audit-event.ts), in the change's transaction.
            await recordAuditEvent(tx as never, {
              workspaceId: workspace.id,
              actorId: user.id,
              action: "grant.created",
              targetType: "grant",
              targetId: grant.id,
            });
          });
        }
      }
    }
    return snapshot(db);
  });
  expect(before.grants).toHaveLength(12);
  expect(before.events).toHaveLength(12);
}, 120_000);

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("db:backup and db:restore (embedded database)", () => {
  const backup = () => path.join(dir, "console.backup");

  it("backup → wipe → restore keeps every client, grant and audit event; tokens decrypt; the chains verify", async () => {
    const made = npm("db:backup", [backup(), "--passphrase-file", passphraseFile]);
    expect(made.output).toContain("encrypted with the passphrase");
    expect(made.output).toMatch(/Reminder: .*ENCRYPTION_KEY/);
    expect(made.status).toBe(0);
    // Encrypted: none of the database's own bytes (a workspace slug) readable in the file.
    expect(fs.readFileSync(backup()).includes("backup-a")).toBe(false);

    fs.rmSync(dataDir, { recursive: true, force: true });
    const restored = npm("db:restore", [backup(), "--passphrase-file", passphraseFile]);
    expect(restored.output).toContain("Backup holds 2 workspace(s), 4 client(s), 12 grant(s), 12 audit event(s).");
    expect(restored.output).toContain("Audit chains verified (2 workspace(s)).");
    expect(restored.output).toContain("Secrets decrypt with this console's keys.");
    expect(restored.status).toBe(0);

    await withDb(async (db) => {
      const after = await snapshot(db);
      expect(after).toEqual(before);
      for (const cipher of [...after.clients.map((c) => c.secretCipher), ...after.grants.flatMap((g) => [g.refreshCipher, g.accessCipher])])
        expect(decrypt(cipher!, ring)).toBe(plaintexts.get(cipher!));
      for (const workspace of await db.workspace.findMany())
        expect(await verifyChain(db, workspace.id)).toEqual({ ok: true, events: 6, droppedThrough: 0 });
      // Writable after the restore, and the chain goes on from where it was.
      const workspace = await db.workspace.findFirstOrThrow({ where: { slug: "backup-a" } });
      await db.$transaction((tx) =>
        recordAuditEvent(tx as never, { workspaceId: workspace.id, actorId: null, action: "client.created", targetType: "client" }),
      );
      expect(await verifyChain(db, workspace.id)).toMatchObject({ ok: true, events: 7 });
    });
  });

  it("refuses to restore over a database that holds data unless --force, and then keeps the old folder", async () => {
    const refused = npm("db:restore", [backup(), "--passphrase-file", passphraseFile]);
    expect(refused.status).toBe(1);
    expect(refused.output).toMatch(/already holds a database \(\d+ workspace\(s\) and user\(s\)\): .* Add --force/);
    // Unchanged: the event written after the first restore is still there.
    expect(await withDb((db) => db.auditEvent.count())).toBe(13);

    // Under other keys, the restore says that this console cannot read the backup's secrets.
    const forced = npm("db:restore", [backup(), "--passphrase-file", passphraseFile, "--force"], {
      ENCRYPTION_KEY: randomBytes(32).toString("base64"),
    });
    expect(forced.output).toMatch(/do not decrypt the backup's secrets/);
    expect(forced.status).toBe(0);
    expect(await withDb((db) => db.auditEvent.count())).toBe(12);
    const kept = fs.readdirSync(dir).filter((name) => name.startsWith("db.before-restore-"));
    expect(kept).toHaveLength(1);
  });

  it("a wrong or missing passphrase is a clear error", () => {
    const wrong = npm("db:restore", [backup(), "--force"], { BACKUP_PASSPHRASE: "not the passphrase" });
    expect(wrong.output).toContain("Wrong passphrase, or the backup file is damaged");
    expect(wrong.status).toBe(1);
    const missing = npm("db:restore", [backup(), "--force"]);
    expect(missing.output).toContain("This backup is encrypted: give its passphrase");
    expect(missing.status).toBe(1);
  });

  it.each([
    ["db:backup", [], /Name the backup file/],
    ["db:backup", ["a", "b"], /One backup file at a time/],
    ["db:backup", ["x", "--passphrase-file"], /Option '--passphrase-file <value>' argument missing/],
    ["db:backup", ["x", "--passphrase-file", "/nonexistent/pp"], /Cannot read the passphrase file/],
    ["db:restore", ["x", "--verbose"], /Unknown option '--verbose'/],
    ["db:restore", ["/nonexistent/backup"], /Cannot read \/nonexistent\/backup \(ENOENT\)/],
    ["db:restore", ["package.json"], /not a console backup/],
  ] as const)("%s %j: a clear message and a failing exit code", (script, args, message) => {
    const run = npm(script, [...args]);
    expect(run.output).toMatch(message);
    expect(run.status).not.toBe(0);
  });

  it("refuses on PostgreSQL and while a console has the folder open", () => {
    const pg = npm("db:backup", [path.join(dir, "x")], { DATABASE_URL: "postgresql://console@127.0.0.1:1/console" });
    expect(pg.output).toMatch(/pg_dump/);
    expect(pg.status).toBe(2);
    // The console writes its pid beside the folder while it has it open (lib/db.ts); this test process is alive.
    fs.writeFileSync(pidFileOf(dataDir), `${process.pid}\n`);
    try {
      for (const run of [npm("db:backup", [path.join(dir, "y")]), npm("db:restore", [backup(), "--force"])]) {
        expect(run.output).toContain(`The console (process ${process.pid}) has the embedded database`);
        expect(run.status).toBe(1);
      }
    } finally {
      fs.rmSync(pidFileOf(dataDir));
    }
    expect(fs.existsSync(path.join(dir, "y"))).toBe(false);
  });
});

// The recipe of docs/operations.md, “PostgreSQL”: pg_dump -Fc, then pg_restore into a new database.
const serverUrl = inject("serverEnv").DATABASE_URL;
describe.runIf(/^postgres(ql)?:/.test(serverUrl))("pg_dump / pg_restore (PostgreSQL)", () => {
  const target = new URL(serverUrl);
  target.pathname = `/console_restore_${process.pid}`;
  const admin = new URL(serverUrl);
  admin.pathname = "/postgres";
  const psql = (url: URL, sql: string) =>
    execFileSync("psql", ["-v", "ON_ERROR_STOP=1", "-qtA", url.href, "-c", sql], { encoding: "utf8" });

  afterAll(() => psql(admin, `DROP DATABASE IF EXISTS ${target.pathname.slice(1)} WITH (FORCE)`));

  it("a restored copy holds the same rows and every audit chain verifies", async () => {
    // A few chained events of the suite's workspace first, so there is a chain to verify whichever tests ran before.
    const source = await openDb(serverUrl);
    let before: Awaited<ReturnType<typeof snapshot>>;
    try {
      const workspace = await source.db.workspace.findFirstOrThrow({ where: { slug: inject("seeded").slug } });
      for (let i = 0; i < 3; i++)
        await source.db.$transaction((tx) =>
          recordAuditEvent(tx as never, { workspaceId: workspace.id, actorId: null, action: "client.created", targetType: "client" }),
        );
      before = await snapshot(source.db);
    } finally {
      await source.close();
    }
    const dump = path.join(dir, "console.dump");
    execFileSync("pg_dump", ["--format=custom", "--no-owner", `--file=${dump}`, serverUrl]);
    psql(admin, `CREATE DATABASE ${target.pathname.slice(1)}`);
    execFileSync("pg_restore", ["--no-owner", "--exit-on-error", `--dbname=${target.href}`, dump]);

    const { db, close } = await openDb(target.href);
    try {
      // The live console may write between the snapshot and the dump: the copy holds at least everything seen before.
      const after = await snapshot(db);
      // Compared as sets of serialised rows: arrayContaining deep-compares every pair, O(n²) over 10,000+ grants.
      for (const key of ["clients", "grants", "events"] as const) {
        const copied = new Set((after[key] as unknown[]).map((row) => JSON.stringify(row)));
        expect((before[key] as unknown[]).map((row) => JSON.stringify(row)).filter((row) => !copied.has(row))).toEqual([]);
      }
      expect(after.events.length).toBeGreaterThanOrEqual(3);
      for (const workspace of await db.workspace.findMany({ select: { id: true } }))
        expect(await verifyChain(db, workspace.id)).toMatchObject({ ok: true });
      const ring = createKeyring(inject("serverEnv").ENCRYPTION_KEY);
      for (const client of after.clients.filter((c) => c.secretCipher)) expect(decrypt(client.secretCipher!, ring)).toMatch(/\S/);
    } finally {
      await close();
    }
  }, 60_000); // pg_dump and pg_restore of the whole integration database (10,000+ grants)
});
