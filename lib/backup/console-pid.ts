import fs from "node:fs";
import path from "node:path";

// PGlite has no lock on its folder and only one process may open it. The console writes its pid next
// to the folder (`.data/pglite.pid`) while it has it open, so `npm run db:backup` / `db:restore` can
// refuse with a clear message instead of reading a database that is being written. A pid file left by
// a crash names a dead process and is ignored.
export const pidFileOf = (dataDir: string) => path.join(path.dirname(path.resolve(dataDir)), `${path.basename(path.resolve(dataDir))}.pid`);

export function claimDataDir(dataDir: string): void {
  try {
    fs.mkdirSync(path.dirname(pidFileOf(dataDir)), { recursive: true });
    fs.writeFileSync(pidFileOf(dataDir), `${process.pid}\n`);
  } catch {
    // A read-only folder: the database will say so on its own.
  }
}

export function releaseDataDir(dataDir: string): void {
  if (runningConsolePid(dataDir) === process.pid) fs.rmSync(pidFileOf(dataDir), { force: true });
}

/** The pid of a live process that has the folder open, or null. */
export function runningConsolePid(dataDir: string): number | null {
  let pid: number;
  try {
    pid = Number(fs.readFileSync(pidFileOf(dataDir), "utf8").trim());
  } catch {
    return null;
  }
  if (!Number.isInteger(pid) || pid <= 0) return null;
  try {
    process.kill(pid, 0);
    return pid;
  } catch (error) {
    // EPERM: alive, owned by someone else.
    return (error as NodeJS.ErrnoException).code === "EPERM" ? pid : null;
  }
}
