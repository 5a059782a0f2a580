// Shared by `npm run db:backup` and `npm run db:restore`: the arguments, the embedded database's folder,
// the passphrase, and failing with one clear sentence (never a stack trace).
import fs from "node:fs";
import { parseArgs } from "node:util";
import { runningConsolePid, pidFileOf } from "../lib/backup/console-pid";

export type BackupArgs = { file: string; force: boolean; passphrase?: string };

export function fail(message: string, exitCode = 1): never {
  console.error(message);
  process.exit(exitCode);
}

export function parseBackupArgs(argv: string[], usage: string): BackupArgs {
  let parsed: { values: { force?: boolean; help?: boolean; "passphrase-file"?: string }; positionals: string[] };
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { force: { type: "boolean" }, help: { type: "boolean", short: "h" }, "passphrase-file": { type: "string" } },
    });
  } catch (error) {
    // node:util's own sentence, e.g. "Unknown option '--verbose'…" or "Option '--passphrase-file <value>' argument missing".
    fail(`${(error as Error).message}\n${usage}`, 2);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(usage);
    process.exit(0);
  }
  if (positionals.length > 1) fail(`One backup file at a time (got ${positionals.join(", ")}).\n${usage}`, 2);
  const [file] = positionals;
  if (!file) fail(`Name the backup file.\n${usage}`, 2);
  let passphrase = process.env.BACKUP_PASSPHRASE || undefined;
  const passphraseFile = values["passphrase-file"];
  if (passphraseFile !== undefined) {
    try {
      passphrase = fs.readFileSync(passphraseFile, "utf8").replace(/\r?\n$/, "");
    } catch (error) {
      fail(`Cannot read the passphrase file ${passphraseFile} (${(error as NodeJS.ErrnoException).code ?? "unreadable"}).`, 2);
    }
    if (!passphrase) fail(`The passphrase file ${passphraseFile} is empty.`, 2);
  }
  return { file, force: values.force ?? false, passphrase };
}

/** The embedded database's folder, or a clear refusal on PostgreSQL (pg_dump / pg_restore are the tools there). */
export function embeddedDataDir(): string {
  const url = process.env.DATABASE_URL || "pglite:./.data/pglite";
  if (!url.startsWith("pglite:"))
    fail(
      "DATABASE_URL is a PostgreSQL server: back it up with pg_dump and restore with pg_restore (docs/operations.md, “Backups and restore”). db:backup and db:restore are for the embedded database.",
      2,
    );
  return url.slice("pglite:".length);
}

/** PGlite allows one process per folder: refuse while the console has it open. */
export function refuseWhileConsoleRuns(dataDir: string, what: string) {
  const pid = runningConsolePid(dataDir);
  if (pid)
    fail(
      [
        `The console (process ${pid}) has the embedded database ${dataDir} open: stop it first (Ctrl-C in the terminal running npm start, or stop its service).`,
        `The embedded database can be opened by one process at a time, so ${what} while it runs would read or write a database in use.`,
        `If no console runs, delete the stale ${pidFileOf(dataDir)} and try again.`,
      ].join("\n"),
    );
}
