import "server-only";
import fs from "node:fs";
import path from "node:path";
import { db } from "@/lib/db";
import { isShuttingDown } from "@/lib/shutdown/on-shutdown";
import { checkHealth } from "./check-health";

export type ReadyCheck = "shutdown" | "database" | "migrations";
export type Readiness = { ready: true } | { ready: false; check: ReadyCheck; detail: string };

// Once every migration folder is applied it stays so for the life of the process (a new migration
// ships with a new build and a restart): after the first success only the database ping and the
// shutdown flag are checked.
const g = globalThis as unknown as { consoleMigrationsApplied?: boolean };

/** Whether this instance should get traffic: not shutting down, the database answers, every migration applied. */
export async function checkReady(): Promise<Readiness> {
  if (isShuttingDown()) return { ready: false, check: "shutdown", detail: "This instance is shutting down." };
  if ((await checkHealth()).status !== "ok") return { ready: false, check: "database", detail: "The database does not answer." };
  if (g.consoleMigrationsApplied) return { ready: true };
  let pending: string[];
  try {
    const rows = await db.$queryRaw<{ migration_name: string }[]>`
      SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`;
    const applied = new Set(rows.map((row) => row.migration_name));
    pending = migrationFolders().filter((name) => !applied.has(name));
  } catch {
    return { ready: false, check: "migrations", detail: "The migrations table cannot be read: run the migrations (npm start does)." };
  }
  if (pending.length)
    return { ready: false, check: "migrations", detail: `${pending.length} migration(s) not applied yet, first ${pending[0]}.` };
  g.consoleMigrationsApplied = true;
  return { ready: true };
}

/** The migrations this build ships (prisma/migrations/<timestamp>_<name>/), read from the working directory npm start runs in. */
function migrationFolders(): string[] {
  const dir = path.join(process.cwd(), "prisma", "migrations");
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && fs.existsSync(path.join(dir, entry.name, "migration.sql")))
    .map((entry) => entry.name);
}
