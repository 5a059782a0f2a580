// Everything the console's database holds, as text to search: PGlite's files on disk (its heap and
// write-ahead log: a committed row is in the WAL even before a checkpoint), or `pg_dump` of PostgreSQL.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

export function databaseText(databaseUrl: string): string {
  if (databaseUrl.startsWith("pglite:")) {
    const dir = path.resolve(databaseUrl.slice("pglite:".length));
    return fs
      .readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((f) => f.isFile())
      .map((f) => fs.readFileSync(path.join(f.parentPath, f.name)).toString("latin1"))
      .join("\n");
  }
  const bin = fs
    .readdirSync("/usr/lib/postgresql")
    .sort((a, b) => Number(b) - Number(a))
    .map((v) => `/usr/lib/postgresql/${v}/bin/pg_dump`)
    .find((p) => fs.existsSync(p));
  return execFileSync(bin ?? "pg_dump", ["--data-only", databaseUrl], { maxBuffer: 1024 * 1024 * 1024 }).toString("utf8");
}
