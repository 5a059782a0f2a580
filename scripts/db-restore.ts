// `npm run db:restore -- <file> [--passphrase-file F] [--force]`: puts a db:backup file back as the
// embedded database. Refuses to replace a database that holds data unless --force (the old folder is
// then kept beside it, renamed, never deleted). The dump is unpacked into a new folder first and checked
// there — every workspace's audit chain verified, one secret decrypted with this console's keys — and
// only then moved into place. The console must be stopped (PGlite is single-process).
import fs from "node:fs";
import path from "node:path";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { BackupFileError, openBackup } from "../lib/backup/backup-file";
import { verifyChain } from "../lib/audit/verify-chain";
import { createKeyring, decrypt } from "../lib/crypto/envelope";
import { PrismaClient } from "../lib/generated/prisma/client";
import { openPglite, openPgliteFromDump } from "../lib/open-pglite";
import { embeddedDataDir, fail, parseBackupArgs, refuseWhileConsoleRuns } from "./backup-args";

const USAGE = [
  "usage: npm run db:restore -- <file> [--passphrase-file <file>] [--force]",
  "  <file>                    a file written by npm run db:backup",
  "  --passphrase-file <file>  its passphrase, if it was encrypted (or set BACKUP_PASSPHRASE)",
  "  --force                   replace a database that holds data (the old folder is kept, renamed)",
  "Stop the console first. See docs/operations.md, “Backups and restore”.",
].join("\n");

const message = (error: unknown) => (error instanceof Error ? error.message.split("\n")[0] : "unknown error");

const args = parseBackupArgs(process.argv.slice(2), USAGE);
const dataDir = path.resolve(embeddedDataDir());
refuseWhileConsoleRuns(dataDir, "a restore");

let file: Buffer;
try {
  file = fs.readFileSync(args.file);
} catch (error) {
  fail(`Cannot read ${args.file} (${(error as NodeJS.ErrnoException).code ?? "unreadable"}).`, 2);
}
let dump: Buffer;
try {
  dump = await openBackup(file, args.passphrase);
} catch (error) {
  if (error instanceof BackupFileError) fail(error.message);
  throw error;
}

const existing = fs.existsSync(dataDir) && fs.readdirSync(dataDir).length > 0;
if (existing && !args.force) {
  const rows = await countRows(dataDir).catch(() => null);
  if (rows === null || rows > 0)
    fail(
      `${dataDir} already holds a database${rows ? ` (${rows} workspace(s) and user(s))` : ""}: restoring would replace it. Add --force to restore anyway (the current folder is kept, renamed, beside it).`,
    );
}

// Unpacked and checked in a folder of its own; the current database is untouched until everything holds.
const staging = `${dataDir}.restoring-${process.pid}`;
fs.rmSync(staging, { recursive: true, force: true });
fs.mkdirSync(path.dirname(dataDir), { recursive: true });
let problems: string[];
try {
  problems = await unpackAndCheck(staging, dump);
} catch (error) {
  fs.rmSync(staging, { recursive: true, force: true });
  fail(`The backup could not be restored: ${message(error)}`);
}
if (problems.length) {
  fail([...problems, `The restored copy is left in ${staging} for inspection; ${dataDir} was not changed.`].join("\n"));
}

let keptAs: string | undefined;
if (fs.existsSync(dataDir)) {
  keptAs = `${dataDir}.before-restore-${new Date().toISOString().replace(/[:.]/g, "-")}`;
  fs.renameSync(dataDir, keptAs);
}
fs.renameSync(staging, dataDir);
console.log(`Restored ${args.file} into ${dataDir}.${keptAs ? ` The database it replaced is kept in ${keptAs}.` : ""}`);
console.log("Start the console (npm start): it applies any migration newer than the backup.");
process.exit(0);

async function countRows(dir: string): Promise<number> {
  const pglite = openPglite(dir);
  try {
    const { rows } = await pglite.query<{ n: number }>(`SELECT (SELECT count(*) FROM "Workspace") + (SELECT count(*) FROM "User") AS n`);
    return Number(rows[0].n);
  } finally {
    await pglite.close();
  }
}

/** Unpacks the dump into `dir` and returns what does not hold (empty: all good). */
async function unpackAndCheck(dir: string, dump: Buffer): Promise<string[]> {
  const pglite = await openPgliteFromDump(dir, new Blob([new Uint8Array(dump)]));
  const db = new PrismaClient({ adapter: new PrismaPGlite(pglite) });
  const problems: string[] = [];
  try {
    const [workspaces, clients, grants, events] = await Promise.all([
      db.workspace.findMany({ select: { id: true, slug: true }, orderBy: { slug: "asc" } }),
      db.oAuthClient.count(),
      db.grant.count(),
      db.auditEvent.count(),
    ]);
    console.log(`Backup holds ${workspaces.length} workspace(s), ${clients} client(s), ${grants} grant(s), ${events} audit event(s).`);
    for (const w of workspaces) {
      const report = await verifyChain(db, w.id);
      if (!report.ok) problems.push(`The audit chain of ${w.slug} is broken at event #${report.broken.seq}: ${report.broken.why}.`);
    }
    if (!problems.length) console.log(`Audit chains verified (${workspaces.length} workspace(s)).`);
    const keys = checkKeys(
      await db.grant.findFirst({ where: { refreshCipher: { not: null } }, select: { refreshCipher: true } }),
      await db.oAuthClient.findFirst({ select: { secretCipher: true } }),
    );
    if (keys) console.warn(keys);
  } finally {
    await db.$disconnect();
    await pglite.close();
  }
  return problems;
}

/** A warning when this console's keys do not open the backup's secrets (they were made under other keys). */
function checkKeys(grant: { refreshCipher: string | null } | null, client: { secretCipher: string | null } | null): string | null {
  const sample = grant?.refreshCipher ?? client?.secretCipher;
  if (!sample) return null;
  let current = process.env.ENCRYPTION_KEY;
  let previous = (process.env.ENCRYPTION_KEYS_PREVIOUS ?? "").split(",").filter(Boolean);
  if (!current && fs.existsSync(".data/secrets.json")) {
    const secrets = JSON.parse(fs.readFileSync(".data/secrets.json", "utf8")) as {
      ENCRYPTION_KEY?: string;
      ENCRYPTION_KEYS_PREVIOUS?: string[];
    };
    current = secrets.ENCRYPTION_KEY;
    previous = secrets.ENCRYPTION_KEYS_PREVIOUS ?? [];
  }
  if (!current)
    return "Warning: no ENCRYPTION_KEY and no .data/secrets.json here: put back the one that goes with this backup before starting the console.";
  try {
    decrypt(sample, createKeyring(current, previous));
    console.log("Secrets decrypt with this console's keys.");
    return null;
  } catch {
    return "Warning: this console's keys (ENCRYPTION_KEY or .data/secrets.json) do not decrypt the backup's secrets: put back the secrets.json (or key) that was in use when the backup was made before starting the console.";
  }
}
