// `npm run db:backup -- <file> [--passphrase-file F] [--force]`: a consistent snapshot of the embedded
// database (PGlite's own dump of its data folder, dumpDataDir), optionally encrypted with a passphrase
// (BACKUP_PASSPHRASE or --passphrase-file). The console must be stopped (PGlite is single-process).
// PostgreSQL: use pg_dump (docs/operations.md).
import fs from "node:fs";
import path from "node:path";
import { sealBackup } from "../lib/backup/backup-file";
import { openPglite } from "../lib/open-pglite";
import { embeddedDataDir, fail, parseBackupArgs, refuseWhileConsoleRuns } from "./backup-args";

const USAGE = [
  "usage: npm run db:backup -- <file> [--passphrase-file <file>] [--force]",
  "  <file>                    where to write the backup (refused if it exists, unless --force)",
  "  --passphrase-file <file>  encrypt with the passphrase in this file (or set BACKUP_PASSPHRASE)",
  "Stop the console first. See docs/operations.md, “Backups and restore”.",
].join("\n");

const args = parseBackupArgs(process.argv.slice(2), USAGE);
const dataDir = embeddedDataDir();
if (!fs.existsSync(path.join(dataDir, "PG_VERSION"))) fail(`There is no embedded database in ${dataDir} to back up.`);
if (fs.existsSync(args.file) && !args.force) fail(`${args.file} exists already: choose another name, or add --force to replace it.`, 2);
refuseWhileConsoleRuns(dataDir, "a backup");

const pglite = openPglite(dataDir);
let dump: Buffer;
try {
  const counts = await pglite.query<{ workspaces: number; grants: number; events: number }>(
    `SELECT (SELECT count(*)::int FROM "Workspace") AS workspaces, (SELECT count(*)::int FROM "Grant") AS grants, (SELECT count(*)::int FROM "AuditEvent") AS events`,
  );
  dump = Buffer.from(await (await pglite.dumpDataDir("gzip")).arrayBuffer());
  const { workspaces, grants, events } = counts.rows[0];
  console.log(`Database ${dataDir}: ${workspaces} workspace(s), ${grants} grant(s), ${events} audit event(s).`);
} catch (error) {
  await pglite.close().catch(() => undefined);
  fail(`The backup failed: ${error instanceof Error ? error.message.split("\n")[0] : "unknown error"}`);
}
await pglite.close();

const out = args.passphrase ? await sealBackup(dump, args.passphrase) : dump;
// Written beside the target, then renamed: a half-written file never carries the backup's name.
const partial = `${args.file}.partial-${process.pid}`;
try {
  fs.writeFileSync(partial, out, { mode: 0o600 });
  fs.renameSync(partial, args.file);
} catch (error) {
  fs.rmSync(partial, { force: true });
  fail(`Cannot write ${args.file} (${(error as NodeJS.ErrnoException).code ?? "write failed"}).`);
}
console.log(
  `Wrote ${args.file} (${(out.length / 1024 / 1024).toFixed(1)} MiB${args.passphrase ? ", encrypted with the passphrase" : ", not encrypted"}).`,
);
const keys = process.env.ENCRYPTION_KEY
  ? "the ENCRYPTION_KEY (and ENCRYPTION_KEYS_PREVIOUS) this console is configured with"
  : ".data/secrets.json";
console.log(
  `Reminder: the client secrets and tokens in this backup are encrypted; reading them needs ${keys}. Keep a copy of it with your backups, stored apart from them${args.passphrase ? "" : ", and store this unencrypted file where only operators can read it"}.`,
);
process.exit(0);
