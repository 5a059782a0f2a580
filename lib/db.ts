import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { Pool } from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/config/env";
import { openPglite } from "@/lib/open-pglite";
import { claimDataDir, releaseDataDir } from "@/lib/backup/console-pid";
import { watchDbPool } from "@/lib/metrics/watch-db-pool";
import { onShutdown, SHUTDOWN_ORDER } from "@/lib/shutdown/on-shutdown";
import { withUnorderedCounts } from "@/lib/drop-count-order";

// Secret columns are omitted from every query unless a caller asks for them by name.
const omit = {
  user: { passwordHash: true },
  oAuthClient: { secretCipher: true, pendingSecretCipher: true },
  clientDcSecret: { secretCipher: true },
  authRequest: { pkceVerifierCipher: true },
  grant: { refreshCipher: true, accessCipher: true },
  deviceAuthorization: { deviceCodeCipher: true },
  webhookEndpoint: { secretCipher: true },
} as const;

function createClient() {
  const url = env().DATABASE_URL;
  // PGlite is single-process: only the server process opens .data/pglite (migrations run before it starts).
  if (!url.startsWith("pglite:")) {
    // Our own pool (the adapter would make the same one) so /metrics can read its wait.
    const pool = new Pool({ connectionString: url });
    watchDbPool(pool);
    const client = new PrismaClient({ adapter: withUnorderedCounts(new PrismaPg(pool)), omit });
    onShutdown("database", SHUTDOWN_ORDER.database, async () => {
      await client.$disconnect();
      await pool.end();
    });
    return client;
  }
  const dataDir = url.slice("pglite:".length);
  const pglite = openPglite(dataDir);
  claimDataDir(dataDir);
  const client = new PrismaClient({ adapter: withUnorderedCounts(new PrismaPGlite(pglite)), omit });
  // Closing PGlite checkpoints and leaves its files consistent; a process that just exits leaves them as after a crash.
  onShutdown("database", SHUTDOWN_ORDER.database, async () => {
    await client.$disconnect();
    await pglite.close();
    releaseDataDir(dataDir);
  });
  return client;
}

export type Db = ReturnType<typeof createClient>;
export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

const g = globalThis as unknown as { consoleDb?: Db };

// Opened on first use, never at import: `next build` must not touch the database.
export const db = new Proxy({} as Db, {
  get(_, prop) {
    const client = (g.consoleDb ??= createClient());
    const value = Reflect.get(client, prop);
    return typeof value === "function" ? value.bind(client) : value;
  },
});
