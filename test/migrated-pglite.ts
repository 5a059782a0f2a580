// A real embedded database for tests next to the code: PGlite in a temp folder with the project's
// migrations applied, and a Prisma client on it. `close` removes it all.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PrismaClient } from "../lib/generated/prisma/client";
import { openPglite } from "../lib/open-pglite";

export function openMigratedPglite(name: string) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `${name}-`));
  const url = `pglite:${path.join(dir, "db")}`;
  const migrate = spawnSync(process.execPath, ["scripts/prisma-wasm.mjs", "deploy"], {
    env: { ...process.env, DATABASE_URL: url },
    encoding: "utf8",
  });
  if (migrate.status !== 0) throw new Error(`migrations failed: ${migrate.stderr || migrate.stdout}`);
  const pglite = openPglite(url.slice("pglite:".length));
  const db = new PrismaClient({ adapter: new PrismaPGlite(pglite) });
  const close = async () => {
    await db.$disconnect();
    await pglite.close();
    fs.rmSync(dir, { recursive: true, force: true });
  };
  return { db, pglite, close };
}
