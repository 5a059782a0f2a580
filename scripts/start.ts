// `npm start`: the console on the embedded default, or on whatever the environment configures.
//  1. fills the embedded defaults (PGlite under .data/, secrets generated once into .data/secrets.json)
//  2. validates the environment, with a clear message per bad variable
//  3. applies pending migrations (before the server opens the database: PGlite is single-process)
//  4. builds when there is no build or the sources changed since the last one
//  5. runs the server (scripts/serve.mjs: Next.js, production or --dev) on PORT / HOSTNAME
import { spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { parseEnv } from "../lib/config/env";
import { loadLocalSecrets } from "../lib/config/local-secrets";

const dev = process.argv.includes("--dev");
const buildOnly = process.argv.includes("--build-only");
const next = path.join("node_modules", "next", "dist", "bin", "next");
const vars: NodeJS.ProcessEnv = { NEXT_TELEMETRY_DISABLED: "1", ...process.env };
if (buildOnly) {
  buildIfStale();
  process.exit(0);
}
vars.DATABASE_URL ||= "pglite:./.data/pglite";

if (vars.DATABASE_URL.startsWith("pglite:") && (!vars.AUTH_SECRET || !vars.ENCRYPTION_KEY)) {
  const { secrets, created } = loadLocalSecrets(".data");
  vars.AUTH_SECRET ||= secrets.AUTH_SECRET;
  if (!vars.ENCRYPTION_KEY) {
    vars.ENCRYPTION_KEY = secrets.ENCRYPTION_KEY;
    // The previous keys (left by `npm run keys:rotate -- --new-key`) belong to the file's current key.
    if (!vars.ENCRYPTION_KEYS_PREVIOUS && secrets.ENCRYPTION_KEYS_PREVIOUS?.length)
      vars.ENCRYPTION_KEYS_PREVIOUS = secrets.ENCRYPTION_KEYS_PREVIOUS.join(",");
  }
  if (created) console.log("Generated local secrets in .data/secrets.json (mode 0600). Keep it: it decrypts your data.");
}

try {
  const env = parseEnv(vars);
  console.log(
    `Database: ${env.embedded ? `embedded PGlite (${env.DATABASE_URL.slice(7)})` : "PostgreSQL"}; Zoho sandbox: ${env.sandboxEnabled ? "on" : "off"}`,
  );
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}

function run(command: string, args: string[]) {
  const result = spawnSync(command, args, { stdio: "inherit", env: vars });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

run(process.execPath, ["scripts/prisma-wasm.mjs", "deploy"]);

if (!dev) buildIfStale();

vars.PORT ||= "3000";
const server = spawn(process.execPath, ["scripts/serve.mjs", ...(dev ? ["--dev"] : [])], { stdio: "inherit", env: vars });
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));

function buildIfStale() {
  const stampFile = path.join(".next", "console-build-stamp");
  const stamp = sourceStamp();
  const built = fs.existsSync(path.join(".next", "BUILD_ID")) && fs.existsSync(stampFile) && fs.readFileSync(stampFile, "utf8") === stamp;
  if (built) return;
  console.log("Building the console (first start, or the sources changed)…");
  run(process.execPath, [next, "build"]);
  fs.writeFileSync(stampFile, stamp);
}

// A fingerprint of everything the build depends on: paths, sizes and modification times.
function sourceStamp(): string {
  const hash = createHash("sha256");
  const visit = (entry: string) => {
    if (!fs.existsSync(entry)) return;
    const stat = fs.statSync(entry);
    if (stat.isDirectory()) for (const child of fs.readdirSync(entry).sort()) visit(path.join(entry, child));
    else hash.update(`${entry}:${stat.size}:${stat.mtimeMs}\n`);
  };
  for (const entry of [
    "app",
    "components",
    "lib",
    "proxy.ts",
    "instrumentation.ts",
    "prisma/schema.prisma",
    "public",
    "next.config.ts",
    "postcss.config.mjs",
    "tsconfig.json",
    "package-lock.json",
  ])
    visit(entry);
  return hash.digest("hex");
}
