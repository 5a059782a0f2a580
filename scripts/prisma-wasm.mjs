// Prisma's schema engine compiled to WASM, driven through a driver adapter: migrations without the
// native schema-engine binary (which cannot be downloaded here). Writes ordinary prisma/migrations folders
// and the same _prisma_migrations table as `prisma migrate deploy`. The engine is the @prisma/schema-engine-wasm package.
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
const require = createRequire(import.meta.url);
const { bindMigrationAwareSqlAdapterFactory } = require("@prisma/driver-adapter-utils");

async function loadEngine() {
  const bgJs = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
  const dir = path.dirname(bgJs);
  const glue = await import(bgJs);
  const mod = new WebAssembly.Module(fs.readFileSync(path.join(dir, "schema_engine_bg.wasm")));
  const inst = new WebAssembly.Instance(mod, { "./schema_engine_bg.js": glue });
  glue.__wbg_set_wasm(inst.exports);
  inst.exports.__wbindgen_start();
  return glue.SchemaEngine;
}

const cleanups = [];
async function makeFactory(provider, url) {
  if (provider === "postgresql" && url.startsWith("pglite:")) {
    // embedded Postgres (PGlite) data dir
    const { PGlite } = await import("@electric-sql/pglite");
    const { PrismaPGlite } = await import("pglite-prisma-adapter");
    // The same extensions as lib/open-pglite.ts, in the database and in the shadow database that
    // `dev` replays the migrations into (the adapter's own shadow loads none).
    const { pg_trgm } = await import("@electric-sql/pglite/contrib/pg_trgm");
    const extensions = { pg_trgm };
    const db = new PGlite(url.slice("pglite:".length), { extensions });
    cleanups.push(() => db.close());
    const factory = new PrismaPGlite(db);
    factory.connectToShadowDb = () => new PrismaPGlite(new PGlite({ dataDir: "memory://shadow", extensions })).connect();
    return factory;
  }
  if (provider === "postgresql") {
    const { PrismaPg } = require("@prisma/adapter-pg");
    // Discrete fields, not connectionString: the adapter's connectToShadowDb() does new Pool({...config, database})
    // and a connectionString would override `database`, so the "shadow" DB would be the real one.
    const u = new URL(url);
    const cfg = {
      host: u.hostname,
      port: Number(u.port || 5432),
      user: decodeURIComponent(u.username),
      password: decodeURIComponent(u.password),
      database: u.pathname.slice(1) || "postgres",
    };
    const f = new PrismaPg(cfg);
    // The adapter splits a migration script on every ";", which cuts a function body ($$ … ; … $$) in
    // two: send the script whole instead (PostgreSQL's simple query protocol runs several statements).
    const connect = f.connect.bind(f);
    f.connect = async () => {
      const a = await connect();
      a.executeScript = async (script) => {
        try {
          await a.client.query(script);
        } catch (error) {
          a.onError(error);
        }
      };
      return a;
    };
    // Own shadow DB: the adapter's version drops the DB before closing its pool ("is being accessed by other users").
    f.connectToShadowDb = async () => {
      const main = await f.connect();
      const db = "prisma_shadow_" + globalThis.crypto.randomUUID().replace(/-/g, "");
      await main.executeScript(`CREATE DATABASE "${db}"`);
      const a = await new PrismaPg({ ...cfg, database: db }).connect();
      const dispose = a.dispose.bind(a);
      a.dispose = async () => {
        await dispose();
        await main.executeScript(`DROP DATABASE IF EXISTS "${db}" WITH (FORCE)`);
        await main.dispose();
      };
      return a;
    };
    return f;
  }
  throw new Error("unsupported DATABASE_URL: use postgresql://… or pglite:<folder>");
}

const args = process.argv.slice(2);
const cmd = args[0];
const opt = (n, d) => {
  const i = args.indexOf("--" + n);
  return i >= 0 ? args[i + 1] : d;
};
const schemaPath = opt("schema", "prisma/schema.prisma");
const migDir = path.resolve(opt("migrations", "prisma/migrations"));
const schemaText = fs.readFileSync(schemaPath, "utf8");
const provider = "postgresql";
// Same default as lib/db.ts
const url = opt("url", process.env.DATABASE_URL) || "pglite:./.data/pglite";
if (url.startsWith("pglite:")) fs.mkdirSync(path.dirname(url.slice(7)), { recursive: true });
const files = [{ path: schemaPath, content: schemaText }];
const filters = { externalTables: [], externalEnums: [] };

function migrationsList() {
  const dirs = fs.existsSync(migDir)
    ? fs
        .readdirSync(migDir, { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .map((d) => d.name)
        .sort()
    : [];
  const lockPath = path.join(migDir, "migration_lock.toml");
  return {
    baseDir: migDir,
    lockfile: { path: "migration_lock.toml", content: fs.existsSync(lockPath) ? fs.readFileSync(lockPath, "utf8") : null },
    shadowDbInitScript: "",
    migrationDirectories: dirs.map((d) => {
      const p = path.join(migDir, d, "migration.sql");
      return {
        path: d,
        migrationFile: {
          path: "migration.sql",
          content: fs.existsSync(p) ? { tag: "ok", value: fs.readFileSync(p, "utf8") } : { tag: "error", value: "missing" },
        },
      };
    }),
  };
}

// Several console instances starting at once on one PostgreSQL database (a rolling deploy, a scaled-up
// service) each run `deploy`. The engine's own advisory lock gives up after 10 s, and applying every
// migration to an empty database can take longer: one session-level lock of our own, held on a
// connection of its own for the whole deploy, makes the others wait, then find nothing left to apply.
// The key is not Prisma's (72707369), which the engine takes inside. PGlite is one process: no lock.
const MIGRATION_LOCK_KEY = 720_161_919; // "zoho-oauth-console migrations", any constant shared by all instances
async function migrationLock() {
  if (!/^postgres(ql)?:/.test(url)) return async () => undefined;
  const { Client } = require("pg");
  const client = new Client({ connectionString: url, application_name: "console-migrations" });
  await client.connect();
  const started = Date.now();
  // Said as soon as the lock is found taken (not after a delay: a fast deploy elsewhere would hide the wait).
  const { rows } = await client.query("SELECT pg_try_advisory_lock($1) AS got", [MIGRATION_LOCK_KEY]);
  if (!rows[0].got) {
    console.log("waiting for another instance to finish applying the migrations…");
    await client.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK_KEY]);
    console.log(`migration lock taken after ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
  return async () => {
    await client.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK_KEY]).catch(() => undefined);
    await client.end().catch(() => undefined);
  };
}

const SchemaEngine = await loadEngine();
// @prisma/adapter-pg 7.x has no mapping for the internal Postgres type "char" (OID 18), which the engine's
// catalog queries return ("Column type 'char' could not be deserialized"): report such columns as text (OID 25).
function patchPgQueryable(q) {
  if (typeof q.performIO !== "function") return q;
  const io = q.performIO.bind(q);
  q.performIO = async (query) => {
    const r = await io(query);
    for (const f of r?.fields ?? []) if (f.dataTypeID === 18) f.dataTypeID = 25;
    return r;
  };
  const st = q.startTransaction?.bind(q);
  if (st) q.startTransaction = async (...a) => patchPgQueryable(await st(...a));
  return q;
}
function patchShadow(f) {
  const conn = f.connect.bind(f),
    shadow = f.connectToShadowDb.bind(f);
  f.connect = async () => patchPgQueryable(await conn());
  f.connectToShadowDb = async () => patchPgQueryable(await shadow());
  return f;
}
const rawFactory = patchShadow(await makeFactory(provider, url));
const factory = bindMigrationAwareSqlAdapterFactory(rawFactory);
async function reset() {
  await engine.reset({ filter: filters });
}
const engine = await SchemaEngine.new({ datamodels: [[schemaPath, schemaText]] }, (m) => process.env.DEBUG_SE && console.error(m), factory);
try {
  if (cmd === "diff") {
    // SQL from empty (or from migrations dir) to schema
    const from = opt("from", "empty") === "migrations" ? { tag: "migrations", ...migrationsList() } : { tag: "empty" };
    const r = await engine.diff({ from, to: { tag: "schemaDatamodel", files }, script: true, exitCode: null, filters });
    process.stdout.write(r.stdout ?? "");
  } else if (cmd === "push") {
    const r = await engine.schemaPush({ schema: { files }, force: args.includes("--force"), filters });
    console.log(JSON.stringify(r));
  } else if (cmd === "dev") {
    // like `migrate dev --name X` (devDiagnostic fills the cache that createMigration needs)
    const name = opt("name", "migration");
    if (args.includes("--force-reset")) await reset(); // like `migrate reset` (drops everything) before dev
    // applyMigrations first: it creates _prisma_migrations (devDiagnostic fails with P1014 on a fresh DB otherwise)
    const applied0 = await engine.applyMigrations({ migrationsList: migrationsList(), filters });
    if (applied0.appliedMigrationNames.length) console.log("applied pending:", applied0.appliedMigrationNames);
    const diag = await engine.devDiagnostic({ migrationsList: migrationsList(), filters });
    if (diag.action.tag === "reset") throw new Error("reset needed (rerun with --force-reset to drop all data): " + diag.action.reason);
    const r = await engine.createMigration({
      draft: false,
      migrationName: name,
      migrationsList: migrationsList(),
      schema: { files },
      filters,
    });
    if (r.migrationScript == null) {
      console.log("no changes");
    } else {
      fs.mkdirSync(path.join(migDir, r.generatedMigrationName), { recursive: true });
      fs.writeFileSync(path.join(migDir, r.generatedMigrationName, "migration.sql"), r.migrationScript);
      fs.writeFileSync(path.join(migDir, "migration_lock.toml"), `provider = "${r.connectorType}"\n`);
      console.log("created", r.generatedMigrationName);
      const a = await engine.applyMigrations({ migrationsList: migrationsList(), filters });
      console.log("applied:", a.appliedMigrationNames);
    }
  } else if (cmd === "deploy") {
    const unlock = await migrationLock();
    try {
      const r = await engine.applyMigrations({ migrationsList: migrationsList(), filters });
      console.log("applied:", r.appliedMigrationNames);
    } finally {
      await unlock();
    }
  } else if (cmd === "status") {
    const r = await engine.diagnoseMigrationHistory({ migrationsList: migrationsList(), optInToShadowDatabase: false, filters });
    console.log(JSON.stringify(r, null, 2));
  } else if (cmd === "dev-diagnostic") {
    const r = await engine.devDiagnostic({ migrationsList: migrationsList(), filters });
    console.log(JSON.stringify(r));
  } else if (cmd === "reset") {
    await reset();
    console.log("reset done (run deploy to re-apply migrations)");
  } else {
    console.error(
      "usage: prisma-wasm.mjs diff [--from migrations] | push [--force] | dev --name X [--force-reset] | deploy | status | reset",
    );
    process.exit(2);
  }
} catch (e) {
  console.error("ERROR", e?.code ?? "", e?.message ?? e);
  process.exitCode = 1;
}
for (const c of cleanups) await c();
process.exit(process.exitCode ?? 0); // pooled connections / wasm handles would otherwise keep Node alive
